using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi.Models;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// The service's JSON API described by an OpenAPI document, generated from the contract (the
/// transcoded gRPC methods, with the protos' comments): what a partner integrating through the
/// gateway reads. Served at <c>/openapi/v1.json</c> without a token.
/// </summary>
public static class OpenApiRegistration
{
    public const string DocumentPath = "/openapi/v1.json";

    private const string Bearer = "bearer";

    public static IHostApplicationBuilder AddCigalesOpenApi(this IHostApplicationBuilder builder)
    {
        var service = builder.Environment.ApplicationName.Replace("Cigales.", string.Empty, StringComparison.Ordinal);
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = $"Cigales — {service}",
                Version = "v1",
                Description = "Every call needs a bearer token from POST /connect/token (OAuth2 client credentials). Errors come as {code, message, details} with the gRPC status code.",
            });
            var comments = Path.Combine(AppContext.BaseDirectory, "Cigales.Contracts.xml");
            if (File.Exists(comments))
            {
                options.IncludeXmlComments(comments);
                options.IncludeGrpcXmlComments(comments, includeControllerXmlComments: true);
            }

            options.AddSecurityDefinition(Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Flows = new OpenApiOAuthFlows { ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/connect/token", UriKind.Relative) } },
            });
            options.AddSecurityRequirement(new OpenApiSecurityRequirement
            {
                [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = Bearer } }] = [],
            });
        });
        return builder;
    }

    public static void MapCigalesOpenApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapSwagger("/openapi/{documentName}.json").AllowAnonymous();
}
