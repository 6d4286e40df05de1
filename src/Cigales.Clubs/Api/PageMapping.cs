using Cigales.Clubs.Domain;
using Cigales.Clubs.People;
using Cigales.Contracts.Clubs.V1;
using Cigales.SharedKernel;
using Cigales.ServiceKit.Grpc;
using ClubPage = Cigales.Clubs.Domain.ClubPage;
using ContractPage = Cigales.Contracts.Clubs.V1.ClubPage;
using ContractStatusChange = Cigales.Contracts.Clubs.V1.StatusChange;
using Sponsorship = Cigales.Contracts.Clubs.V1.Sponsorship;

namespace Cigales.Clubs.Api;

internal static class PageMapping
{
    public static ContractPage ToContract(this ClubPage page, IReadOnlyDictionary<string, PersonRecord> people, IEnumerable<string> renewedBy) => new()
    {
        Club = page.Club.ToContract(),
        AsOf = CalendarDate.ToIso(page.AsOf),
        StatusAsOf = page.StatusAsOf.ToContract(),
        History =
        {
            page.History.Select(change => new ContractStatusChange
            {
                From = change.From.ToContract(),
                To = change.To.ToContract(),
                On = CalendarDate.ToIso(change.On),
                Reason = change.Reason,
            }),
        },
        Term = page.Term is { } term
            ? new JointOwnershipTerm { Start = CalendarDate.ToIso(term.Start), End = CalendarDate.ToIso(term.End), Renewals = term.Renewals, Expired = term.Expired }
            : null,
        Members = { page.Members.Select(member => member.ToContract(people.GetValueOrDefault(member.MemberId))) },
        Officers =
        {
            page.Officers.Select(officer => new Officer
            {
                Role = officer.Role.ToContract(),
                PersonId = officer.MemberId,
                FullName = people.GetValueOrDefault(officer.MemberId)?.FullName ?? string.Empty,
                Since = CalendarDate.ToIso(officer.Since),
                MandateEndsOn = officer.MandateEndsOn is { } end ? CalendarDate.ToIso(end) : string.Empty,
                MandateExpired = officer.MandateExpired,
            }),
        },
        Savings = new Savings
        {
            Contributions = page.Savings.Contributions.ToContract(),
            AvailableFunds = page.Savings.AvailableFunds.ToContract(),
            Committed = page.Savings.Committed.ToContract(),
            StakesHeld = page.Savings.StakesHeld.ToContract(),
            Gains = page.Savings.Gains.ToContract(),
            ClubSavings = page.Savings.ClubSavings.ToContract(),
        },
        Sponsorships =
        {
            page.Sponsorships.Select(sponsorship => new Sponsorship
            {
                EnterpriseId = sponsorship.EnterpriseId,
                SponsorIds = { sponsorship.SponsorIds },
                Since = CalendarDate.ToIso(sponsorship.Since),
                FollowUps = { sponsorship.FollowUps.Select(note => new FollowUp { On = CalendarDate.ToIso(note.On), AuthorId = note.AuthorId, Note = note.Note }) },
            }),
        },
        RenewedByClubIds = { renewedBy },
        Rules = page.Rules.ToContract(),
        RecruitBy = page.RecruitBy is { } recruitBy ? CalendarDate.ToIso(recruitBy) : string.Empty,
    };

    private static Member ToContract(this MemberLine member, PersonRecord? person) => new()
    {
        PersonId = member.MemberId,
        FullName = person?.FullName ?? string.Empty,
        Erased = person?.Erased ?? false,
        JoinedOn = CalendarDate.ToIso(member.JoinedOn),
        LeftOn = member.LeftOn is { } left ? CalendarDate.ToIso(left) : string.Empty,
        Current = member.Current,
        MonthlyPledge = member.MonthlyPledge.ToContract(),
        Contributed = member.Contributed.ToContract(),
        Arrears = member.Arrears.ToContract(),
        Share = member.Share.ToContract(),
        Settlement = member.Settlement?.ToContract(),
    };
}
