using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class ClubGrainBehaviour(ClubsCluster cluster)
{
    private static readonly DateOnly Created = new(2024, 1, 10);
    private static readonly RegisterClub Canche = new("Cigales de la Canche", "", "62", "Montreuillois", Created);

    [Fact]
    public async Task ARegisteredClubOutlivesItsActivation()
    {
        var id = Guid.NewGuid().ToString("N");
        var registered = await cluster.Grains.GetGrain<IClubGrain>(id).RegisterAsync(Canche);

        await cluster.DeactivateAllAsync();
        var reloaded = await cluster.Grains.GetGrain<IClubGrain>(id).GetAsync();

        Assert.Equal(registered, reloaded);
        Assert.Equal(("Cigales de la Canche", ClubStatus.Forming), (reloaded!.Name, reloaded.Status));
    }

    [Fact]
    public async Task AnIdThatNamesNoClubAnswersNothing()
    {
        Assert.Null(await cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N")).GetAsync());
        Assert.Null(await cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N")).GetPageAsync(Created));
    }

    [Fact]
    public async Task ARetriedRegistrationStoresOneEventAndAnswersTheFirstOutcome()
    {
        var club = cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N"));
        var first = await club.RegisterAsync(Canche);
        var eventsAfterFirst = await cluster.CountEventsAsync();

        var retry = await club.RegisterAsync(Canche);

        Assert.Equal(first, retry);
        Assert.Equal(eventsAfterFirst, await cluster.CountEventsAsync());
    }

    [Fact]
    public async Task ARefusalCrossesTheSiloBoundaryWithItsFieldAndRule()
    {
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(
            () => cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N")).RegisterAsync(Canche with { Name = " " }));

        Assert.Equal(new Refusal(RefusalKind.InvalidArgument, "name", "club.name_required", "name must not be blank"), refused.Refusal);
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
    }

    [Fact]
    public async Task AClubRenewingAnotherMustNameOneThatExists()
    {
        var older = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IClubGrain>(older).RegisterAsync(Canche with { Name = "Cigales Solartois 2" });

        var renewing = await cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N")).RegisterAsync(Canche with { RenewsClubId = older });
        var refused = await Assert.ThrowsAsync<RefusedException>(() =>
            cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N")).RegisterAsync(Canche with { RenewsClubId = "no-such-club" }));

        Assert.Equal(older, renewing.RenewsClubId);
        Assert.Equal((RefusalKind.NotFound, "renews_club_id"), (refused.Kind, refused.Field));
    }

    [Fact]
    public async Task OfAHundredConcurrentJoinsToAClubWithNineteenMembersExactlyOneSucceeds()
    {
        var club = cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N"));
        await club.RegisterAsync(Canche);
        foreach (var member in await cluster.RegisterPeopleAsync(19))
        {
            await club.JoinAsync(new JoinClub(member, Created));
        }

        var candidates = await cluster.RegisterPeopleAsync(100);
        var outcomes = await Task.WhenAll(candidates.Select(async person =>
        {
            try
            {
                await club.JoinAsync(new JoinClub(person, Created.AddDays(1)));
                return "joined";
            }
            catch (RefusedException refused)
            {
                return refused.Rule;
            }
        }));

        Assert.Equal(1, outcomes.Count(outcome => outcome == "joined"));
        Assert.Equal(99, outcomes.Count(outcome => outcome == "club.full"));
        Assert.Equal(20, (await club.GetPageAsync(Created.AddDays(1)))!.Members.Count(member => member.Current));
    }

    [Fact]
    public async Task TheSameContributionSentFiveTimesInParallelIsRecordedOnce()
    {
        var (club, member) = await ClubWithAMemberAsync();
        var contribution = new RecordContribution(Guid.NewGuid().ToString(), member, new YearMonth(2024, 2), Money.FromCents(3_000), new DateOnly(2024, 2, 5));
        var eventsBefore = await cluster.CountEventsAsync();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => club.RecordContributionAsync(contribution)));
        var otherAmount = await Assert.ThrowsAsync<RefusedException>(() => club.RecordContributionAsync(contribution with { Amount = Money.FromCents(3_500) }));

        Assert.Single(receipts.Distinct());
        Assert.Equal(eventsBefore + 1, await cluster.CountEventsAsync());
        Assert.Equal(Money.FromCents(3_000), (await club.GetPageAsync(new DateOnly(2024, 3, 1)))!.Savings.Contributions);
        Assert.Equal((RefusalKind.AlreadyExists, "contribution.key_reused"), (otherAmount.Kind, otherAmount.Rule));
    }

    [Fact]
    public async Task AChangeThatWouldOverflowTheBooksIsRefusedAndNotStored()
    {
        // The contract caps each amount far below; a grain called straight is the only way here.
        var (club, member) = await ClubWithAMemberAsync();
        await club.RecordContributionAsync(new RecordContribution(Guid.NewGuid().ToString(), member, new YearMonth(2024, 2), Money.FromCents(long.MaxValue), new DateOnly(2024, 2, 5)));
        var eventsBefore = await cluster.CountEventsAsync();

        var oneCentMore = await Assert.ThrowsAsync<RefusedException>(() =>
            club.RecordContributionAsync(new RecordContribution(Guid.NewGuid().ToString(), member, new YearMonth(2024, 2), Money.FromCents(1), new DateOnly(2024, 2, 6))));

        Assert.Equal((RefusalKind.InvalidArgument, "money.range"), (oneCentMore.Kind, oneCentMore.Rule));
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
        Assert.Equal(Money.FromCents(long.MaxValue), (await club.GetPageAsync(new DateOnly(2024, 3, 1)))!.Savings.Contributions);
    }

    [Fact]
    public async Task ARestartedSiloServesTheSameClub()
    {
        var (club, member) = await ClubWithAMemberAsync();
        await club.RecordContributionAsync(new RecordContribution(Guid.NewGuid().ToString(), member, new YearMonth(2024, 2), Money.FromCents(2_500), new DateOnly(2024, 2, 5)));
        var before = await club.GetPageAsync(new DateOnly(2024, 3, 1));

        await cluster.Cluster.RestartSiloAsync(cluster.Cluster.Primary!);
        await cluster.Cluster.WaitForLivenessToStabilizeAsync();

        var after = await cluster.Grains.GetGrain<IClubGrain>(before!.Club.ClubId).GetPageAsync(new DateOnly(2024, 3, 1));
        Assert.Equal(Describe(before), Describe(after!));
    }

    [Fact]
    public async Task FinanceMovesTheClubsFundsThroughItsOwnInterfaceOnceByKey()
    {
        var (club, member) = await ClubWithAMemberAsync();
        var id = club.GetPrimaryKeyString();
        foreach (var officer in await cluster.RegisterPeopleAsync(4))
        {
            await club.JoinAsync(new JoinClub(officer, Created));
        }

        var page = (await club.GetPageAsync(Created))!;
        var members = page.Members.Select(line => line.MemberId).ToList();
        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Manager, members[0], Created));
        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Treasurer, members[1], Created));
        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Secretary, members[2], Created));
        await club.ChangeStatusAsync(new ChangeClubStatus(ClubStatus.Investing, new DateOnly(2024, 2, 1), "constituted"));
        await club.RecordContributionAsync(new RecordContribution(Guid.NewGuid().ToString(), member, new YearMonth(2024, 2), Money.FromCents(50_000), new DateOnly(2024, 2, 5)));
        var funds = cluster.Grains.GetGrain<IClubFundsGrain>(id);
        var reserve = new ReserveFunds("inv-42", "investment-42", "archiverre", Money.FromCents(30_000), new DateOnly(2024, 3, 1), new ClubVote(3, 0, 0));

        var reserved = await funds.ReserveAsync(reserve);
        var retried = await funds.ReserveAsync(reserve);
        var disbursed = await funds.ConfirmDisbursementAsync(new ConfirmDisbursement("inv-42", new DateOnly(2024, 3, 2)));
        var tooMuch = await Assert.ThrowsAsync<RefusedException>(() => funds.ReserveAsync(reserve with { Key = "inv-43", Amount = Money.FromCents(20_001) }));
        var returned = await funds.RecordReturnAsync(new RecordReturn("ret-1", "investment-42", Money.FromCents(10_000), new DateOnly(2024, 9, 1)));

        Assert.Equal(reserved, retried);
        Assert.Equal((FundsMovementKind.Reserved, Money.FromCents(20_000)), (reserved.Kind, reserved.AvailableFundsAfter));
        Assert.Equal((FundsMovementKind.Disbursed, Money.FromCents(30_000), Money.FromCents(20_000)), (disbursed.Kind, disbursed.Amount, disbursed.AvailableFundsAfter));
        Assert.Equal("funds.available", tooMuch.Rule);
        Assert.Equal(Money.FromCents(30_000), returned.AvailableFundsAfter);
        Assert.Equal(Money.FromCents(30_000), await funds.GetAvailableFundsAsync());
        Assert.Equal(Money.FromCents(20_000), (await club.GetPageAsync(new DateOnly(2024, 9, 1)))!.Savings.StakesHeld);
    }

    private async Task<(IClubGrain Club, string Member)> ClubWithAMemberAsync()
    {
        var club = cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N"));
        await club.RegisterAsync(Canche);
        var member = (await cluster.RegisterPeopleAsync(1))[0];
        await club.JoinAsync(new JoinClub(member, Created));
        return (club, member);
    }

    // Pages hold lists, which records compare by reference: compare what they say.
    private static string Describe(ClubPage page) =>
        $"{page.Club} {page.StatusAsOf} {string.Join(";", page.Members)} {page.Savings}";
}
