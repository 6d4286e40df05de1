using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Grants.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class GrantsApiBehaviour(GrantsServiceHost service)
{
    private readonly GrantsService.GrantsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    private static RegisterConventionRequest Convention2025() => new()
    {
        FileNumber = "2025-02585",
        Funder = new Party { Name = "Département du Pas-de-Calais", Siret = "22620001200012" },
        Beneficiary = new Party { Name = "Les Cigales des Hauts-de-France", Siret = "38035677400055" },
        Amount = new Money { Cents = 990_000 },
        Period = new DateRange { Start = "2025-01-01", End = "2025-12-31" },
    };

    [Fact]
    public async Task AConventionRegisteredByGrpcIsReadBackByGrpcAndJson()
    {
        var registered = await _grpc.RegisterConventionAsync(Convention2025());

        var read = await _grpc.GetConventionAsync(new GetConventionRequest { ConventionId = registered.ConventionId });
        using var json = JsonDocument.Parse(await _json.GetStringAsync($"/v1/conventions/{registered.ConventionId}"));

        Assert.Equal(registered, read);
        Assert.Equal(990_000, read.Amount.Cents);
        Assert.Equal(new DateRange { Start = "2025-01-01", End = "2025-12-31" }, read.Period);
        // Money in the JSON API is a whole number of cents, never a decimal.
        Assert.Equal(990_000, json.RootElement.GetProperty("amount").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task AConventionRegisteredByJsonIsListed()
    {
        var response = await _json.PostAsJsonAsync("/v1/conventions", new
        {
            fileNumber = "2026-00001",
            funder = new { name = "Département du Pas-de-Calais" },
            beneficiary = new { name = "Les Cigales des Hauts-de-France" },
            amount = new { cents = 1_000_000 },
            period = new { start = "2026-01-01", end = "2026-12-31" },
        });
        response.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("conventionId").GetString();

        var page = await _grpc.ListConventionsAsync(new ListConventionsRequest { Page = new PageRequest { Size = 100 } });

        Assert.Contains(page.Conventions, convention => convention.ConventionId == id && convention.FileNumber == "2026-00001");
    }

    [Fact]
    public async Task ANegativeAmountIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var eventsBefore = await service.CountEventsAsync();
        var request = Convention2025();
        request.Amount.Cents = -100;

        var violation = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "amount",
            () => _grpc.RegisterConventionAsync(request).ResponseAsync);
        var json = await _json.PostAsJsonAsync("/v1/conventions", new
        {
            fileNumber = "2025-02585",
            funder = new { name = "Département" },
            beneficiary = new { name = "Cigales" },
            amount = new { cents = -100 },
            period = new { start = "2025-01-01", end = "2025-12-31" },
        });

        Assert.Equal("money.positive", violation.Reason);
        await Statuses.RefusedAsJsonAsync(json, 400, "amount");
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task ADayThatDoesNotExistIsRefusedNamingTheField()
    {
        var request = Convention2025();
        request.Period.End = "2025-02-30";

        var violation = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "period.end",
            () => _grpc.RegisterConventionAsync(request).ResponseAsync);

        Assert.Equal("date.exists", violation.Reason);
    }

    [Fact]
    public async Task APeriodEndingBeforeItStartsIsRefused()
    {
        var request = Convention2025();
        request.Period.End = "2024-12-31";

        var violation = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "period",
            () => _grpc.RegisterConventionAsync(request).ResponseAsync);

        Assert.Equal("date_range.end_not_before_start", violation.Reason);
    }

    [Fact]
    public async Task AnInvalidSiretIsRefusedNamingTheField()
    {
        var request = Convention2025();
        request.Beneficiary.Siret = "38035677400056";

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "beneficiary.siret",
            () => _grpc.RegisterConventionAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task AnUnknownConventionIsNotFoundNamingTheId()
    {
        await Statuses.RefusedAsync(StatusCode.NotFound, "convention_id",
            () => _grpc.GetConventionAsync(new GetConventionRequest { ConventionId = "nope" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await _json.GetAsync("/v1/conventions/nope"), 404, "convention_id");
    }
}
