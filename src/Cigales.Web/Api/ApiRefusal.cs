using Google.Rpc;
using Grpc.Core;

namespace Cigales.Web.Api;

/// <summary>One thing the API refused: the field it names (empty for the request as a whole), the rule, and the French sentence to show.</summary>
public sealed record Problem(string Field, string Rule, string Text);

/// <summary>
/// What the API said when it refused a call, read from the status's details (the fields at fault
/// and their rules, or the rule of the state that does not allow it), each rule in French beside
/// the field it names.
/// </summary>
public sealed class ApiRefusal
{
    private ApiRefusal(StatusCode code, IReadOnlyList<Problem> problems)
    {
        Code = code;
        Problems = problems;
    }

    public StatusCode Code { get; }

    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The sentence for a field, or null when the API named no problem with it.</summary>
    public string? For(string field) => Problems.FirstOrDefault(problem => Names(problem, field))?.Text;

    /// <summary>The problems not tied to one of these fields: shown above the form.</summary>
    public IEnumerable<Problem> Besides(params string[] fields) =>
        Problems.Where(problem => !fields.Any(field => Names(problem, field)));

    /// <summary>The field itself, a field within it (<c>amount.cents</c>) or an item of it (<c>acknowledgements[0].reason</c>).</summary>
    private static bool Names(Problem problem, string field) =>
        problem.Field == field
        || problem.Field.StartsWith(field + ".", StringComparison.Ordinal)
        || problem.Field.StartsWith(field + "[", StringComparison.Ordinal);

    public static ApiRefusal From(RpcException exception)
    {
        var status = exception.GetRpcStatus();
        var problems = new List<Problem>();
        if (status is not null)
        {
            foreach (var violation in status.GetDetail<BadRequest>()?.FieldViolations ?? [])
            {
                problems.Add(new Problem(violation.Field, violation.Reason, RefusalTexts.For(violation.Reason, exception.StatusCode)));
            }

            foreach (var violation in status.GetDetail<PreconditionFailure>()?.Violations ?? [])
            {
                if (!problems.Any(problem => problem.Rule == violation.Type && problem.Field == violation.Subject))
                {
                    problems.Add(new Problem(violation.Subject, violation.Type, RefusalTexts.For(violation.Type, exception.StatusCode)));
                }
            }

            if (problems.Count == 0 && status.GetDetail<ErrorInfo>() is { } info)
            {
                problems.Add(new Problem(info.Metadata.GetValueOrDefault("field") ?? string.Empty, info.Reason, RefusalTexts.For(info.Reason, exception.StatusCode)));
            }
        }

        if (problems.Count == 0)
        {
            problems.Add(new Problem(string.Empty, string.Empty, RefusalTexts.ForStatus(exception.StatusCode)));
        }

        return new ApiRefusal(exception.StatusCode, problems);
    }
}
