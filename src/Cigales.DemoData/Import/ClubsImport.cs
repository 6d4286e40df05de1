using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.DemoData.Reference;
using Grpc.Net.Client;

namespace Cigales.DemoData.Import;

/// <summary>
/// The clubs, each valid as the rules want it: members (five, or the twenty a club had at its
/// creation when the file says so), its three officers, investing, and savings enough for its
/// 2024 investments with a margin. Members are named by their rank in the club: the file leaves
/// personal names out on purpose.
/// </summary>
internal sealed class ClubsImport(GrpcChannel gateway)
{
    /// <summary>When the file does not give a club's creation (it predates the 2024 figures).</summary>
    private static readonly DateOnly Before2024 = new(2023, 1, 10);

    /// <summary>The margin above a club's investments in its savings.</summary>
    private const long Margin = 100_000;

    private readonly ClubsService.ClubsServiceClient _clubs = new(gateway);

    /// <summary>The clubs' ids by reference id; a club another renews is registered first.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ClubsAsync(
        IReadOnlyList<ReferenceClub> clubs, IReadOnlyList<InvestmentShare> shares, CancellationToken cancellation)
    {
        var ids = new Dictionary<string, string>();
        foreach (var club in clubs.OrderBy(club => club.Renews is null ? 0 : 1))
        {
            var created = CreatedOn(club);
            var registered = await _clubs.RegisterClubAsync(new RegisterClubRequest
            {
                RequestId = DemoIds.For($"club/{club.Id}"),
                Name = club.Name,
                Commune = club.Commune ?? string.Empty,
                Department = club.Department,
                CreatedOn = Iso(created),
                RenewsClubId = club.Renews is { } renewed ? ids[renewed] : string.Empty,
            }, cancellationToken: cancellation);
            ids[club.Id] = registered.ClubId;

            var members = await MembersAsync(club, registered.ClubId, created, cancellation);
            if (registered.Status == ClubStatus.Forming)
            {
                await _clubs.ChangeClubStatusAsync(new ChangeClubStatusRequest
                {
                    ClubId = registered.ClubId, To = ClubStatus.Investing, On = Iso(created), Reason = "constituted: members and officers in place",
                }, cancellationToken: cancellation);
            }

            var invested = shares.Where(share => share.Club == club.Id).Sum(share => share.Cents);
            await _clubs.RecordContributionAsync(new RecordContributionRequest
            {
                ClubId = registered.ClubId,
                RequestId = DemoIds.For($"contribution/{club.Id}"),
                PersonId = members[^1],
                Month = $"{created:yyyy-MM}",
                Amount = new Money { Cents = invested + Margin },
                PaidOn = Iso(created),
            }, cancellationToken: cancellation);
        }

        return ids;
    }

    /// <summary>Once the investments are recorded: the clubs the file says are managing stop taking new stakes.</summary>
    public async Task SettleStatusesAsync(IReadOnlyList<ReferenceClub> clubs, IReadOnlyDictionary<string, string> ids, CancellationToken cancellation)
    {
        foreach (var club in clubs.Where(club => club.Status == "managing"))
        {
            var current = await _clubs.GetClubAsync(new GetClubRequest { ClubId = ids[club.Id] }, cancellationToken: cancellation);
            if (current.Status == ClubStatus.Investing)
            {
                await _clubs.ChangeClubStatusAsync(new ChangeClubStatusRequest
                {
                    ClubId = current.ClubId, To = ClubStatus.Managing, On = "2024-12-31", Reason = "follows its enterprises, takes no new stake",
                }, cancellationToken: cancellation);
            }
        }
    }

    /// <summary>The members' person ids, the manager, treasurer and secretary first; joins and assigns only what is missing.</summary>
    private async Task<IReadOnlyList<string>> MembersAsync(ReferenceClub club, string clubId, DateOnly created, CancellationToken cancellation)
    {
        var count = club.Note?.Contains("maximum", StringComparison.OrdinalIgnoreCase) == true ? 20 : 5;
        var page = await _clubs.GetClubPageAsync(new GetClubPageRequest { ClubId = clubId }, cancellationToken: cancellation);
        var members = new List<string>();
        for (var rank = 1; rank <= count; rank++)
        {
            var person = await _clubs.RegisterPersonAsync(new RegisterPersonRequest
            {
                RequestId = DemoIds.For($"person/{club.Id}/{rank}"),
                FullName = $"Membre {rank} de {club.Name}",
            }, cancellationToken: cancellation);
            if (page.Members.All(member => member.PersonId != person.PersonId))
            {
                await _clubs.JoinClubAsync(new JoinClubRequest { ClubId = clubId, PersonId = person.PersonId, On = Iso(created) }, cancellationToken: cancellation);
            }

            members.Add(person.PersonId);
        }

        foreach (var (role, rank) in new[] { (OfficerRole.Manager, 0), (OfficerRole.Treasurer, 1), (OfficerRole.Secretary, 2) })
        {
            if (page.Officers.All(officer => officer.Role != role))
            {
                await _clubs.AssignOfficerAsync(new AssignOfficerRequest { ClubId = clubId, Role = role, PersonId = members[rank], On = Iso(created) }, cancellationToken: cancellation);
            }
        }

        return members;
    }

    /// <summary>
    /// The file's creation date, else: a club "created in December 2024" on the day after the
    /// afterwork of 4 December that the file says led to it; any other before 2024.
    /// </summary>
    private static DateOnly CreatedOn(ReferenceClub club) =>
        club.Created is { } created ? DateOnly.ParseExact(created, "yyyy-MM-dd")
        : club.Note?.Contains("December 2024", StringComparison.Ordinal) == true ? new DateOnly(2024, 12, 5)
        : Before2024;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
