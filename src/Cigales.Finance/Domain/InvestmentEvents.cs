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

/// <summary>The intent to pay all that was committed at once, as stored before payments could be partial; read as a <see cref="PaymentRequested"/>.</summary>
public sealed record DisbursementRequested(DateOnly On) : InvestmentEvent;

/// <summary>All that was committed was paid, as stored before payments could be partial; read as a <see cref="PaymentMade"/>.</summary>
public sealed record InvestmentDisbursed(DateOnly On) : InvestmentEvent;

/// <summary>One payment to the enterprise, recorded before the club is asked to pay it; <see cref="PaymentMade"/> once it has.</summary>
public sealed record PaymentRequested(string Key, Money Amount, DateOnly On) : InvestmentEvent;

/// <summary>One payment of the committed funds reached the enterprise.</summary>
public sealed record PaymentMade(string Key, Money Amount, DateOnly On) : InvestmentEvent;

/// <summary>
/// Refused on the way (a limit, the club's funds or status): what was set aside was given back;
/// neither investment nor disbursement. The refusal is kept, so that a retry gets it again.
/// </summary>
public sealed record InvestmentAbandoned(RefusalKind Kind, string Field, string Rule, string Reason) : InvestmentEvent
{
    public Refusal Refusal => new(Kind, Field, Rule, Reason);
}

public sealed record RepaymentRecorded(string Key, Money Amount, DateOnly On) : InvestmentEvent;

public sealed record InvestmentExited(string Key, Money Amount, DateOnly On) : InvestmentEvent;

public sealed record InvestmentWrittenOff(string Key, DateOnly On) : InvestmentEvent;

/// <summary>One step of the saga was carried out by the other grain (<see cref="InvestmentSaga"/>); recorded so that a resumed saga goes on from the next.</summary>
public sealed record SagaStepDone(SagaStep Step) : InvestmentEvent;

/// <summary>
/// The enterprise or the club refused the investment on the way (a limit, the club's funds or
/// status): what was set aside is being given back, then the investment ends abandoned.
/// </summary>
public sealed record InvestmentRefused(RefusalKind Kind, string Field, string Rule, string Reason) : InvestmentEvent
{
    public Refusal Refusal => new(Kind, Field, Rule, Reason);
}

/// <summary>A committed investment that will not be paid is called off: the stake and the club's funds are being given back.</summary>
public sealed record CancellationRequested(string Key, DateOnly On, string Reason) : InvestmentEvent;

public sealed record InvestmentCancelled(string Key, DateOnly On, string Reason) : InvestmentEvent;

/// <summary>Money paid back, recorded before the club is asked to take it back; <see cref="RepaymentRecorded"/> once it has.</summary>
public sealed record RepaymentRequested(string Key, Money Amount, DateOnly On) : InvestmentEvent;

/// <summary>The club leaves the enterprise, recorded before the club is told; <see cref="InvestmentExited"/> once it has been.</summary>
public sealed record ExitRequested(string Key, Money Amount, DateOnly On) : InvestmentEvent;

/// <summary>The stake is lost, recorded before the club is told; <see cref="InvestmentWrittenOff"/> once it has been.</summary>
public sealed record WriteOffRequested(string Key, DateOnly On) : InvestmentEvent;

/// <summary>The club refused a movement asked under the key: nothing moved; a retry with the key gets the same refusal.</summary>
public sealed record MovementRefused(string Key, RefusalKind Kind, string Field, string Rule, string Reason) : InvestmentEvent
{
    public Refusal Refusal => new(Kind, Field, Rule, Reason);
}
