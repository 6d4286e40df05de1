using System.Globalization;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Grpc.Core;

namespace Cigales.Faults;

public enum CommandKind
{
    Contribution,
    Investment,
    GrantPayment,
    Adoption,
}

/// <summary>
/// A command that moves money, with the key a client keeps for it: sent again with the same key
/// until it is acknowledged. <see cref="SendAsync"/> answers the id of what it recorded.
/// </summary>
public abstract record MoneyCommand(CommandKind Kind, string Key, long Cents)
{
    public abstract Task<string> SendAsync(Api api, CallOptions call);

    /// <summary>
    /// For a command without an idempotency key: after a refusal of a retry, whether an earlier
    /// attempt was recorded after all (read back). Commands with a key never need it.
    /// </summary>
    public virtual Task<bool> WasRecordedAsync(Api api, CallOptions call) => Task.FromResult(false);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static Money Money(long cents) => new() { Cents = cents };
}

/// <summary>A member's contribution: recorded once under its key in the club's ledger.</summary>
public sealed record RecordContribution(string ClubId, string PersonId, long Amount, DateOnly PaidOn)
    : MoneyCommand(CommandKind.Contribution, Guid.NewGuid().ToString(), Amount)
{
    public override async Task<string> SendAsync(Api api, CallOptions call) =>
        (await api.Clubs.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = ClubId,
            RequestId = Key,
            PersonId = PersonId,
            Month = $"{PaidOn:yyyy-MM}",
            Amount = Money(Cents),
            PaidOn = Iso(PaidOn),
        }, call)).RequestId;
}

/// <summary>A club's investment, paid at once or only committed (its funds set aside): its id derives from the key.</summary>
public sealed record RecordInvestment(string ClubId, string EnterpriseId, long Amount, DateOnly DecidedOn, bool PaidAtOnce)
    : MoneyCommand(CommandKind.Investment, Guid.NewGuid().ToString(), Amount)
{
    public override async Task<string> SendAsync(Api api, CallOptions call) =>
        (await api.Finance.RecordInvestmentAsync(new RecordInvestmentRequest
        {
            RequestId = Key,
            ClubId = ClubId,
            EnterpriseId = EnterpriseId,
            Amount = Money(Cents),
            Instrument = Instrument.ContributionWithRightOfRecovery,
            DecidedOn = Iso(DecidedOn),
            DisbursedOn = PaidAtOnce ? Iso(DecidedOn) : string.Empty,
            Vote = new Vote { For = 5, Rule = VoteRule.Majority },
        }, call)).InvestmentId;
}

/// <summary>A payment of a signed convention's grant: recorded once under its key.</summary>
public sealed record RecordGrantPayment(string ConventionId, long Amount, DateOnly On)
    : MoneyCommand(CommandKind.GrantPayment, Guid.NewGuid().ToString(), Amount)
{
    public override async Task<string> SendAsync(Api api, CallOptions call) =>
        (await api.Grants.RecordGrantPaymentAsync(new RecordGrantPaymentRequest
        {
            ConventionId = ConventionId,
            RequestId = Key,
            Amount = Money(Cents),
            On = Iso(On),
        }, call)).ConventionId;
}

/// <summary>
/// The deliberation that adopts a drafted convention, which charges its grant to the budget line.
/// It has no idempotency key: the deliberation's number is the key a client can read back, as the
/// demo-data importer does.
/// </summary>
public sealed record AdoptConvention(string ConventionId, long Grant, DateOnly On)
    : MoneyCommand(CommandKind.Adoption, $"D-{Guid.NewGuid():N}"[..20], Grant)
{
    public override async Task<string> SendAsync(Api api, CallOptions call) =>
        (await api.Grants.RecordDeliberationAsync(new RecordDeliberationRequest
        {
            ConventionId = ConventionId,
            Deliberation = new Deliberation { Number = Key, On = Iso(On), Body = "commission permanente", For = 40, Against = 2 },
        }, call)).ConventionId;

    public override async Task<bool> WasRecordedAsync(Api api, CallOptions call) =>
        (await api.Grants.GetConventionAsync(new GetConventionRequest { ConventionId = ConventionId }, call)).Deliberation?.Number == Key;
}
