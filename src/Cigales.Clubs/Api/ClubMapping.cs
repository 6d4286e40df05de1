using Cigales.Contracts.Clubs.V1;
using Cigales.GrainInterfaces.Clubs;
using Google.Protobuf.WellKnownTypes;
using ClubStatus = Cigales.GrainInterfaces.Clubs.ClubStatus;
using ContractStatus = Cigales.Contracts.Clubs.V1.ClubStatus;

namespace Cigales.Clubs.Api;

internal static class ClubMapping
{
    public static RegisterClub ToCommand(this RegisterClubRequest request) =>
        new(request.Name, request.Commune, request.Department, request.Territory);

    public static Club ToContract(this ClubSnapshot club) => new()
    {
        ClubId = club.ClubId,
        Name = club.Name,
        Commune = club.Commune,
        Department = club.Department,
        Territory = club.Territory,
        Status = club.Status.ToContract(),
        RegisteredAt = Timestamp.FromDateTimeOffset(club.RegisteredAt),
    };

    public static ContractStatus ToContract(this ClubStatus status) => status switch
    {
        ClubStatus.Forming => ContractStatus.Forming,
        ClubStatus.Investing => ContractStatus.Investing,
        ClubStatus.Managing => ContractStatus.Managing,
        ClubStatus.Dissolved => ContractStatus.Dissolved,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown club status"),
    };
}
