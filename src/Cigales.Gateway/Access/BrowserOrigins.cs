using Cigales.Gateway.Routing;

namespace Cigales.Gateway.Access;

/// <summary>The web origins whose pages may call the API from a browser.</summary>
public sealed class BrowserOriginsOptions
{
    /// <summary>Origins such as <c>https://staff.cigales-hdf.fr</c>; none by default: no browser page may call.</summary>
    public string[] Origins { get; set; } = [];
}

public static class BrowserOrigins
{
    /// <summary>
    /// CORS for the configured origins only: their pages get the CORS headers, any other page
    /// none, so the browser keeps it from reading the answers. Tokens travel in the
    /// <c>Authorization</c> header, never in cookies, so no credentials are allowed.
    /// </summary>
    public static IHostApplicationBuilder AddBrowserOrigins(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>()?.Cors.Origins ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
            .WithHeaders("authorization", "content-type")
            // A page that is told to wait must be able to read how long.
            .WithExposedHeaders("retry-after")
            // A preflight per call would double the calls of a browser app.
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return builder;
    }
}
