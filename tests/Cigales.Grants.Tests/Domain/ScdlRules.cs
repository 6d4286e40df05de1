using Cigales.Grants.Domain;
using static Cigales.Grants.Tests.Domain.ConventionStates;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

public sealed class ScdlRules
{
    private static readonly DateTimeOffset Registered = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyDictionary<string, OrganisationSnapshot> Organisations = new Dictionary<string, OrganisationSnapshot>
    {
        ["dept-62"] = new("dept-62", Funder, Registered),
        ["cigales-hdf"] = new("cigales-hdf", Beneficiary, Registered),
        ["atelier"] = new("atelier", new RegisterOrganisation("L'Atelier Solidaire", "Arras", "73282932000017", string.Empty), Registered),
    };

    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string> { ["line"] = "Mission ESS" };

    private static IReadOnlyList<ScdlRow> Rows(int year, params ConventionState[] conventions) =>
        ScdlExport.Rows(conventions.Select(state => state.ToSnapshot()!), Organisations, "dept-62", year, Labels);

    [Fact]
    public void The2025ConventionIsOneValidRowOfSixteenColumns()
    {
        var row = Assert.Single(Rows(2025, Paid()));

        Assert.Empty(row.Problems());
        Assert.Equal(16, row.Values.Length);
        Assert.Equal(
            ["Département du Pas-de-Calais", FunderSiret, "2025-06-02", "2025-157", "Les Cigales des Hauts-de-France", BeneficiarySiret, "",
             Terms2025.Object, "9900.00", "aide en numéraire", "unique", "2025-06-20", "", "non", "1", "Mission ESS"],
            row.Values);
    }

    [Fact]
    public void OnlyConventionsSignedThatYearAreExported()
    {
        Assert.Empty(Rows(2024, Paid()));
        Assert.Empty(Rows(2025, Voted()));
    }

    [Fact]
    public void TheCsvHasTheSchemasHeaderAndQuotesWhatNeedsQuoting()
    {
        var row = Assert.Single(Rows(2025, Signed()));

        var csv = ScdlExport.ToCsv([row with { Objet = "Partenariat, \"ESS\" 2025" }]);
        var lines = csv.Split("\r\n");

        Assert.Equal(
            "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,"
            + "conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide",
            lines[0]);
        Assert.Contains(",\"Partenariat, \"\"ESS\"\" 2025\",9900.00,", lines[1], StringComparison.Ordinal);
        // Unpaid, the payment period is the signature day.
        Assert.Contains(",unique,2025-06-02,,non,1,", lines[1], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length); // each line ends with CRLF, the last one too
    }

    [Fact]
    public void TheCsvNeutralisesFormulasTypedInTextAndKeepsTheAmountANumber()
    {
        var row = Assert.Single(Rows(2025, Paid())) with { NomBeneficiaire = "+33 1 Cigales", Objet = "=HYPERLINK(\"http://x\")", ReferenceDecision = "-157" };

        var line = ScdlExport.ToCsv([row]).Split("\r\n")[1];

        Assert.Contains(",2025-06-02,'-157,'+33 1 Cigales,", line, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",9900.00,", line, StringComparison.Ordinal);
        Assert.Contains(",non,1,Mission ESS", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowThatBreaksTheSchemaNamesEachColumn()
    {
        var row = Assert.Single(Rows(2025, Paid())) with { IdAttribuant = "123", Objet = new string('x', 256), PourcentageSubvention = "0" };

        Assert.Equal(["idAttribuant: a SIRET", "objet: required, under 256 characters", "pourcentageSubvention: from 0.01 to 1"], row.Problems());
    }

    [Fact]
    public void ADecisionSplitBetweenTwoBeneficiariesIsOneRowEachWithItsShareAsInTheSchemasExample()
    {
        // The schema's example: one decision split 0.8 / 0.2 between two firms; montant is the
        // grant before it is split, on both rows.
        var terms = Paid().Terms with { Shares = [new("cigales-hdf", 0.8m), new("atelier", 0.2m)] };
        var rows = Rows(2025, Paid() with { Terms = terms });

        Assert.Equal(
            [("Les Cigales des Hauts-de-France", BeneficiarySiret, "9900.00", "0.8"), ("L'Atelier Solidaire", "73282932000017", "9900.00", "0.2")],
            rows.Select(row => (row.NomBeneficiaire, row.IdBeneficiaire, row.Montant, row.PourcentageSubvention)));
        Assert.All(rows, row => Assert.Empty(row.Problems()));
        Assert.Contains(",9900.00,aide en numéraire,unique,2025-06-20,,non,0.2,Mission ESS", ScdlExport.ToCsv(rows), StringComparison.Ordinal);
    }
}
