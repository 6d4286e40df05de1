using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Web.SignIn;
using Grpc.Core;

namespace Cigales.Web.Api;

public static class GatewayClients
{
    /// <summary>
    /// The contract's generated clients for the four services, at the gateway's gRPC address
    /// (<c>Gateway:Grpc</c>, cleartext HTTP/2), each call carrying the signed-in person's token.
    /// Created in the circuit's scope, so the token is that tab's person's.
    /// </summary>
    public static WebApplicationBuilder AddGatewayClients(this WebApplicationBuilder builder)
    {
        var address = new Uri(builder.Configuration["Gateway:Grpc"] ?? "http://localhost:8081");
        builder.AddGatewayClient<ClubsService.ClubsServiceClient>(address);
        builder.AddGatewayClient<GrantsService.GrantsServiceClient>(address);
        builder.AddGatewayClient<EventsService.EventsServiceClient>(address);
        builder.AddGatewayClient<FinanceService.FinanceServiceClient>(address);
        return builder;
    }

    private static void AddGatewayClient<TClient>(this WebApplicationBuilder builder, Uri address)
        where TClient : ClientBase
        => builder.Services.AddGrpcClient<TClient>(options => options.Address = address)
            .AddCallCredentials(async (context, metadata, services) =>
                metadata.Add("Authorization", "Bearer " + await services.GetRequiredService<IPersonTokens>().GetAsync(context.CancellationToken)))
            // Cleartext inside the machine, as every call to the gateway's gRPC port.
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
}
