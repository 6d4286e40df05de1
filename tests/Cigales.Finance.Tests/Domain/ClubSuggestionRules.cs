using Cigales.Finance.Domain;

namespace Cigales.Finance.Tests.Domain;

/// <summary>The suggested club: the holder's commune first, then its territory, then its department.</summary>
public sealed class ClubSuggestionRules
{
    private static readonly ProjectHolderSnapshot Holder = new(
        "h", "Brouette Verte", "Recyclerie", "Saint-Omer", "", PipelineStage.Welcomed, DateTimeOffset.UnixEpoch,
        [new PipelineStep(PipelineStage.Welcomed, new DateOnly(2025, 1, 6), Origin.Unknown, [], "")], "62", "Audomarois");

    private static readonly (string Id, string Name, string Commune, string Territory) Arras = ("arras", "Cigales d'Arras", "Arras", "Artois");
    private static readonly (string Id, string Name, string Commune, string Territory) Aire = ("aire", "Cigales d'Aire", "Aire-sur-la-Lys", "Audomarois");
    private static readonly (string Id, string Name, string Commune, string Territory) StOmer = ("stomer", "Cigales de Saint-Omer", "saint-omer ", "");

    [Fact]
    public void AClubOfTheHoldersCommuneComesFirst() =>
        Assert.Equal(new ClubSuggestion("stomer", "Cigales de Saint-Omer", SuggestionBasis.Commune), ClubSuggestion.For(Holder, [Arras, Aire, StOmer]));

    [Fact]
    public void WithoutOneTheClubOfItsTerritory() =>
        Assert.Equal(SuggestionBasis.Territory, ClubSuggestion.For(Holder, [Arras, Aire]).Basis);

    [Fact]
    public void ElseTheFirstClubOfItsDepartmentByName()
    {
        var suggestion = ClubSuggestion.For(Holder with { Territory = "" }, [Arras, Aire]);

        Assert.Equal(("aire", SuggestionBasis.Department), (suggestion.ClubId, suggestion.Basis));
    }

    [Fact]
    public void NoClubOrNoDepartmentSuggestsNone()
    {
        Assert.Equal(ClubSuggestion.None, ClubSuggestion.For(Holder, []));
        Assert.Equal(ClubSuggestion.None, ClubSuggestion.For(Holder with { Department = "" }, [Arras]));
    }
}
