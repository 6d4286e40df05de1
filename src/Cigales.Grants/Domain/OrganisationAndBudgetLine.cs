using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

// Organisations and budget lines: small aggregates, one file.

public abstract record OrganisationEvent;

public sealed record OrganisationRegistered(string OrganisationId, RegisterOrganisation Details, DateTimeOffset RegisteredAt) : OrganisationEvent;

public sealed record OrganisationState(OrganisationRegistered? Registration) : IEventSourced<OrganisationState, OrganisationEvent>
{
    public static OrganisationState Initial { get; } = new((OrganisationRegistered?)null);

    public OrganisationState Apply(OrganisationEvent @event) => @event switch
    {
        OrganisationRegistered registered => new OrganisationState(registered),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not an organisation event"),
    };

    public OrganisationSnapshot? ToSnapshot() => Registration is { } r ? new OrganisationSnapshot(r.OrganisationId, r.Details, r.RegisteredAt) : null;
}

public static class OrganisationRules
{
    /// <summary>A funder or beneficiary: a name, an address, and a SIRET or an RNA number (or both), checked.</summary>
    public static Decision<OrganisationEvent> Register(OrganisationState state, string id, RegisterOrganisation command, DateTimeOffset now)
    {
        var details = command with
        {
            Name = command.Name.Trim(),
            Address = command.Address.Trim(),
            Siret = command.Siret.Trim(),
            Rna = command.Rna.Trim().ToUpperInvariant(),
        };
        var problems = new List<Refusal>();
        if (details.Name.Length == 0)
        {
            problems.Add(Refusal.Invalid("name", "organisation.name_required", "name must not be blank"));
        }

        if (details.Siret.Length == 0 && details.Rna.Length == 0)
        {
            problems.Add(Refusal.Invalid("siret", "organisation.identified", "an organisation has a SIRET or an RNA number"));
        }

        if (details.Siret.Length > 0 && !Siret.IsValid(details.Siret))
        {
            problems.Add(Refusal.Invalid("siret", "siret.valid", $"siret '{details.Siret}' is not a valid SIRET (14 digits passing the Luhn check, on the SIREN too)"));
        }

        if (details.Rna.Length > 0 && !Rna.IsValid(details.Rna))
        {
            problems.Add(Refusal.Invalid("rna", "rna.valid", $"rna '{details.Rna}' is not an RNA number (W followed by 9 digits)"));
        }

        if (problems.Count > 0)
        {
            return Decision<OrganisationEvent>.Refuse(problems);
        }

        return state.Registration is { } existing
            ? existing.Details == details
                ? Decision<OrganisationEvent>.Accept()
                : Refusal.Conflict("request_id", "organisation.request_reused", $"request_id already registered '{existing.Details.Name}' with other details")
            : Decision<OrganisationEvent>.Accept(new OrganisationRegistered(id, details, now));
    }
}

public abstract record BudgetLineEvent;

public sealed record BudgetLineOpened(string BudgetLineId, OpenBudgetLine Details) : BudgetLineEvent;

public sealed record BudgetCharged(string Key, string ConventionId, Money Amount) : BudgetLineEvent;

public sealed record BudgetReleased(string Key, string ConventionId, Money Amount) : BudgetLineEvent;

public sealed record BudgetLineState : IEventSourced<BudgetLineState, BudgetLineEvent>
{
    public static BudgetLineState Initial { get; } = new();

    public BudgetLineOpened? Opening { get; init; }

    /// <summary>What is charged, by convention.</summary>
    public ImmutableDictionary<string, Money> Charged { get; init; } = ImmutableDictionary<string, Money>.Empty;

    /// <summary>Each key's movement, for retries.</summary>
    public ImmutableDictionary<string, BudgetLineEvent> ByKey { get; init; } = ImmutableDictionary<string, BudgetLineEvent>.Empty;

    public Money ChargedTotal => Charged.Values.Sum();

    public Money Available => (Opening?.Details.Credits ?? Money.Zero) - ChargedTotal;

