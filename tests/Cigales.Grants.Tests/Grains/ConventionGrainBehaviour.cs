using Cigales.GrainInterfaces;
using Cigales.Grants.Domain;
using Cigales.Grants.Grains;
using Cigales.SharedKernel;
using Cigales.Testing;
using Marten;
using Marten.Services;
using Npgsql;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class ConventionGrainBehaviour(GrantsCluster cluster)
{
    private static string NewId() => Guid.NewGuid().ToString("N");

    private IConventionGrain Convention(string id) => cluster.Grains.GetGrain<IConventionGrain>(id);

    /// <summary>The Département, the association, and a budget line of the given credits (the Mission ESS line's when none are given).</summary>
    private async Task<ConventionTerms> PartiesAndLineAsync(Money? credits = null)
    {
        var (funder, beneficiary, line) = (NewId(), NewId(), NewId());
        await cluster.Grains.GetGrain<IOrganisationGrain>(funder).RegisterAsync(Funder);
        await cluster.Grains.GetGrain<IOrganisationGrain>(beneficiary).RegisterAsync(Beneficiary);
        await cluster.Grains.GetGrain<IBudgetLineGrain>(line).OpenAsync(BudgetLine(funder) with { Credits = credits ?? Credits });
        return Terms(funder, beneficiary, line);
    }

    private async Task<string> SignedAsync(ConventionTerms terms)
    {
        var id = NewId();
        await Convention(id).DraftAsync(terms);
        await Convention(id).RecordReportAsync(Report);
        await Convention(id).RecordDeliberationAsync(AdoptedDeliberation);
        await Convention(id).SignAsync(new DateOnly(2025, 6, 2));
        return id;
    }

    [Fact]
    public async Task The2025ConventionLivesItsWholeLifeAndLeaves90100EurosOnItsLine()
    {
        var terms = await PartiesAndLineAsync();
        var id = await SignedAsync(terms);
        var line = cluster.Grains.GetGrain<IBudgetLineGrain>(terms.BudgetLineId);
        var payment = new RecordGrantPayment(Guid.NewGuid().ToString(), Grant, new DateOnly(2025, 6, 20));

        var paid = await Convention(id).RecordPaymentAsync(payment);
        var eventsAfterPayment = await cluster.CountEventsAsync();
        var retried = await Convention(id).RecordPaymentAsync(payment);
        var eventsAfterRetry = await cluster.CountEventsAsync();
        await Convention(id).SubmitFinalReportAsync(FinalReport(new DateOnly(2026, 5, 29)));
        await Convention(id).ControlAsync(new ControlConvention(new DateOnly(2026, 9, 15), Grant));
        var closed = await Convention(id).CloseAsync(new DateOnly(2026, 10, 1));

        Assert.Equal((ConventionStatus.Paid, Grant), (paid.Status, paid.Paid));
        Assert.Equivalent(paid, retried, strict: true);
        Assert.Equal(eventsAfterPayment, eventsAfterRetry);
        Assert.Equal(ConventionStatus.Closed, closed.Status);
        Assert.Empty(closed.Recoveries);
        Assert.Equal(Money.FromEuros(90_100), (await line.GetAsync())!.Available);

        await cluster.DeactivateAllAsync();
        Assert.Equivalent(closed, await Convention(id).GetAsync(), strict: true);
        Assert.Equal(Money.FromEuros(90_100), (await line.GetAsync())!.Available);
    }

    /// <summary>
    /// A failure between the two writes — the line charged or given back, the convention not yet
    /// told — is mended by the convention's reminder alone: both sides end equal, once.
    /// </summary>
    [Theory]
    [InlineData("grant")]
    [InlineData("control")]
    [InlineData("amendment-1")]
    public async Task ACrashBetweenTheLineAndTheConventionIsMendedByTheReminderOnce(string move)
    {
        var terms = await PartiesAndLineAsync();
        var id = NewId();
        await Convention(id).DraftAsync(terms);
        await Convention(id).RecordReportAsync(Report);
        var line = cluster.Grains.GetGrain<IBudgetLineGrain>(terms.BudgetLineId);
        PlantedFaults.Plant(id, $"{move}:{id}", PlantedFaults.Crash());

        Func<Task> crashing = move switch
        {
            "grant" => () => Convention(id).RecordDeliberationAsync(AdoptedDeliberation),
            _ => async () =>
            {
                await Convention(id).RecordDeliberationAsync(AdoptedDeliberation);
                await Convention(id).SignAsync(new DateOnly(2025, 6, 2));
                await Convention(id).RecordPaymentAsync(new RecordGrantPayment(Guid.NewGuid().ToString(), Money.FromEuros(5_000), new DateOnly(2025, 6, 20)));
                if (move == "control")
                {
                    await Convention(id).SubmitFinalReportAsync(FinalReport(new DateOnly(2026, 5, 29)));
                    await Convention(id).ControlAsync(new ControlConvention(new DateOnly(2026, 9, 15), Money.FromEuros(6_000)));
                }
                else
                {
                    await Convention(id).AmendAsync(new Amendment(1, new DateOnly(2025, 9, 1), "le coût du projet baisse", Money.FromEuros(7_000), null, null));
                }
            },
        };
        await Assert.ThrowsAnyAsync<Exception>(crashing);

        var (expectedStatus, expectedCharged) = move switch
        {
            "grant" => (ConventionStatus.Voted, Grant),
            "control" => (ConventionStatus.Controlled, Money.FromEuros(6_000)),
            _ => (ConventionStatus.Paid, Money.FromEuros(7_000)),
        };
        var movesMade = move == "grant" ? 1 : 2;
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (await MovesMadeAsync(id) < movesMade)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the {move} move was not mended by the reminder");
            await Task.Delay(250);
        }

        Assert.Equal(Credits - expectedCharged, (await line.GetAsync())!.Available);
        await cluster.DeactivateAllAsync();
        Assert.Equal(Credits - expectedCharged, (await line.GetAsync())!.Available);
        Assert.Equal(expectedStatus, (await Convention(id).GetAsync())!.Status);
        Assert.Equal(movesMade, await MovesMadeAsync(id));
    }

    /// <summary>How many moves of the budget line the convention's stream records as made.</summary>
    private async Task<long> MovesMadeAsync(string conventionId)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from mt_events where stream_id = @id and type = 'budget_line_moved'", connection);
        command.Parameters.AddWithValue("id", conventionId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task ConventionsAdoptedAtOnceNeverOverdrawTheirLine()
    {
        // Room for two grants of 9 900 €, not three.
        var terms = await PartiesAndLineAsync(credits: 2 * Grant + Money.FromEuros(50));
        var ids = Enumerable.Range(0, 3).Select(_ => NewId()).ToList();
        foreach (var id in ids)
        {
            await Convention(id).DraftAsync(terms);
            await Convention(id).RecordReportAsync(Report);
        }

        var outcomes = await Task.WhenAll(ids.Select(async id =>
        {
            try
            {
                return (await Convention(id).RecordDeliberationAsync(AdoptedDeliberation)).Status.ToString();
            }
            catch (RefusedException refused)
            {
                return refused.Rule;
            }
        }));

        Assert.Equal(["Voted", "Voted", "budget_line.available"], outcomes.Order(StringComparer.Ordinal));
        Assert.Equal(Money.FromEuros(50), (await cluster.Grains.GetGrain<IBudgetLineGrain>(terms.BudgetLineId).GetAsync())!.Available);
        var refusedId = ids[Array.IndexOf(outcomes, "budget_line.available")];
        Assert.Equal(ConventionStatus.Drafted, (await Convention(refusedId).GetAsync())!.Status);
    }

    [Fact]
    public async Task ManyChargesAtOnceStopExactlyAtTheCredits()
    {
        var terms = await PartiesAndLineAsync(credits: Money.FromEuros(10_000));
        var line = cluster.Grains.GetGrain<IBudgetLineGrain>(terms.BudgetLineId);

        var charged = await Task.WhenAll(Enumerable.Range(0, 25).Select(async i =>
        {
            try
            {
                await line.ChargeAsync(new BudgetCharge($"charge-{i}", $"c{i}", Money.FromEuros(1_000)));
                return true;
            }
            catch (RefusedException)
            {
                return false;
            }
        }));

        Assert.Equal(10, charged.Count(ok => ok));
        Assert.Equal(Money.Zero, (await line.GetAsync())!.Available);
    }

    [Fact]
    public async Task ARefusedDraftListsEveryProblemAndStoresNothing()
    {
        var terms = await PartiesAndLineAsync();
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Convention(NewId()).DraftAsync(terms with
        {
            Beneficiary = terms.Beneficiary with { OrganisationId = "nobody" },
            Budget = Budget with { Charges = [.. Budget.Charges.Take(3)] },
        }));

        Assert.Equal(
            [
                ("terms.beneficiary.organisation_id", "organisation.exists"),
                ("terms.provisional_budget", "budget.balanced"),
                ("terms.provisional_budget", "budget.volunteer_both_sides"),
                ("terms.axes", "budget.axes_hours"),
            ],
            refused.Refusals.Select(refusal => (refusal.Field, refusal.Rule)));
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
    }

    [Fact]
    public async Task ALowerAmendmentGivesTheDifferenceBackToTheLine()
    {
        var terms = await PartiesAndLineAsync();
        var id = await SignedAsync(terms);

        var amended = await Convention(id).AmendAsync(new Amendment(1, new DateOnly(2025, 9, 1), "Axis 3 cancelled", Money.FromEuros(7_000), null, null));

        Assert.Equal(Money.FromEuros(7_000), amended.Terms.Grant);
        Assert.Equal(Credits - Money.FromEuros(7_000), (await cluster.Grains.GetGrain<IBudgetLineGrain>(terms.BudgetLineId).GetAsync())!.Available);
    }

    [Fact]
    public async Task WithoutItsFinalReportEverythingPaidIsClaimedBackFrom1July2026()
    {
        var terms = await PartiesAndLineAsync();
        var id = await SignedAsync(terms);
        await Convention(id).RecordPaymentAsync(new RecordGrantPayment(Guid.NewGuid().ToString(), Grant, new DateOnly(2025, 6, 20)));

        var early = await Assert.ThrowsAsync<RefusedException>(() => Convention(id).ClaimRepaymentAsync(new DateOnly(2026, 6, 30)));
        var claimed = await Convention(id).ClaimRepaymentAsync(new DateOnly(2026, 7, 1));

        Assert.Equal(("on", "clawback.delay"), (early.Field, early.Rule));
        Assert.Equal((Grant, new DateOnly(2026, 7, 1)), (Assert.Single(claimed.Recoveries).Amount, claimed.Recoveries[0].On));
    }

    [Fact]
    public async Task TheDeadlineScanRaisesEachItemOnce()
    {
        var terms = await PartiesAndLineAsync();
        var id = await SignedAsync(terms);
        var watch = cluster.Grains.GetGrain<IDeadlineWatchGrain>(IDeadlineWatchGrain.Key);

        var first = (await watch.ScanAsync(new DateOnly(2025, 6, 10))).Where(notice => notice.ConventionId == id).ToList();
        var again = (await watch.ScanAsync(new DateOnly(2025, 6, 10))).Where(notice => notice.ConventionId == id);
        var nextDay = (await watch.ScanAsync(new DateOnly(2025, 6, 11))).Where(notice => notice.ConventionId == id);
        var windowClosing = (await watch.ScanAsync(new DateOnly(2025, 6, 30))).Where(notice => notice.ConventionId == id).ToList();

        // What is late, and what is coming within 30 days.
        Assert.Equal(
            [("Payment", "Late", new DateOnly(2025, 6, 2)), ("ExtensionWindow", "Upcoming", new DateOnly(2025, 6, 30))],
            first.Select(notice => (notice.Kind, notice.State, notice.Date)));
        Assert.Empty(again);
        Assert.Empty(nextDay);
        Assert.Equal(("ExtensionWindow", "Due"), (Assert.Single(windowClosing).Kind, windowClosing[0].State));
    }

    [Fact]
    public async Task ANotificationAnotherScanIsRaisingCostsThisScanNoneOfTheOthers()
    {
        var terms = await PartiesAndLineAsync();
        var ids = new[] { await SignedAsync(terms), await SignedAsync(terms), await SignedAsync(terms) };
        var asOf = new DateOnly(2025, 6, 10);
        var watch = cluster.Grains.GetGrain<IDeadlineWatchGrain>(IDeadlineWatchGrain.Key);
        static string PaymentLate(string conventionId) => $"{conventionId}:Payment:2025-06-02:Late";
        var theOtherScans = new DeadlineNotice(ids[1], terms.FileNumber, "Payment", new DateOnly(2025, 6, 2), "Late", "raised by the other scan", asOf);
        var store = cluster.Store;
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();

        // Another scan (a second silo's, after a failover) has stored one of the notifications and
        // not committed yet: this scan does not see it, and its own insert of it waits for the commit.
        await using var otherScan = await connection.BeginTransactionAsync();
        await using (var session = store.LightweightSession(SessionOptions.ForTransaction(otherScan)))
        {
            session.Insert(new NotificationRecord(PaymentLate(ids[1]), theOtherScans, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }

        var scan = watch.ScanAsync(asOf);
        await UntilAStatementWaitsForALockAsync(scan);
        await otherScan.CommitAsync();
        var raised = (await scan).Where(notice => ids.Contains(notice.ConventionId) && notice.Kind == "Payment").ToList();
        var again = (await watch.ScanAsync(asOf)).Where(notice => ids.Contains(notice.ConventionId));
        await using var query = store.QuerySession();
        var stored = await query.LoadManyAsync<NotificationRecord>(ids.Select(PaymentLate));

        Assert.Equal([ids[0], ids[2]], raised.Select(notice => notice.ConventionId).OrderBy(id => Array.IndexOf(ids, id)));
        Assert.All(raised, notice => Assert.Equal(("Payment", "Late"), (notice.Kind, notice.State)));
        Assert.Empty(again);
        Assert.Equal(3, stored.Count);
        Assert.Equal(theOtherScans, stored.Single(record => record.Notice.ConventionId == ids[1]).Notice);
    }

    /// <summary>Until a statement on the grains' database waits for another transaction's lock, or <paramref name="call"/> ends without one.</summary>
    private async Task UntilAStatementWaitsForALockAsync(Task call)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'", connection);
        while (!call.IsCompleted && (long)(await waiting.ExecuteScalarAsync())! == 0)
        {
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task AnIdThatNamesNoConventionAnswersNothing()
    {
        Assert.Null(await Convention(NewId()).GetAsync());
    }
}
