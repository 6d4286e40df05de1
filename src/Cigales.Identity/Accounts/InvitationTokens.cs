using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cigales.Identity.Accounts;

/// <summary>The tokens of invitation links: Identity's data-protected tokens, with a lifespan of their own (seven days).</summary>
public sealed class InvitationTokens(IDataProtectionProvider protection, IOptions<InvitationTokens.Options> options, ILogger<DataProtectorTokenProvider<Account>> logger)
    : DataProtectorTokenProvider<Account>(protection, options, logger)
{
    public sealed class Options : DataProtectionTokenProviderOptions;
}
