namespace Cigales.Grants.Domain;

public sealed record DeadlineNotice(
    string ConventionId,
    string FileNumber,
    string Kind,
    DateOnly Date,
    string State,
    string What,
    DateOnly RaisedAsOf);
