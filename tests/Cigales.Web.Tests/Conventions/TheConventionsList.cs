using Bunit;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Conventions;
using Google.Api;
using Google.Protobuf;

namespace Cigales.Web.Tests.Conventions;

public sealed class TheConventionsList : ScreenTest
{
    [Fact]
    public void StaffSeeEachConventionWithItsFunderAmountPeriodAndStatusInFrench()
    {
        var closed = The2025Convention.Signed();
        closed.ConventionId = "2024";
        closed.Status = ConventionStatus.Closed;
        closed.Terms.FileNumber = "2024-01877";
        closed.Terms.Grant = new Money { Cents = 1_250_050 };
        Api.Answer("ListConventions", (ListConventionsRequest _) => new ListConventionsResponse { Conventions = { The2025Convention.Voted(), closed }, Page = new() });
        Api.Answer("GetOrganisation", (GetOrganisationRequest request) => new Organisation { OrganisationId = request.OrganisationId, Name = "Département du Pas-de-Calais" });

        var screen = RenderScreen<ConventionsList>();

        screen.WaitForAssertion(() => Assert.Contains("N° 2025-02585", screen.Markup, StringComparison.Ordinal));
        var rows = screen.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Département du Pas-de-Calais", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("9 900,00 €", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("du 01/01/2025 au 31/12/2025", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Votée", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("12 500,50 €", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Clôturée", rows[1].TextContent, StringComparison.Ordinal);
        // One funder, asked for once.
        Assert.Single(Api.SentTo<GetOrganisationRequest>("GetOrganisation"));
    }

    [Fact]
    public void MoreConventionsAreAskedForWithTheNextPagesToken()
    {
        Api.Answer("ListConventions", (ListConventionsRequest request) => request.Page.Token.Length == 0
            ? new ListConventionsResponse { Conventions = { The2025Convention.Voted() }, Page = new PageResponse { NextToken = "page-2" } }
            : new ListConventionsResponse { Conventions = { Numbered(The2025Convention.Signed(), "2024-01877") }, Page = new() });
        Api.Answer("GetOrganisation", (GetOrganisationRequest request) => new Organisation { OrganisationId = request.OrganisationId, Name = "Département du Pas-de-Calais" });
        var screen = RenderScreen<ConventionsList>();
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Afficher plus de conventions")));

        screen.Click("Afficher plus de conventions");

        screen.WaitForAssertion(() => Assert.Contains("N° 2024-01877", screen.Markup, StringComparison.Ordinal));
        Assert.Equal(["", "page-2"], Api.SentTo<ListConventionsRequest>("ListConventions").Select(request => request.Page.Token));
        Assert.False(screen.Offers("Afficher plus de conventions"));
    }

    [Fact]
    public void AFundersOfficerSeesTheirConventionsAndIsOfferedTheExportOfTheirOwnSubsidies()
    {
        SignedInAs("Hélène Caron", new Membership(Roles.Funder, PasDeCalaisDepartement));
        Api.Answer("ListConventions", (ListConventionsRequest _) => new ListConventionsResponse { Conventions = { The2025Convention.Voted() }, Page = new() });
        Api.Answer("GetOrganisation", (GetOrganisationRequest request) => new Organisation { OrganisationId = request.OrganisationId, Name = "Département du Pas-de-Calais" });

        var screen = RenderScreen<ConventionsList>();

        screen.WaitForAssertion(() => Assert.Contains("N° 2025-02585", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Mes conventions", screen.Find("h1").TextContent, StringComparison.Ordinal);
        // The API lists theirs: the only organisation named is their own funder, the only one they may export.
        Assert.Equal([PasDeCalaisDepartement], Api.SentTo<GetOrganisationRequest>("GetOrganisation").Select(request => request.OrganisationId));
        Assert.True(screen.Offers("Exporter les subventions (SCDL)"));
    }

    [Fact]
    public void TheSubsidiesOfAFundersYearAreDownloadedAsTheApiWritesThem()
    {
        var csv = "nomAttribuant,idAttribuant\nDépartement du Pas-de-Calais,22620001200012\n"u8.ToArray();
        Api.Answer("ListConventions", (ListConventionsRequest _) => new ListConventionsResponse { Conventions = { The2025Convention.Signed() }, Page = new() });
        Api.Answer("GetOrganisation", (GetOrganisationRequest request) => new Organisation { OrganisationId = request.OrganisationId, Name = "Département du Pas-de-Calais" });
        Api.Answer("ExportSubventions", (ExportSubventionsRequest _) => new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFrom(csv) });
        var screen = RenderScreen<ConventionsList>();
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Exporter les subventions (SCDL)")));

        screen.Click("Exporter les subventions (SCDL)");

        screen.WaitForAssertion(() => JSInterop.VerifyInvoke("cigalesDownload"));
        var asked = Assert.Single(Api.SentTo<ExportSubventionsRequest>("ExportSubventions"));
        Assert.Equal((PasDeCalaisDepartement, 2025), (asked.FunderId, asked.Year));
        var saved = JSInterop.VerifyInvoke("cigalesDownload");
        Assert.Equal(["subventions-2025.csv", "text/csv", Convert.ToBase64String(csv)], saved.Arguments);
    }

    [Fact]
    public void ARefusedExportSaysWhyAndSavesNothing()
    {
        Api.Answer("ListConventions", (ListConventionsRequest _) => new ListConventionsResponse { Conventions = { The2025Convention.Signed() }, Page = new() });
        Api.Answer("GetOrganisation", (GetOrganisationRequest request) => new Organisation { OrganisationId = request.OrganisationId, Name = "Département du Pas-de-Calais" });
        Api.Refuse("ExportSubventions", Refusals.Invalid("year", "int32.gte_lte"));
        var screen = RenderScreen<ConventionsList>();
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Exporter les subventions (SCDL)")));

        screen.Click("Exporter les subventions (SCDL)");

        screen.WaitForAssertion(() => Assert.Equal("Ce nombre sort des limites permises.", screen.Beneath("Année")));
        JSInterop.VerifyNotInvoke("cigalesDownload");
    }

    private static Convention Numbered(Convention convention, string fileNumber)
    {
        convention.ConventionId = fileNumber;
        convention.Terms.FileNumber = fileNumber;
        return convention;
    }
}
