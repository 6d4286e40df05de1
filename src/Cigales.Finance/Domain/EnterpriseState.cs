using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

public sealed record EnterpriseState : IEventSourced<EnterpriseState, EnterpriseEvent>
{
    public static EnterpriseState Initial { get; } = new();

    public EnterpriseRegistered? Registration { get; init; }

    /// <summary>The clubs' stakes, by investment id.</summary>
    public ImmutableDictionary<string, Stake> Stakes { get; init; } = ImmutableDictionary<string, Stake>.Empty;

    public ImmutableList<CoFinancingRecorded> CoFinancing { get; init; } = [];

    public bool Exists => Registration is not null;

    public RegisterEnterprise Details => Registration!.Details;

    /// <summary>The equity a club holds or has set aside (released stakes no longer count).</summary>
    public Money EquityOf(string clubId, bool heldOnly = false) => Stakes.Values
        .Where(stake => stake.ClubId == clubId && stake.Instrument == Instrument.EquityShares)
        .Where(stake => heldOnly ? stake.Status == StakeStatus.Held : stake.Status != StakeStatus.Released)
        .Sum(stake => stake.Amount);

    public Money EquityOfAllClubs => Stakes.Values
        .Where(stake => stake.Instrument == Instrument.EquityShares && stake.Status != StakeStatus.Released)
        .Sum(stake => stake.Amount);

    public EnterpriseState Apply(EnterpriseEvent @event) => @event switch
    {
        EnterpriseRegistered registered => this with { Registration = registered },
        StakeAllocated allocated => this with
        {
            Stakes = Stakes.SetItem(allocated.InvestmentId, new Stake(allocated.ClubId, allocated.Instrument, allocated.Amount, StakeStatus.Pending)),
        },
        StakeConfirmed confirmed => this with { Stakes = Stakes.SetItem(confirmed.InvestmentId, Stakes[confirmed.InvestmentId] with { Status = StakeStatus.Held }) },
        StakeReleased released => this with { Stakes = Stakes.SetItem(released.InvestmentId, Stakes[released.InvestmentId] with { Status = StakeStatus.Released }) },
        CoFinancingRecorded recorded => this with { CoFinancing = CoFinancing.Add(recorded) },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not an enterprise event"),
    };

    public EnterpriseSnapshot? ToSnapshot() => Registration is { } r
        ? new EnterpriseSnapshot(
            r.EnterpriseId,
            r.Details,
            LegalCategories.Of(r.Details.LegalForm),
            r.RegisteredAt,
            CoFinancing.Select(line => new CoFinancingLine(line.Key, line.PartnerId, line.PartnerName, line.Amount, line.Instrument, line.On)).ToList())
        : null;
}

public enum StakeStatus
{
    Pending,
    Held,
    Released,
}

public sealed record Stake(string ClubId, Instrument Instrument, Money Amount, StakeStatus Status);

/// <summary>The INSEE legal category codes of the forms that have one (DOMAIN.md, "Identifiers").</summary>
public static class LegalCategories
{
    public static string Of(LegalForm form) => form switch
    {
        LegalForm.Association => "9220",
        LegalForm.Sas => "5710",
        LegalForm.Sarl => "5499",
        LegalForm.Scop => "5458",
        LegalForm.SoleTrader => "1000",
        _ => string.Empty,
    };
}
