namespace Cigales.Finance.Domain;

/// <summary>welcomed → oriented → pitched → studied → financed → followed → exited, or dropped.</summary>
public enum PipelineStage
{
    Welcomed,
    Oriented,
    Pitched,
    Studied,
    Financed,
    Followed,
    Exited,
    Dropped,
}

/// <summary>How a step came about.</summary>
public enum OriginKind
{
    Unknown,
    /// <summary>A partner (prescripteur) sent them: Pas-de-Calais Actif, BGE...</summary>
    Partner,
    /// <summary>At an event: a pitch night, a workshop...</summary>
    Event,
    Phone,
    Mail,
    Club,
    Other,
}

/// <param name="Reference">Who or what: the partner's id, the event's id, a caller's note; may be empty.</param>
public sealed record Origin(OriginKind Kind, string Reference)
{
    public static Origin Unknown { get; } = new(OriginKind.Unknown, string.Empty);
}

/// <summary>A project holder to register; <see cref="ReferringClubId"/> is empty when no club sent them.</summary>
/// <param name="WelcomedOn">The day of the first contact; null for the day of registration.</param>
public sealed record RegisterProjectHolder(
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    DateOnly? WelcomedOn = null,
    Origin? Origin = null,
    string Department = "",
    string Territory = "",
    string PartnerName = "");

/// <summary>A partner sends a project holder in: registered as welcomed, referred by the partner.</summary>
public sealed record ReferProjectHolder(
    string PartnerId,
    string PartnerName,
    string ProjectName,
    string Activity,
    string Town,
    string Department,
    string Territory)
{
    public RegisterProjectHolder ToRegistration() =>
        new(ProjectName, Activity, Town, string.Empty, null, new Origin(OriginKind.Partner, PartnerId), Department, Territory, PartnerName);
}

/// <param name="ClubIds">The clubs that studied the project: required to reach "studied".</param>
public sealed record AdvanceProjectHolder(
    PipelineStage To,
    DateOnly On,
    Origin Origin,
    IReadOnlyList<string> ClubIds);

public sealed record DropProjectHolder(DateOnly On, string Reason);

public sealed record PipelineStep(
    PipelineStage Stage,
    DateOnly On,
    Origin Origin,
    IReadOnlyList<string> ClubIds,
    string Reason);

public sealed record ProjectHolderSnapshot(
    string ProjectHolderId,
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    PipelineStage Stage,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<PipelineStep> Steps,
    string Department = "",
    string Territory = "",
    string ReferredByPartnerId = "",
    string ReferredByPartnerName = "")
{
    /// <summary>The day the holder reached the stage it is at.</summary>
    public DateOnly StageReachedOn => Steps[^1].On;

    /// <summary>The day the holder pitched; null when it did not.</summary>
    public DateOnly? PitchedOn => Steps.FirstOrDefault(step => step.Stage == PipelineStage.Pitched)?.On;
}
