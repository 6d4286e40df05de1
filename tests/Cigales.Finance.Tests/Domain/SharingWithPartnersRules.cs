using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

public sealed class SharingWithPartnersRules
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateOnly Welcomed = new(2025, 3, 4);
    private static readonly DateOnly SharedOn = new(2025, 4, 1);

    private static ProjectHolderState Holder() => Then(ProjectHolderState.Initial, ProjectHolderRules.Register(
        ProjectHolderState.Initial, "h", new RegisterProjectHolder("La Brouette Verte", "Recyclerie", "Arras", "", Welcomed), true, new DateTimeOffset(2025, 3, 5, 9, 0, 0, TimeSpan.Zero)));

    private static ProjectHolderState Shared() =>
        Then(Holder(), SharingRules.Share(Holder(), new ShareProject("Recyclerie solidaire, 3 emplois", Money.FromEuros(40_000), SharedOn), Today));

    private static RecordPartnerCoFinancing CoFinancing(string requestId, string partner, Money amount, CoFinancingStatus status = CoFinancingStatus.Proposed) =>
        new(requestId, partner, $"Partner {partner}", amount, Instrument.Loan, status, new DateOnly(2025, 5, 2));

    private static ProjectHolderState Then(ProjectHolderState state, Decision<ProjectHolderEvent> decision)
    {
        Assert.Null(decision.Refusal);
        return decision.Events.Aggregate(state, (current, @event) => current.Apply(@event));
    }

    [Fact]
    public void ASharedProjectShowsThePartnersItsSummaryAndAmountSoughtAndNothingOfThePipeline()
    {
        var shared = Shared().ToShared()!;

        Assert.Equal(("La Brouette Verte", "Recyclerie solidaire, 3 emplois", Money.FromEuros(40_000), SharedOn), (shared.ProjectName, shared.Summary, shared.AmountSought, shared.SharedOn));
        Assert.Null(Holder().ToShared());
    }

    [Fact]
    public void SharingTheSameAgainChangesNothingAndOtherDetailsAreAnUpdate()
    {
        var shared = Shared();

        Assert.Empty(SharingRules.Share(shared, new ShareProject("Recyclerie solidaire, 3 emplois", Money.FromEuros(40_000), SharedOn), Today).Events);
        Assert.Equal("sharing.not_shared_yet", SharingRules.Share(shared, new ShareProject("Autre résumé", Money.FromEuros(40_000), SharedOn), Today).Refusal?.Rule);
        Assert.IsType<SharingUpdated>(Assert.Single(SharingRules.Update(shared, new UpdateSharing("Autre résumé", Money.FromEuros(35_000))).Events));
        Assert.Equal("sharing.shared", SharingRules.Update(Holder(), new UpdateSharing("Autre résumé", Money.FromEuros(35_000))).Refusal?.Rule);
    }

    [Theory]
    [InlineData("", 100, "2025-04-01", "summary")]
    [InlineData("Résumé", -1, "2025-04-01", "amount_sought")]
    [InlineData("Résumé", 100, "2027-01-01", "on")]
    [InlineData("Résumé", 100, "2025-03-01", "on")]
    public void ASharingNamesWhatIsWrong(string summary, long amountSoughtCents, string on, string field)
    {
        var decision = SharingRules.Share(Holder(), new ShareProject(summary, Money.FromCents(amountSoughtCents), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)), Today);

        Assert.Equal(field, decision.Refusal?.Field);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void EachPartnerHasOneCoFinancingTheLatestRecordStanding()
    {
        var state = Then(Shared(), SharingRules.RecordCoFinancing(Shared(), CoFinancing("r1", "pca", Money.FromEuros(10_000)), Today));
        state = Then(state, SharingRules.RecordCoFinancing(state, CoFinancing("r2", "france-active", Money.FromEuros(20_000)), Today));
        state = Then(state, SharingRules.RecordCoFinancing(state, CoFinancing("r3", "pca", Money.FromEuros(12_000), CoFinancingStatus.Committed), Today));

        var shared = state.ToShared()!;
        Assert.Equal([("pca", Money.FromEuros(12_000), CoFinancingStatus.Committed), ("france-active", Money.FromEuros(20_000), CoFinancingStatus.Proposed)],
            shared.CoFinancings.Select(c => (c.PartnerId, c.Amount, c.Status)));
        Assert.Equal(["pca"], shared.ForPartners(["pca"]).CoFinancings.Select(c => c.PartnerId));
    }

    [Fact]
    public void ARetriedCoFinancingChangesNothingAndAReusedKeyIsRefused()
    {
        var state = Then(Shared(), SharingRules.RecordCoFinancing(Shared(), CoFinancing("r1", "pca", Money.FromEuros(10_000)), Today));

        Assert.Empty(SharingRules.RecordCoFinancing(state, CoFinancing("r1", "pca", Money.FromEuros(10_000)), Today).Events);
        Assert.Equal("co_financing.request_reused", SharingRules.RecordCoFinancing(state, CoFinancing("r1", "pca", Money.FromEuros(90_000)), Today).Refusal?.Rule);
    }

    [Fact]
    public void NoCoFinancingOfAProjectNotSharedOrWithdrawn()
    {
        var withdrawn = Then(Shared(), SharingRules.Withdraw(Shared(), new WithdrawSharing(new DateOnly(2025, 6, 1), "financé ailleurs"), Today));

        Assert.Equal("sharing.shared", SharingRules.RecordCoFinancing(Holder(), CoFinancing("r1", "pca", Money.FromCents(1)), Today).Refusal?.Rule);
        Assert.Equal("sharing.shared", SharingRules.RecordCoFinancing(withdrawn, CoFinancing("r1", "pca", Money.FromCents(1)), Today).Refusal?.Rule);
        Assert.True(withdrawn.ToShared()!.IsWithdrawn);
    }

    [Fact]
    public void APartnerSeesEveryChangeButAnotherPartnersCoFinancing()
    {
        var project = Shared().ToShared()!;

        Assert.True(SharingFeed.IsVisibleTo(new SharedProjectChanged(SharingChange.Shared, "", project), "pca"));
        Assert.True(SharingFeed.IsVisibleTo(new SharedProjectChanged(SharingChange.CoFinancingRecorded, "pca", project), "pca"));
        Assert.False(SharingFeed.IsVisibleTo(new SharedProjectChanged(SharingChange.CoFinancingRecorded, "france-active", project), "pca"));
    }

    [Fact]
    public void TheSharedProjectsNowAreTheLatestOfEachNotWithdrawn()
    {
        var first = Shared().ToShared()! with { ProjectHolderId = "a", ProjectName = "Zèbre" };
        var second = first with { ProjectHolderId = "b", ProjectName = "Alouette" };

        var current = SharingFeed.Current([
            new(SharingChange.Shared, "", first),
            new(SharingChange.Shared, "", second),
            new(SharingChange.Updated, "", first with { Summary = "nouveau" }),
            new(SharingChange.Withdrawn, "", second with { WithdrawnOn = new DateOnly(2025, 6, 1) }),
        ]);

        Assert.Equal([("a", "nouveau")], current.Select(p => (p.ProjectHolderId, p.Summary)));
    }
}
