using Cigales.GrainInterfaces.Finance;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>
/// What happened to an investment, as stored in its stream: the saga's steps, then its life.
/// The type names are part of the stored data.
/// </summary>
public abstract record InvestmentEvent;

/// <summary>The club's decision, recorded before anything else: the saga's intent, which a retry or a reminder resumes.</summary>
public sealed record InvestmentRequested(string InvestmentId, RecordInvestment Decision, DateTimeOffset RequestedAt) : InvestmentEvent;

/// <summary>The stake is set aside in the enterprise and the funds in the club.</summary>
public sealed record InvestmentCommitted(DateOnly On) : InvestmentEvent;

/// <summary>The intent to pay, recorded before the club is asked to.</summary>
public sealed record DisbursementRequested(DateOnly On) : InvestmentEvent;

public sealed record InvestmentDisbursed(DateOnly On) : InvestmentEvent;

/// <summary>
/// Refused on the way (a limit, the club's funds or status): what was set aside was given back;
/// neither investment nor disbursement. The refusal is kept, so that a retry gets it again.
/// </summary>
public sealed record InvestmentAbandoned(RefusalKind Kind, string Field, string Rule, string Reason) : InvestmentEvent
{
    public Refusal Refusal => new(Kind, Field, Rule, Reason);
}

public sealed record RepaymentRecorded(string Key, long AmountCents, DateOnly On) : InvestmentEvent;

public sealed record InvestmentExited(string Key, long AmountCents, DateOnly On) : InvestmentEvent;

public sealed record InvestmentWrittenOff(string Key, DateOnly On) : InvestmentEvent;
