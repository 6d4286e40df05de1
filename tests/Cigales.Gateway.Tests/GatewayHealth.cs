using Grpc.Health.V1;

namespace Cigales.Gateway.Tests;

/// <summary>The gateway's own health over gRPC, on its gRPC port, as a load balancer's probe asks it: without a token.</summary>
public sealed class GatewayHealth(GatewayHost gateway) : IClassFixture<GatewayHost>
{
    [Fact]
    public async Task AGrpcHealthCheckWithoutATokenIsAnsweredServingByTheGatewayItself()
    {
        var health = new Health.HealthClient(gateway.GrpcChannelWith(token: null));

        var answer = await health.CheckAsync(new HealthCheckRequest());

        // An echo backend would answer with its own headers and no health message: this is the gateway's.
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, answer.Status);
    }
}
