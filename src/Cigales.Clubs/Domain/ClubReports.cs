using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>What a club's state shows, as of a date: its page, and its ledger.</summary>
public static class ClubReports
{
    public static ClubSnapshot? Snapshot(ClubState state) => state.Registration is { } r
        ? new ClubSnapshot(r.ClubId, r.Name, r.Commune, r.Department, r.Territory, state.Status, r.RegisteredAt, r.CreationDay, r.RenewsClubId)
        : null;

    /// <param name="settings">The numbers the club's rules depend on (the defaults when null).</param>
    public static ClubPage? Page(ClubState state, DateOnly asOf, ClubSettings? settings = null)
    {
        if (Snapshot(state) is not { } club)
        {
            return null;
        }

        var shares = SavingsShares.Compute(state, asOf);
        var contributed = SavingsShares.Contributed(state, asOf);
        var members = state.Memberships
            .Where(member => member.Value[0].Joined <= asOf)
            .OrderBy(member => member.Value[0].Joined)
            .ThenBy(member => member.Key, StringComparer.Ordinal)
            .Select(member =>
            {
                var last = member.Value.Last(period => period.Joined <= asOf);
                return new MemberLine(
                    member.Key,
                    last.Joined,
                    last.Left is { } left && left <= asOf ? left : null,
                    last.Covers(asOf),
                    state.PledgeFor(member.Key, YearMonth.Of(asOf)),
                    contributed.GetValueOrDefault(member.Key),
                    Arrears.LineFor(state, member.Key, asOf).Arrears,
                    shares.GetValueOrDefault(member.Key),
                    state.Settlements.LastOrDefault(settled => settled.MemberId == member.Key && settled.On <= asOf) is { } settled
                        ? new SettlementView(settled.Settlement, settled.Value, settled.Owed, settled.BuyerId, settled.On)
                        : null);
            })
            .ToList();

        var officers = state.Officers.Values
            .Where(office => office.Since <= asOf)
            .OrderBy(office => office.Role)
            .Select(office => new OfficerLine(office.Role, office.MemberId, office.Since, office.MandateEndsOn, !office.MandateValidOn(asOf)))
            .ToList();

        var sponsorships = state.Sponsorships.Values
            .Where(sponsorship => sponsorship.Since <= asOf)
            .OrderBy(sponsorship => sponsorship.EnterpriseId, StringComparer.Ordinal)
            .Select(sponsorship => new SponsorshipView(
                sponsorship.EnterpriseId,
                sponsorship.SponsorIds,
                sponsorship.Since,
                sponsorship.FollowUps.Where(note => note.On <= asOf).Select(note => new FollowUpView(note.On, note.AuthorId, note.Note)).ToList()))
            .ToList();

        var history = state.History.Where(change => change.On <= asOf).Select(change => new StatusChange(change.From, change.To, change.On, change.Reason)).ToList();
        var term = state.Term is { } t && t.Start <= asOf ? new TermView(t.Start, t.End, t.Renewals, t.ExpiredOn(asOf)) : null;
        return new ClubPage(
            club, asOf, state.StatusOn(asOf), history, term, members, officers, Savings(state, asOf), sponsorships,
            state.RulesOn(asOf), RecruitBy(state, asOf, settings ?? new ClubSettings()));
    }

    /// <summary>The deadline to recruit, while a departure the rules accepted leaves the investing club below the minimum; cleared once it is back to it.</summary>
    public static DateOnly? RecruitBy(ClubState state, DateOnly asOf, ClubSettings settings) =>
        state.StatusOn(asOf) == ClubStatus.Investing && state.MembersOn(asOf).Count < settings.MinMembers
            ? state.Departures.LastOrDefault(departure => departure.On <= asOf && departure.RecruitBy is not null)?.RecruitBy
            : null;

    public static LedgerReport? Ledger(ClubState state, DateOnly asOf)
    {
        if (!state.Exists)
        {
            return null;
        }

        var movements = state.Movements.Where(movement => movement.On <= asOf).ToList();
        var balances = movements
            .SelectMany(movement => movement.Postings)
            .GroupBy(posting => posting.Account)
            .Select(account => LedgerLine.Of(account.Key, account.Sum(posting => posting.Amount)))
            .OrderBy(balance => balance.Account, StringComparer.Ordinal)
            .ToList();
        return new LedgerReport(asOf, balances, movements.Select(movement => new LedgerMovement(movement.Kind, movement.Key, movement.On, movement.Postings)).ToList());
    }

    private static SavingsView Savings(ClubState state, DateOnly asOf)
    {
        var balances = state.Movements
            .Where(movement => movement.On <= asOf)
            .SelectMany(movement => movement.Postings)
            .GroupBy(posting => posting.Account)
            .ToDictionary(account => account.Key, account => account.Sum(posting => posting.Amount));
        var cash = balances.GetValueOrDefault(Domain.Ledger.Cash);
        var committed = balances.GetValueOrDefault(Domain.Ledger.Committed);
        var stakes = balances.GetValueOrDefault(Domain.Ledger.Stakes);
        var contributions = SavingsShares.Contributed(state, asOf).Values.Sum();
        return new SavingsView(contributions, cash, committed, stakes, -balances.GetValueOrDefault(Domain.Ledger.Gains), cash + committed + stakes);
    }
}
