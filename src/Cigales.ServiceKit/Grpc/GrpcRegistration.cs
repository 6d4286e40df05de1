using Cigales.ServiceKit.Access;
using Google.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProtoValidate;

namespace Cigales.ServiceKit.Grpc;

public static class GrpcRegistration
{
    /// <summary>
    /// gRPC with the same methods as JSON (transcoding from the <c>google.api.http</c> annotations),
    /// declarative validation, and refusals mapped to rich statuses; gRPC's health service; and in
    /// Development, reflection, so that tools can list and call the methods without the protos.
    /// </summary>
    public static IHostApplicationBuilder AddCigalesGrpc(this IHostApplicationBuilder builder)
    {
        builder.AddGrpcHealth();
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddGrpcReflection();
        }

        builder.Services.AddProtoValidate();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, WellFormedGrpcRequestsFirst>();
        builder.Services
            .AddGrpc(grpc =>
            {
                // The caller's role and scope first: a caller without the right learns nothing of
                // the request's rules. Then the request's rules, and what the code throws mapped to
                // statuses; then the object, recorded when refused — so only a valid id is recorded.
                grpc.Interceptors.Add<AccessInterceptor>();
                grpc.Interceptors.Add<RefusalInterceptor>();
                grpc.Interceptors.Add<ObjectAccessInterceptor>();
                // Never: an exception's text is no business of a client's (RefusalInterceptor logs it).
                grpc.EnableDetailedErrors = false;
            })
            .AddJsonTranscoding(json =>
                // Without these the rich error details cannot be written as JSON (an empty HTTP 500).
                json.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(
                    BadRequest.Descriptor,
                    ErrorInfo.Descriptor,
                    PreconditionFailure.Descriptor,
                    ResourceInfo.Descriptor,
                    RetryInfo.Descriptor));
        return builder;
    }
}
