using Cigales.Clubs.People;
using Cigales.Contracts.Clubs.V1;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;

namespace Cigales.Clubs.Api;

internal static class PeopleMapping
{
    public static Person ToContract(this PersonRecord person) => new()
    {
        PersonId = person.Id,
        FullName = person.FullName,
        Email = person.Email,
        Phone = person.Phone,
        RegisteredAt = Timestamp.FromDateTimeOffset(person.RegisteredAt),
        Erased = person.Erased,
        ErasedAt = person.ErasedAt is { } erased ? Timestamp.FromDateTimeOffset(erased) : null,
    };

    public static NetworkFigures ToContract(this Domain.NetworkFigures figures) => new()
    {
        AsOf = CalendarDate.ToIso(figures.AsOf),
        Year = figures.Year,
        FormingClubs = figures.FormingClubs,
        InvestingClubs = figures.InvestingClubs,
        InvestingClubsDuringYear = figures.InvestingClubsDuringYear,
        ManagingClubs = figures.ManagingClubs,
        ManagingClubsDuringYear = figures.ManagingClubsDuringYear,
        Members = figures.Members,
        MembersOfInvestingClubs = figures.MembersOfInvestingClubs,
        AverageMembersPerClub = (double)figures.AverageMembersPerClub,
    };
}
