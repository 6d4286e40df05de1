using Microsoft.Extensions.Configuration;

namespace Cigales.AppHost;

/// <summary>
/// The SMTP server the identity service and the services' notifications send their mails through when the system runs locally:
/// smtp4dev, a .NET tool of the repository, run by <c>scripts/smtp4dev.sh</c>. It keeps every mail
/// and shows them in its web inbox (the dashboard links it as <c>inbox</c>); nothing leaves the machine.
/// </summary>
internal static class LocalMail
{
    public const string SmtpEndpoint = "smtp";
    public const string InboxEndpoint = "inbox";

    /// <summary>The web inbox's port when the system runs (tests pick one at random, as for every port).</summary>
    public const int InboxPort = 8025;

    public static IResourceBuilder<ExecutableResource> AddLocalMail(this IDistributedApplicationBuilder builder, string name, string dataDirectory) =>
        builder.AddExecutable(name, "bash", builder.AppHostDirectory, Path.Combine(builder.AppHostDirectory, "scripts", "smtp4dev.sh"), dataDirectory)
            // Not proxied: smtp4dev listens on the ports Aspire picks, passed as $PORT and $SMTP4DEV_WEB_PORT.
            .WithEndpoint(name: SmtpEndpoint, scheme: "tcp", env: "PORT", isProxied: false)
            .WithHttpEndpoint(
                name: InboxEndpoint,
                port: builder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts") ? null : InboxPort,
                env: "SMTP4DEV_WEB_PORT",
                isProxied: false)
            .WithHttpHealthCheck("/api/messages", endpointName: InboxEndpoint)
            .WithIconName("Mail");

    /// <summary>The identity service sends through it, with links to the pages at the gateway's address.</summary>
    public static IResourceBuilder<ProjectResource> WithLocalMail(this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ExecutableResource> mail)
    {
        var smtp = mail.GetEndpoint(SmtpEndpoint);
        return identity
            .WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", smtp.Property(EndpointProperty.Port))
            .WithEnvironment("Identity__PublicUrl", "http://localhost:" + CigalesServices.GatewayHttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WaitFor(mail);
    }

    /// <summary>
    /// A service that mails its notifications (Grants, Clubs): through the same server, reading the
    /// people's addresses from the identity service's accounts as its own staff client, with links
    /// to the web app's pages.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceMail(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ExecutableResource> mail, LocalClients.Client directory, IResourceBuilder<ProjectResource> web)
    {
        var smtp = mail.GetEndpoint(SmtpEndpoint);
        return service
            .WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", smtp.Property(EndpointProperty.Port))
            .WithEnvironment("Mail__Directory__ClientId", directory.Id)
            .WithEnvironment("Mail__Directory__ClientSecret", directory.Secret)
            .WithEnvironment("Mail__WebAppUrl", web.GetEndpoint(KestrelEndpoints.Http))
            .WaitFor(mail);
    }
}
