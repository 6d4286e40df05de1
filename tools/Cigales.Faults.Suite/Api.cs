using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Grpc.Net.Client;

namespace Cigales.Faults;

/// <summary>The generated clients of the services the suite calls, all through one channel to the gateway.</summary>
public sealed class Api(GrpcChannel channel)
{
    public ClubsService.ClubsServiceClient Clubs { get; } = new(channel);

    public FinanceService.FinanceServiceClient Finance { get; } = new(channel);

    public GrantsService.GrantsServiceClient Grants { get; } = new(channel);
}