    public BudgetLineState Apply(BudgetLineEvent @event) => @event switch
    {
        BudgetLineOpened opened => this with { Opening = opened },
        BudgetCharged charged => this with
        {
            Charged = Charged.SetItem(charged.ConventionId, Charged.GetValueOrDefault(charged.ConventionId) + charged.Amount),
            ByKey = ByKey.SetItem(charged.Key, charged),
        },
        BudgetReleased released => this with
        {
            Charged = Charged.SetItem(released.ConventionId, Charged.GetValueOrDefault(released.ConventionId) - released.Amount),
            ByKey = ByKey.SetItem(released.Key, released),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not a budget line event"),
    };

    public BudgetLineSnapshot? ToSnapshot() => Opening is { } o ? new BudgetLineSnapshot(o.BudgetLineId, o.Details, ChargedTotal, Available) : null;
}

public static class BudgetLineRules
{
    /// <param name="funderExists">Whether the funder is a registered organisation.</param>
    public static Decision<BudgetLineEvent> Open(BudgetLineState state, string id, OpenBudgetLine command, bool funderExists)
    {
        var details = command with { Operation = command.Operation.Trim(), Imputation = command.Imputation.Trim(), Label = command.Label.Trim() };
        var refusal = (details.Operation.Length == 0 ? Refusal.Invalid("operation", "budget_line.operation_required", "operation must not be blank") : null)
            ?? (!details.Credits.IsPositive ? Refusal.Invalid("credits", "money.positive", $"credits must be more than zero cents, not {details.Credits.Cents}") : null)
            ?? (funderExists ? null : Unknown.Organisation(details.FunderId, "funder_id"));
        if (refusal is not null)
        {
            return refusal;
        }

        return state.Opening is { } existing
            ? existing.Details == details
                ? Decision<BudgetLineEvent>.Accept()
                : Refusal.Conflict("request_id", "budget_line.request_reused", "request_id already opened another budget line")
            : Decision<BudgetLineEvent>.Accept(new BudgetLineOpened(id, details));
    }

    /// <summary>A line never goes below zero: a charge beyond what is left is refused, saying what is left.</summary>
    public static Decision<BudgetLineEvent> Charge(BudgetLineState state, BudgetCharge command)
    {
        if (Retried(state, command, new BudgetCharged(command.Key, command.ConventionId, command.Amount)) is { } retried)
        {
            return retried;
        }

        var refusal = Exists(state)
            ?? (!command.Amount.IsPositive ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.Amount.Cents}") : null)
            ?? (command.Amount > state.Available
                ? Refusal.Precondition("budget_line_id", "budget_line.available",
                    $"the budget line {state.Opening!.Details.Operation} ({state.Opening.Details.Label}, {state.Opening.Details.Year}) has {state.Available} left: {command.Amount} cannot be charged to it")
                : null);
        return refusal is not null ? refusal : Decision<BudgetLineEvent>.Accept(new BudgetCharged(command.Key, command.ConventionId, command.Amount));
    }

    public static Decision<BudgetLineEvent> Release(BudgetLineState state, BudgetCharge command)
    {
        if (Retried(state, command, new BudgetReleased(command.Key, command.ConventionId, command.Amount)) is { } retried)
        {
            return retried;
        }

        var refusal = Exists(state)
            ?? (!command.Amount.IsPositive || command.Amount > state.Charged.GetValueOrDefault(command.ConventionId)
                ? Refusal.Invalid("amount", "budget_line.release_charged", $"only what was charged for the convention can be given back: {state.Charged.GetValueOrDefault(command.ConventionId)}")
                : null);
        return refusal is not null ? refusal : Decision<BudgetLineEvent>.Accept(new BudgetReleased(command.Key, command.ConventionId, command.Amount));
    }

    /// <summary>A key seen before: the same movement again changes nothing; another one under it is refused.</summary>
    private static Decision<BudgetLineEvent>? Retried(BudgetLineState state, BudgetCharge command, BudgetLineEvent movement) =>
        state.ByKey.GetValueOrDefault(command.Key) switch
        {
            null => null,
            var first when first == movement => Decision<BudgetLineEvent>.Accept(),
            _ => Refusal.Conflict("key", "budget_line.key_reused", $"the key '{command.Key}' already moved this line otherwise"),
        };

    private static Refusal? Exists(BudgetLineState state) =>
        state.Opening is null ? Unknown.BudgetLine() : null;
}
