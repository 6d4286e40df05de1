using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cigales.Identity.Accounts;

/// <summary>The lifespan of invitation links (seven days), apart from the password resets'.</summary>
public sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions;

/// <summary>The tokens of invitation links: Identity's data-protected tokens, with their own lifespan.</summary>
public sealed class InvitationTokens(IDataProtectionProvider protection, IOptions<InvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<Account>> logger)
    : DataProtectorTokenProvider<Account>(protection, options, logger);
