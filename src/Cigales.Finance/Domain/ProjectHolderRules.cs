using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>The rules a project holder's commands must pass; pure functions of the state, the command, the facts and the day.</summary>
public static class ProjectHolderRules
{
    /// <param name="referringClubExists">Whether the Clubs service knows the referring club (true when none is named).</param>
    public static Decision<ProjectHolderEvent> Register(
        ProjectHolderState state,
        string projectHolderId,
        RegisterProjectHolder command,
        bool referringClubExists,
        DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var registration = new ProjectHolderRegistered(
            projectHolderId,
            command.ProjectName.Trim(),
            command.Activity.Trim(),
            command.Town.Trim(),
            command.ReferringClubId.Trim(),
            now,
            command.WelcomedOn ?? state.Registration?.WelcomeDay ?? today,
            command.Origin ?? Origin.Unknown,
            command.Department.Trim(),
            command.Territory.Trim(),
            command.PartnerName.Trim());

        var refusal = Blank("project_name", registration.ProjectName)
            ?? Blank("activity", registration.Activity)
            ?? Blank("town", registration.Town)
            ?? (registration.WelcomeDay > today
                ? Refusal.Invalid("welcomed_on", "date.not_future", $"welcomed_on {CalendarDate.ToIso(registration.WelcomeDay)} is in the future")
                : null)
            ?? (referringClubExists
                ? null
                : Unknown.Club(registration.ReferringClubId, "referring_club_id"));
        if (refusal is not null)
        {
            return refusal;
        }

        if (state.Registration is { } existing)
        {
            // The same registration again is a retry of the same request: answer it, change nothing.
            return existing with { RegisteredAt = now } == registration
                ? Decision<ProjectHolderEvent>.Accept()
                : Refusal.Conflict("request_id", "project_holder.request_reused", $"request_id already registered the project '{existing.ProjectName}' with other details");
        }

        return Decision<ProjectHolderEvent>.Accept(registration);
    }

    /// <param name="unknownClubs">The clubs named that the Clubs service does not know.</param>
    public static Decision<ProjectHolderEvent> Advance(
        ProjectHolderState state, AdvanceProjectHolder command, IReadOnlyCollection<string> unknownClubs, DateOnly today)
    {
        var last = state.Steps.LastOrDefault();
        var refusal = Exists(state)
            ?? Open(state)
            ?? (command.To is PipelineStage.Welcomed or PipelineStage.Dropped
                ? Refusal.Invalid("stage", "pipeline.step", $"{Name(command.To)} is not a step forward: a holder is welcomed when registered, and dropped with a reason")
                : null)
            ?? (command.To <= state.Stage
                ? Refusal.Precondition("stage", "pipeline.forward", $"the holder is already {Name(state.Stage)}: the pipeline goes forward, welcomed → oriented → pitched → studied → financed → followed → exited")
                : null)
            ?? Dated(command.On, last!, today)
            ?? (command.To == PipelineStage.Studied && command.ClubIds.Count == 0
                ? Refusal.Invalid("club_ids", "pipeline.studied_by", "a studied project names the club(s) that studied it")
                : null)
            ?? (unknownClubs.FirstOrDefault() is { } unknown
                ? Unknown.Club(unknown, "club_ids")
                : null);
        return refusal is not null
            ? refusal
            : Decision<ProjectHolderEvent>.Accept(new StageReached(command.To, command.On, command.Origin, command.ClubIds.Distinct().ToList()));
    }

    public static Decision<ProjectHolderEvent> Drop(ProjectHolderState state, DropProjectHolder command, DateOnly today)
    {
        var refusal = Exists(state)
            ?? Open(state)
            ?? (command.Reason.Trim().Length == 0 ? Refusal.Invalid("reason", "pipeline.drop_reason", "a dropped holder is dropped for a reason") : null)
            ?? Dated(command.On, state.Steps[^1], today);
        return refusal is not null
            ? refusal
            : Decision<ProjectHolderEvent>.Accept(new ProjectHolderDropped(command.On, command.Reason.Trim()));
    }

    private static Refusal? Exists(ProjectHolderState state) =>
        state.Exists ? null : Unknown.ProjectHolder();

    private static Refusal? Open(ProjectHolderState state) =>
        state.Stage is PipelineStage.Dropped or PipelineStage.Exited
            ? Refusal.Precondition(string.Empty, "pipeline.open", $"the holder was {Name(state.Stage)} on {CalendarDate.ToIso(state.Steps[^1].On)}")
            : null;

    private static Refusal? Dated(DateOnly on, PipelineStep last, DateOnly today) =>
        on > today
            ? Refusal.Invalid("on", "date.not_future", $"on {CalendarDate.ToIso(on)} is in the future")
            : on < last.On
                ? Refusal.Invalid("on", "pipeline.in_order", $"on {CalendarDate.ToIso(on)} is before the last step, {Name(last.Stage)} on {CalendarDate.ToIso(last.On)}")
                : null;

    private static Refusal? Blank(string field, string value) =>
        value.Length == 0 ? Refusal.Invalid(field, $"project_holder.{field}_required", $"{field} must not be blank") : null;

    private static string Name(PipelineStage stage) => stage.ToString().ToLowerInvariant();
}
