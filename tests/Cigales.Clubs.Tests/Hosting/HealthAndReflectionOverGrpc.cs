using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Cigales.Clubs.Tests.Hosting;

/// <summary>gRPC's standard health and reflection services on a domain service, as probes and tools call them: without a token.</summary>
[Collection(ApiCollection.Name)]
public sealed class HealthAndReflectionOverGrpc(ClubsServiceHost service)
{
    [Fact]
    public async Task AHealthCheckWithoutATokenIsAnsweredServing()
    {
        var health = new Health.HealthClient(service.ChannelWith(token: null));

        var answer = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, answer.Status);
    }

    [Fact]
    public async Task InDevelopmentReflectionListsTheServiceAndTheHealthService()
    {
        var reflection = new ServerReflection.ServerReflectionClient(service.ChannelWith(token: null));

        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(listed => listed.Name).ToList();

        Assert.Contains("cigales.clubs.v1.ClubsService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }
}
