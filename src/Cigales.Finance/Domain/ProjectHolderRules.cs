using Cigales.GrainInterfaces.Finance;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>The rules a project holder's commands must pass; pure functions of the state, the command, the facts and the date.</summary>
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
        var registration = new ProjectHolderRegistered(
            projectHolderId,
            command.ProjectName.Trim(),
            command.Activity.Trim(),
            command.Town.Trim(),
            command.ReferringClubId.Trim(),
            now);

        var refusal = Blank("project_name", registration.ProjectName)
            ?? Blank("activity", registration.Activity)
            ?? Blank("town", registration.Town)
            ?? (referringClubExists
                ? null
                : Refusal.NotFound("referring_club_id", "club.exists", $"no club has the id '{registration.ReferringClubId}'"));
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

    private static Refusal? Blank(string field, string value) =>
        value.Length == 0 ? Refusal.Invalid(field, $"project_holder.{field}_required", $"{field} must not be blank") : null;
}
