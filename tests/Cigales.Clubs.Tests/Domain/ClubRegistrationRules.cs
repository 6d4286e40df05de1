using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

public sealed class ClubRegistrationRules
{
    private static readonly DateTimeOffset Now = new(2024, 11, 19, 18, 0, 0, TimeSpan.Zero);
    private static readonly RegisterClub ChtiKarite = new("Ch'ti Karité", "Lens", "62", "CALL", new DateOnly(2024, 11, 19));

    [Fact]
    public void ANewClubIsRegisteredAsForming()
    {
        var decision = ClubRules.Register(ClubState.Initial, "chti-karite", ChtiKarite, Now);

        var registered = Assert.IsType<ClubRegistered>(Assert.Single(decision.Events));
        Assert.Equal(new ClubRegistered("chti-karite", "Ch'ti Karité", "Lens", "62", "CALL", Now, new DateOnly(2024, 11, 19)), registered);
        var club = ClubReports.Snapshot(ClubState.Initial.Apply(registered));
        Assert.Equal((ClubStatus.Forming, new DateOnly(2024, 11, 19)), (club!.Status, club.CreatedOn));
    }

    [Fact]
    public void WithoutACreationDateTheClubIsCreatedTheDayItIsRegistered()
    {
        var decision = ClubRules.Register(ClubState.Initial, "c", ChtiKarite with { CreatedOn = null }, Now);

        Assert.Equal(new DateOnly(2024, 11, 19), Assert.IsType<ClubRegistered>(Assert.Single(decision.Events)).CreatedOn);
    }

    [Fact]
    public void AClubCreatedInTheFutureIsRefused()
    {
        var decision = ClubRules.Register(ClubState.Initial, "c", ChtiKarite with { CreatedOn = new DateOnly(2024, 11, 20) }, Now);

        Assert.Equal(("created_on", "date.not_future"), (decision.Refusal?.Field, decision.Refusal?.Rule));
    }

    [Fact]
    public void AClubRenewingAnOlderOneKeepsItsLineage()
    {
        var decision = ClubRules.Register(ClubState.Initial, "solartois-ter", ChtiKarite with { Name = "CIGALES Solartois Ter", RenewsClubId = "solartois-2" }, Now);

        Assert.Equal("solartois-2", Assert.IsType<ClubRegistered>(Assert.Single(decision.Events)).RenewsClubId);
    }

    [Fact]
    public void AClubCannotRenewItself()
    {
        var decision = ClubRules.Register(ClubState.Initial, "c", ChtiKarite with { RenewsClubId = "c" }, Now);

        Assert.Equal("renews_club_id", decision.Refusal?.Field);
    }

    [Fact]
    public void NamesAndPlacesAreRecordedWithoutSurroundingSpaces()
    {
        var decision = ClubRules.Register(ClubState.Initial, "c", new RegisterClub("  Canche ", " Montreuil ", "62", " "), Now);

        var registered = Assert.IsType<ClubRegistered>(Assert.Single(decision.Events));
        Assert.Equal(("Canche", "Montreuil", ""), (registered.Name, registered.Commune, registered.Territory));
    }

    [Fact]
    public void ABlankNameIsRefusedNamingTheField()
    {
        var decision = ClubRules.Register(ClubState.Initial, "c", ChtiKarite with { Name = "   " }, Now);

        Assert.Empty(decision.Events);
        Assert.Equal(new Refusal(RefusalKind.InvalidArgument, "name", "club.name_required", "name must not be blank"), decision.Refusal);
    }

    [Fact]
    public void RegisteringTheSameClubAgainChangesNothing()
    {
        var state = ClubState.Initial.Apply(ClubRules.Register(ClubState.Initial, "c", ChtiKarite, Now).Events.Single());

        var retry = ClubRules.Register(state, "c", ChtiKarite, Now.AddMinutes(5));
        var retryWithoutDate = ClubRules.Register(state, "c", ChtiKarite with { CreatedOn = null }, Now.AddDays(3));

        Assert.Equal((false, 0), (retry.IsRefused, retry.Events.Count));
        Assert.Equal((false, 0), (retryWithoutDate.IsRefused, retryWithoutDate.Events.Count));
    }

    [Fact]
    public void ReusingARequestForAnotherClubIsRefused()
    {
        var state = ClubState.Initial.Apply(ClubRules.Register(ClubState.Initial, "c", ChtiKarite, Now).Events.Single());

        var other = ClubRules.Register(state, "c", ChtiKarite with { Name = "Solartois Ter" }, Now);

        Assert.Equal(RefusalKind.AlreadyExists, other.Refusal?.Kind);
        Assert.Equal("request_id", other.Refusal?.Field);
        Assert.Empty(other.Events);
    }
}
