using Aspire.Hosting.Testing;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Testing;
using Cigales.Testing.Hostile;
using Google.Protobuf;

namespace Cigales.IntegrationTests;

/// <summary>
/// The generated hostile corpus through the gateway, by JSON and by gRPC, on the whole system with
/// the demo data: no 5xx, no INTERNAL, UNKNOWN or UNAVAILABLE, no write taken, nothing stored in
/// any service's database.
/// </summary>
public sealed class HostileInputsThroughTheGateway(WholeSystem system)
{
    private const string ChtiKarite = "773878fce8ac5d0fb835c31366465117";
    private const string DemoConvention = "68494ffccce35c50b16752021a775d98";
    private const string Departement = "02bded71e09c571295c404d01778ef29";
    private static readonly string[] Databases = ["clubsdb", "grantsdb", "eventsdb", "financedb", "identitydb"];

    [Fact]
    public async Task TenThousandHostileInputsBreakNothingAndStoreNothing()
    {
        var cancel = TestContext.Current.CancellationToken;
        var (bases, otherKinds) = await SeedsAsync();
        var corpus = HostileCorpus.Generate(bases, otherKinds).ToList();
        using var json = system.App.CreateHttpClient("gateway", "http");
        using var grpc = system.App.CreateHttpClient("gateway", "grpc");

        var sequences = await Task.WhenAll(Databases.Select(async database => await StoredEvents.LastSequenceAsync(await ConnectionStringAsync(database))));

        var sent = await HostileChecks.NothingBreaksNorIsStoredAsync(corpus, json, grpc, system.StaffToken, () => StoredAsync(sequences), cancel);

        Assert.True(sent >= 10_000, $"only {sent} inputs");
        Assert.Contains(corpus, input => input.Grpc);
        Assert.Contains(corpus, input => !input.Grpc);
    }

    /// <summary>Valid requests to spoil one field at a time, and ids of existing records of each kind, from the demo data.</summary>
    private async Task<(Dictionary<string, IMessage> Bases, Dictionary<string, string> OtherKinds)> SeedsAsync()
    {
        var clubs = new ClubsService.ClubsServiceClient(system.Grpc);
        var finance = new FinanceService.FinanceServiceClient(system.Grpc);
        var events = new EventsService.EventsServiceClient(system.Grpc);
        var page = await clubs.GetClubPageAsync(new GetClubPageRequest { ClubId = ChtiKarite });
        var member = page.Members[0].PersonId;
        var enterprise = (await finance.ListEnterprisesAsync(new ListEnterprisesRequest { Page = new PageRequest { Size = 1 } })).Enterprises[0].EnterpriseId;
        var investment = (await finance.ListInvestmentsAsync(new ListInvestmentsRequest { Page = new PageRequest { Size = 1 } })).Investments[0].InvestmentId;
        var eventId = (await events.ListEventsAsync(new ListEventsRequest { Page = new PageRequest { Size = 1 } })).Events[0].EventId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var bases = new Dictionary<string, IMessage>
        {
            ["/cigales.clubs.v1.ClubsService/RegisterClub"] = new RegisterClubRequest { Name = "Club hostile", Commune = "Lens", Department = "62" },
            ["/cigales.clubs.v1.ClubsService/RegisterPerson"] = new RegisterPersonRequest { FullName = "Personne hostile", Email = "hostile@example.org" },
            ["/cigales.clubs.v1.ClubsService/RecordContribution"] = new RecordContributionRequest
            {
                ClubId = ChtiKarite, RequestId = Guid.NewGuid().ToString(), PersonId = member, Month = today[..7], Amount = new Money { Cents = 100 }, PaidOn = today,
            },
            ["/cigales.grants.v1.GrantsService/RegisterOrganisation"] = new RegisterOrganisationRequest { Name = "Organisation hostile", Siret = "22620001200012" },
            ["/cigales.finance.v1.FinanceService/RegisterEnterprise"] = new RegisterEnterpriseRequest
            {
                Name = "Entreprise hostile", LegalForm = LegalForm.Sas, Activity = "Essai", Town = "Arras", Department = "62", ShareCapital = new Money { Cents = 1_000_000 },
            },
            ["/cigales.finance.v1.FinanceService/RegisterProjectHolder"] = new RegisterProjectHolderRequest { ProjectName = "Projet hostile", Activity = "Essai", Town = "Arras", ReferringClubId = ChtiKarite },
            ["/cigales.finance.v1.FinanceService/RecordInvestment"] = new RecordInvestmentRequest
            {
                RequestId = Guid.NewGuid().ToString(), ClubId = ChtiKarite, EnterpriseId = enterprise, Amount = new Money { Cents = 100 }, Instrument = Instrument.Loan, DecidedOn = today,
                Vote = new Vote { For = 5, Rule = VoteRule.Majority },
            },
            ["/cigales.events.v1.EventsService/ScheduleEvent"] = new ScheduleEventRequest
            {
                Kind = EventKind.Workshop, Title = "Atelier hostile", Dates = new DateRange { Start = today, End = today },
            },
        };
        var otherKinds = new Dictionary<string, string>
        {
            ["club"] = ChtiKarite,
            ["convention"] = DemoConvention,
            ["organisation"] = Departement,
            ["enterprise"] = enterprise,
            ["investment"] = investment,
            ["event"] = eventId,
            ["person"] = member,
        };
        return (bases, otherKinds);
    }

    /// <summary>Each database's count of records, and every event stored since the given sequence numbers, named.</summary>
    private async Task<IReadOnlyList<string>> StoredAsync(long[] sequences)
    {
        var stored = new List<string>();
        foreach (var (database, sequence) in Databases.Zip(sequences))
        {
            var connectionString = await ConnectionStringAsync(database);
            stored.AddRange((await StoredEvents.CountRecordsAsync(connectionString)).Select(table => $"{database}: {table.Rows} in {table.Table}"));
            stored.AddRange((await StoredEvents.StoredAfterAsync(connectionString, sequence)).Select(line => $"{database}: {line}"));
        }

        return stored;
    }

    private async Task<string> ConnectionStringAsync(string database) =>
        await system.App.GetConnectionStringAsync(database) ?? throw new InvalidOperationException($"no connection string for {database}");
}
