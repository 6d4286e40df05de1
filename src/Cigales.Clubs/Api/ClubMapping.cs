using Cigales.Clubs.Domain;
using Cigales.Contracts.Clubs.V1;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using ClubStatus = Cigales.Clubs.Domain.ClubStatus;
using ContractRole = Cigales.Contracts.Clubs.V1.OfficerRole;
using ContractStatus = Cigales.Contracts.Clubs.V1.ClubStatus;
using OfficerRole = Cigales.Clubs.Domain.OfficerRole;

namespace Cigales.Clubs.Api;

internal static class ClubMapping
{
    private static readonly EnumMap<ContractStatus, ClubStatus> Statuses = new(
        (ContractStatus.Forming, ClubStatus.Forming),
        (ContractStatus.Investing, ClubStatus.Investing),
        (ContractStatus.Managing, ClubStatus.Managing),
        (ContractStatus.Dissolved, ClubStatus.Dissolved));

    private static readonly EnumMap<ContractRole, OfficerRole> Roles = new(
        (ContractRole.Manager, OfficerRole.Manager),
        (ContractRole.Treasurer, OfficerRole.Treasurer),
        (ContractRole.Secretary, OfficerRole.Secretary));

    public static RegisterClub ToCommand(this RegisterClubRequest request) => new(
        request.Name,
        request.Commune,
        request.Department,
        request.Territory,
        request.CreatedOn.Length == 0 ? null : RequestValues.Date("created_on", request.CreatedOn),
        request.RenewsClubId,
        request.Rules?.ToDomain());

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

    public static ContractStatus ToContract(this ClubStatus status) => Statuses.ToContract(status);

    public static ClubStatus ToDomain(this ContractStatus status) => Statuses.ToDomain(status);

    public static ContractRole ToContract(this OfficerRole role) => Roles.ToContract(role);

    public static OfficerRole ToDomain(this ContractRole role) => Roles.ToDomain(role);
}
