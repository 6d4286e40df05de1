using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

public sealed class ClubRegistrationRules
{
    private static readonly DateTimeOffset Now = new(2024, 11, 19, 18, 0, 0, TimeSpan.Zero);
    private static readonly RegisterClub ChtiKarite = new("Ch'ti Karité", "Lens", "62", "CALL");

    [Fact]
    public void ANewClubIsRegisteredAsForming()
    {
        var decision = ClubRules.Register(ClubState.Initial, "chti-karite", ChtiKarite, Now);

        var registered = Assert.IsType<ClubRegistered>(Assert.Single(decision.Events));
        Assert.Equal(new ClubRegistered("chti-karite", "Ch'ti Karité", "Lens", "62", "CALL", Now), registered);
        var club = ClubState.Initial.Apply(registered).ToSnapshot();
        Assert.Equal(ClubStatus.Forming, club!.Status);
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

        Assert.False(retry.IsRefused);
        Assert.Empty(retry.Events);
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
