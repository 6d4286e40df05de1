using System.Collections.Concurrent;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;

namespace Cigales.Faults;

/// <summary>How much the suite sets up before the load.</summary>
public sealed record NetworkSize(int Clubs, int Enterprises, int SignedConventions, int DraftedConventions);

/// <summary>An investing club: five members, its three officers, savings enough for every investment of the load.</summary>
public sealed record Club(string ClubId, IReadOnlyList<string> Members);

/// <summary>
/// What the load works on, made through the gateway as a client would: investing clubs,
/// enterprises (associations, financed by contributions with right of recovery, which no stake
/// limit caps), a funder with a budget line, conventions signed (for payments) and conventions
/// drafted (for deliberations that charge the line during the load).
/// </summary>
public sealed record Network(
    IReadOnlyList<Club> Clubs,
    IReadOnlyList<string> Enterprises,
    string FunderId,
    string BudgetLineId,
    IReadOnlyList<string> SignedConventions,
    IReadOnlyList<string> DraftedConventions,
    DateOnly Today)
{
    /// <summary>Each club's savings at the start: 100 000 €, far more than the load invests.</summary>
    public const long Savings = 10_000_000;

    /// <summary>A signed convention's grant: 500 000 €, far more than the load pays.</summary>
    public const long SignedGrant = 50_000_000;

    /// <summary>A grant adopted during the load: 10 000 €.</summary>
    public const long AdoptedGrant = 1_000_000;

    public static async Task<Network> CreateAsync(Api api, Delivery calls, NetworkSize size, DateOnly today, CancellationToken cancellation)
    {
        var clubs = new ConcurrentDictionary<int, Club>();
        await Parallel.ForEachAsync(Enumerable.Range(1, size.Clubs), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellation },
            async (number, token) => clubs[number] = await ClubAsync(api, calls, number, today, token));

        var enterprises = new List<string>();
        for (var number = 1; number <= size.Enterprises; number++)
        {
            var enterprise = await calls.AnsweredAsync(call => api.Finance.RegisterEnterpriseAsync(new RegisterEnterpriseRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                Name = $"Association {number} des fautes",
                Rna = $"W62{number:D7}",
                LegalForm = LegalForm.Association,
                Activity = "Recyclerie",
                Town = "Arras",
                Department = "62",
                Stage = EnterpriseStage.Creation,
            }, call), cancellation);
            enterprises.Add(enterprise.EnterpriseId);
        }

        var grants = new GrantsSetup(api, calls, today);
        var parties = await grants.PartiesAsync(cancellation);
        var signed = new List<string>();
        for (var number = 1; number <= size.SignedConventions; number++)
        {
            signed.Add(await grants.SignedConventionAsync(parties, SignedGrant, cancellation));
        }

        var drafted = new List<string>();
        for (var number = 1; number <= size.DraftedConventions; number++)
        {
            drafted.Add(await grants.DraftedConventionAsync(parties, AdoptedGrant, cancellation));
        }

        return new Network([.. clubs.OrderBy(club => club.Key).Select(club => club.Value)], enterprises, parties.Funder, parties.Line, signed, drafted, today);
    }

    private static async Task<Club> ClubAsync(Api api, Delivery calls, int number, DateOnly today, CancellationToken cancellation)
    {
        var created = today.AddDays(-400);
        var club = await calls.AnsweredAsync(call => api.Clubs.RegisterClubAsync(new RegisterClubRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Name = $"Cigales des fautes n°{number}",
            Department = "62",
            CreatedOn = MoneyCommand.Iso(created),
        }, call), cancellation);

        var members = new List<string>();
        for (var rank = 1; rank <= 5; rank++)
        {
            var person = await calls.AnsweredAsync(call => api.Clubs.RegisterPersonAsync(new RegisterPersonRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                FullName = $"Membre {rank} du club {number}",
            }, call), cancellation);
            await calls.AnsweredAsync(call => api.Clubs.JoinClubAsync(new JoinClubRequest { ClubId = club.ClubId, PersonId = person.PersonId, On = MoneyCommand.Iso(created) }, call), cancellation);
            members.Add(person.PersonId);
        }

        foreach (var (role, rank) in new[] { (OfficerRole.Manager, 0), (OfficerRole.Treasurer, 1), (OfficerRole.Secretary, 2) })
        {
            await calls.AnsweredAsync(call => api.Clubs.AssignOfficerAsync(new AssignOfficerRequest { ClubId = club.ClubId, Role = role, PersonId = members[rank], On = MoneyCommand.Iso(created) }, call), cancellation);
        }

        await calls.AnsweredAsync(call => api.Clubs.ChangeClubStatusAsync(new ChangeClubStatusRequest
        {
            ClubId = club.ClubId, To = ClubStatus.Investing, On = MoneyCommand.Iso(created.AddDays(10)), Reason = "constituted",
        }, call), cancellation);
        await calls.AnsweredAsync(call => api.Clubs.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId,
            RequestId = Guid.NewGuid().ToString(),
            PersonId = members[^1],
            Month = $"{created:yyyy-MM}",
            Amount = new Money { Cents = Savings },
            PaidOn = MoneyCommand.Iso(created.AddDays(10)),
        }, call), cancellation);
        return new Club(club.ClubId, members);
    }
}
