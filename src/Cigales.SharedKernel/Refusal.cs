namespace Cigales.SharedKernel;

/// <summary>Why a domain refused a command, naming the field and the rule that refused it.</summary>
/// <param name="Kind">What sort of refusal: it decides the status code the caller sees.</param>
/// <param name="Field">The request field at fault (snake_case path, e.g. <c>period.end</c>); empty when the refusal is about the whole request.</param>
/// <param name="Rule">A stable identifier of the rule, e.g. <c>club.full</c>, for programs to act on.</param>
/// <param name="Message">The rule in plain words, e.g. <c>club is full (20 members)</c>.</param>
public sealed record Refusal(RefusalKind Kind, string Field, string Rule, string Message)
{
    public static Refusal Invalid(string field, string rule, string message) =>
        new(RefusalKind.InvalidArgument, field, rule, message);

    public static Refusal NotFound(string field, string rule, string message) =>
        new(RefusalKind.NotFound, field, rule, message);

    public static Refusal Precondition(string field, string rule, string message) =>
        new(RefusalKind.FailedPrecondition, field, rule, message);

    public static Refusal Conflict(string field, string rule, string message) =>
        new(RefusalKind.AlreadyExists, field, rule, message);
}

public enum RefusalKind
{
    /// <summary>The request itself is malformed, whatever the state.</summary>
    InvalidArgument,

    /// <summary>Something the request refers to does not exist.</summary>
    NotFound,

    /// <summary>The request is well formed but the current state does not allow it.</summary>
    FailedPrecondition,

    /// <summary>The request would create what already exists differently.</summary>
    AlreadyExists,

    /// <summary>Another writer changed the state first; retrying may succeed.</summary>
    Aborted,

    /// <summary>The caller is known but may not do this.</summary>
    PermissionDenied,
}
