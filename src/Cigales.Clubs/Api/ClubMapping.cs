using Cigales.Contracts.Clubs.V1;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using ClubStatus = Cigales.GrainInterfaces.Clubs.ClubStatus;
using ContractRole = Cigales.Contracts.Clubs.V1.OfficerRole;
using ContractStatus = Cigales.Contracts.Clubs.V1.ClubStatus;
using OfficerRole = Cigales.GrainInterfaces.Clubs.OfficerRole;

namespace Cigales.Clubs.Api;

internal static class ClubMapping
{
    // The contract's names and the domain's, side by side; UNSPECIFIED is refused by the requests' rules.
    private static readonly (ContractStatus Contract, ClubStatus Domain)[] Statuses =
    [
        (ContractStatus.Forming, ClubStatus.Forming),
        (ContractStatus.Investing, ClubStatus.Investing),
        (ContractStatus.Managing, ClubStatus.Managing),
        (ContractStatus.Dissolved, ClubStatus.Dissolved),
    ];

    private static readonly (ContractRole Contract, OfficerRole Domain)[] Roles =
    [
        (ContractRole.Manager, OfficerRole.Manager),
        (ContractRole.Treasurer, OfficerRole.Treasurer),
        (ContractRole.Secretary, OfficerRole.Secretary),
    ];

    public static RegisterClub ToCommand(this RegisterClubRequest request) => new(
        request.Name,
        request.Commune,
        request.Department,
        request.Territory,
        request.CreatedOn.Length == 0 ? null : RequestValues.Date("created_on", request.CreatedOn),
        request.RenewsClubId);

    public static ChangeClubStatus ToCommand(this ChangeClubStatusRequest request) =>
        new(request.To.ToDomain(), RequestValues.Date("on", request.On), request.Reason);

    public static AssignOfficer ToCommand(this AssignOfficerRequest request) =>
        new(request.Role.ToDomain(), request.PersonId, RequestValues.Date("on", request.On));

    public static Club ToContract(this ClubSnapshot club) => new()
    {
        ClubId = club.ClubId,
        Name = club.Name,
        Commune = club.Commune,
        Department = club.Department,
        Territory = club.Territory,
        Status = club.Status.ToContract(),
        RegisteredAt = Timestamp.FromDateTimeOffset(club.RegisteredAt),
        CreatedOn = CalendarDate.ToIso(club.CreatedOn),
        RenewsClubId = club.RenewsClubId,
    };

    public static ContractStatus ToContract(this ClubStatus status) => Statuses.Single(pair => pair.Domain == status).Contract;

    public static ClubStatus ToDomain(this ContractStatus status) => Statuses.Single(pair => pair.Contract == status).Domain;

    public static ContractRole ToContract(this OfficerRole role) => Roles.Single(pair => pair.Domain == role).Contract;

    public static OfficerRole ToDomain(this ContractRole role) => Roles.Single(pair => pair.Contract == role).Domain;
}
