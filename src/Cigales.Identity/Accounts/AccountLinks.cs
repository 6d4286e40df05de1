namespace Cigales.Identity.Accounts;

/// <summary>
/// Where people reach the account pages (section <c>Identity</c>, key <c>PublicUrl</c>): the
/// gateway's address. Links in mails are built from it, never from a request's Host header,
/// which a caller could set to send a reset link pointing elsewhere.
/// </summary>
public sealed class AccountLinks
{
    public const string Section = "Identity";

    public string PublicUrl { get; set; } = "http://localhost:8080";

    public string Invitation(string accountId, string token) => Link("/compte/invitation", accountId, token);

    public string PasswordReset(string accountId, string token) => Link("/compte/nouveau-mot-de-passe", accountId, token);

    private string Link(string page, string accountId, string token) =>
        $"{PublicUrl.TrimEnd('/')}{page}?compte={Uri.EscapeDataString(accountId)}&jeton={Uri.EscapeDataString(token)}";
}
