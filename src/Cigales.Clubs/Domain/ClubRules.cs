using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// The rules a club's commands must pass: pure functions of the state, the command, the settings
/// and the day, each answering the events to append or the refusal. One file per concern.
/// </summary>
public static partial class ClubRules
{
    public static Decision<ClubEvent> Register(ClubState state, string clubId, RegisterClub command, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length == 0)
        {
            return Refusal.Invalid("name", "club.name_required", "name must not be blank");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var createdOn = command.CreatedOn ?? state.Registration?.CreationDay ?? today;
        if (createdOn > today)
        {
            return Refusal.Invalid("created_on", "date.not_future", $"created_on {Iso(createdOn)} is in the future");
        }

        var renews = command.RenewsClubId.Trim();
        if (renews == clubId)
        {
            return Refusal.Invalid("renews_club_id", "club.renews_other", "a club cannot renew itself");
        }

        var registration = new ClubRegistered(
            clubId, name, command.Commune.Trim(), command.Department.Trim(), command.Territory.Trim(), now, createdOn, renews);

        if (state.Registration is { } existing)
        {
            // The same registration again is a retry of the same request: answer it, change nothing.
            return existing with { RegisteredAt = now } == registration && state.RulesHistory.FirstOrDefault()?.Rules == command.Rules
                ? Decision<ClubEvent>.Accept()
                : Refusal.Conflict("request_id", "club.request_reused", $"request_id already registered the club '{existing.Name}' with other details");
        }

        if (command.Rules is not { } rules)
        {
            return Decision<ClubEvent>.Accept(registration);
        }

        return MustBeSound(rules) is { } unsound ? unsound : Decision<ClubEvent>.Accept(registration, new InternalRulesSet(rules, createdOn));
    }

    // Checks shared by the commands of every concern.

    private static Refusal? MustExist(ClubState state) =>
        state.Exists ? null : Unknown.Club();

    private static Refusal? MustNotBeDissolved(ClubState state) =>
        state.Status == ClubStatus.Dissolved
            ? Refusal.Precondition(string.Empty, "club.dissolved", $"the club was dissolved on {Iso(state.History[^1].On)}")
            : null;

    /// <summary>An effective date: not in the future, not before the club was created.</summary>
    private static Refusal? MustBeDated(ClubState state, string field, DateOnly date, DateOnly today) =>
        date > today
            ? Refusal.Invalid(field, "date.not_future", $"{field} {Iso(date)} is in the future")
            : date < state.CreatedOn
                ? Refusal.Invalid(field, "date.after_creation", $"{field} {Iso(date)} is before the club was created on {Iso(state.CreatedOn)}")
                : null;

    private static Refusal? MustBePositive(string field, Money amount) =>
        amount.IsPositive ? null : Refusal.Invalid(field, "money.positive", $"{field} must be more than zero cents, not {amount.Cents}");

    private static Refusal? MustBeNamed(string field, string value) =>
        value.Trim().Length > 0 ? null : Refusal.Invalid(field, $"{field}.required", $"{field} must not be blank");

    private static Refusal? First(params Func<Refusal?>[] checks)
    {
        foreach (var check in checks)
        {
            if (check() is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static string Iso(DateOnly date) => CalendarDate.ToIso(date);

    private static string Roles(IEnumerable<OfficerRole> roles) =>
        string.Join(", ", roles.Select(role => role.ToString().ToLowerInvariant()));
}
