using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

public static partial class ClubRules
{
    /// <summary>One or two sponsors, current members, for each enterprise the club finances.</summary>
    public static Decision<ClubEvent> NameSponsors(ClubState state, NameSponsors command, DateOnly today)
    {
        var sponsors = command.SponsorIds.Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => sponsors.Count is 1 or 2
                ? null
                : Refusal.Invalid("sponsor_ids", "sponsorship.one_or_two", $"an enterprise has one or two sponsors, not {sponsors.Count}"),
            () => sponsors.FirstOrDefault(sponsor => !state.IsMemberOn(sponsor, command.On)) is { } stranger
                ? Refusal.Precondition("sponsor_ids", "sponsorship.member", $"{stranger} is not a member of the club on {Iso(command.On)}")
                : null,
            () => state.Finances(command.EnterpriseId)
                ? null
                : Refusal.Precondition("enterprise_id", "sponsorship.financed", $"the club does not finance the enterprise '{command.EnterpriseId}'"));
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new SponsorsNamed(command.EnterpriseId, sponsors, command.On));
    }

    public static Decision<ClubEvent> NoteFollowUp(ClubState state, NoteFollowUp command, DateOnly today)
    {
        var sponsorship = state.Sponsorships.GetValueOrDefault(command.EnterpriseId);
        var refusal = First(
            () => MustExist(state),
            () => MustBeDated(state, "on", command.On, today),
            () => MustBeNamed("note", command.Note),
            () => sponsorship is null
                ? Refusal.NotFound("enterprise_id", "sponsorship.exists", $"the club sponsors no enterprise '{command.EnterpriseId}'")
                : null,
            () => command.On < sponsorship!.Since
                ? Refusal.Invalid("on", "sponsorship.in_order", $"on {Iso(command.On)} is before the sponsors were named, on {Iso(sponsorship.Since)}")
                : null);
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new FollowUpNoted(command.EnterpriseId, command.On, command.AuthorId.Trim(), command.Note.Trim()));
    }
}
