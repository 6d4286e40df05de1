using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>
/// The rules of an enterprise's details and of the clubs' stakes in it (DOMAIN.md): a club holds at
/// most 25 % of an SARL's capital (an SCOP SARL's too) and a third of an SAS's (an SCIC's too); a
/// partner's current-account advance only once it holds at least 5 %; a contribution with right
/// of recovery only for an association.
/// </summary>
public static class EnterpriseRules
{
    /// <param name="holderExists">Whether the project holder named exists (true when none is named).</param>
    public static Decision<EnterpriseEvent> Register(
        EnterpriseState state, string enterpriseId, RegisterEnterprise command, bool holderExists, DateTimeOffset now)
    {
        var details = command with
        {
            Name = command.Name.Trim(),
            Siret = command.Siret.Trim(),
            Rna = command.Rna.Trim().ToUpperInvariant(),
            Activity = command.Activity.Trim(),
            Town = command.Town.Trim(),
            CommuneCode = command.CommuneCode.Trim().ToUpperInvariant(),
            Department = command.Department.Trim().ToUpperInvariant(),
            Territory = command.Territory.Trim(),
            HolderId = command.HolderId.Trim(),
        };
        var refusal = (details.Name.Length == 0 ? Refusal.Invalid("name", "enterprise.name_required", "name must not be blank") : null)
            ?? (details.Siret.Length > 0 && !Siret.IsValid(details.Siret)
                ? Refusal.Invalid("siret", "siret.valid", $"siret '{details.Siret}' is not a valid SIRET (14 digits passing the Luhn check, on the SIREN too)")
                : null)
            ?? (details.Rna.Length > 0 && !Rna.IsValid(details.Rna)
                ? Refusal.Invalid("rna", "rna.valid", $"rna '{details.Rna}' is not an RNA number (W followed by 9 digits)")
                : null)
            ?? (details.Rna.Length > 0 && details.LegalForm != LegalForm.Association
                ? Refusal.Invalid("rna", "rna.association", "only an association has an RNA number")
                : null)
            ?? InseeCommune.Check(details.CommuneCode, details.Department)
            ?? (details.ShareCapital is { } capital && !capital.IsPositive
                ? Refusal.Invalid("share_capital", "money.positive", $"share_capital must be more than zero cents, not {capital.Cents}")
                : null)
            ?? (details.ShareCapital is not null && details.LegalForm is LegalForm.Association or LegalForm.SoleTrader
                ? Refusal.Invalid("share_capital", "enterprise.no_capital", $"{Name(details.LegalForm)} has no share capital")
                : null)
            ?? (holderExists ? null : Unknown.ProjectHolder(details.HolderId, "holder_id"));
        if (refusal is not null)
        {
            return refusal;
        }

        if (state.Registration is { } existing)
        {
            return existing.Details == details
                ? Decision<EnterpriseEvent>.Accept()
                : Refusal.Conflict("request_id", "enterprise.request_reused", $"request_id already registered the enterprise '{existing.Details.Name}' with other details");
        }

        return Decision<EnterpriseEvent>.Accept(new EnterpriseRegistered(enterpriseId, details, now));
    }

    public static Decision<EnterpriseEvent> Allocate(EnterpriseState state, AllocateStake command)
    {
        if (!state.Exists)
        {
            return Unknown.Enterprise();
        }

        if (state.Stakes.GetValueOrDefault(command.InvestmentId) is { } existing)
        {
            // The saga asks again after a failure: the same stake changes nothing.
            return (existing.ClubId, existing.Instrument, existing.Amount) == (command.ClubId, command.Instrument, command.Amount)
                ? Decision<EnterpriseEvent>.Accept()
                : Refusal.Conflict("investment_id", "stake.reused", $"investment '{command.InvestmentId}' already set aside another stake");
        }

        var refusal = !command.Amount.IsPositive
            ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.Amount.Cents}")
            : command.Instrument switch
            {
                Instrument.EquityShares => EquityLimits(state, command),
                Instrument.CurrentAccountAdvance => AdvanceThreshold(state, command),
                Instrument.ContributionWithRightOfRecovery => state.Details.LegalForm == LegalForm.Association
                    ? null
                    : Refusal.Precondition("instrument", "instrument.recovery_association", $"a contribution with right of recovery is for associations, not {Name(state.Details.LegalForm)}"),
                _ => null,
            };
        return refusal is not null
            ? refusal
            : Decision<EnterpriseEvent>.Accept(new StakeAllocated(command.InvestmentId, command.ClubId, command.Instrument, command.Amount, command.On));
    }

    public static Decision<EnterpriseEvent> Confirm(EnterpriseState state, string investmentId, DateOnly on) =>
        state.Stakes.GetValueOrDefault(investmentId) switch
        {
            null => Refusal.NotFound("investment_id", "stake.exists", $"no stake was set aside for investment '{investmentId}'"),
            { Status: StakeStatus.Released } => Refusal.Precondition("investment_id", "stake.released", $"the stake of investment '{investmentId}' was released"),
            { Status: StakeStatus.Held } => Decision<EnterpriseEvent>.Accept(),
            _ => Decision<EnterpriseEvent>.Accept(new StakeConfirmed(investmentId, on)),
        };

    /// <summary>Releasing what is not (or no longer) set aside changes nothing: compensation may run twice.</summary>
    public static Decision<EnterpriseEvent> Release(EnterpriseState state, string investmentId, DateOnly on) =>
        state.Stakes.GetValueOrDefault(investmentId) is { Status: not StakeStatus.Released }
            ? Decision<EnterpriseEvent>.Accept(new StakeReleased(investmentId, on))
            : Decision<EnterpriseEvent>.Accept();

    public static Decision<EnterpriseEvent> RecordCoFinancing(EnterpriseState state, RecordCoFinancing command, DateOnly today)
    {
        if (state.CoFinancing.FirstOrDefault(line => line.Key == command.Key) is { } first)
        {
            return (first.PartnerId, first.Amount, first.Instrument, first.On) == (command.PartnerId, command.Amount, command.Instrument, command.On)
                ? Decision<EnterpriseEvent>.Accept()
                : Refusal.Conflict("request_id", "cofinancing.key_reused", $"this key already recorded {first.Amount} from {first.PartnerName}");
        }

        var refusal = !state.Exists
            ? Unknown.Enterprise()
            : command.PartnerId.Trim().Length == 0 || command.PartnerName.Trim().Length == 0
                ? Refusal.Invalid("partner", "cofinancing.partner_named", "a co-financing names its partner")
                : !command.Amount.IsPositive
                    ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.Amount.Cents}")
                    : command.On > today
                        ? Refusal.Invalid("on", "date.not_future", $"on {CalendarDate.ToIso(command.On)} is in the future")
                        : null;
        return refusal is not null
            ? refusal
            : Decision<EnterpriseEvent>.Accept(new CoFinancingRecorded(
                command.Key, command.PartnerId.Trim(), command.PartnerName.Trim(), command.Amount, command.Instrument, command.On));
    }

    private static Refusal? EquityLimits(EnterpriseState state, AllocateStake command)
    {
        var form = state.Details.LegalForm;
        if (form is not (LegalForm.Sarl or LegalForm.Scop or LegalForm.Sas or LegalForm.Scic))
        {
            return Refusal.Precondition("instrument", "instrument.equity_company",
                $"equity shares need a company with share capital, not {Name(form)}" + (form == LegalForm.Association ? ": an association can be financed by a contribution with right of recovery" : string.Empty));
        }

        if (state.Details.ShareCapital is not { } capital)
        {
            return Refusal.Precondition("instrument", "enterprise.capital_known", "the enterprise's share capital is not known: record it before taking shares");
        }

        // Exact integer comparisons, on cents widened so that a stake far beyond any capital cannot
        // overflow: held × 4 ≤ capital is "at most 25 %", held × 3 ≤ capital "at most a third".
        var held = state.EquityOf(command.ClubId) + command.Amount;
        var (parts, limit) = form is LegalForm.Sarl or LegalForm.Scop ? (4, "25 %") : (3, "a third");
        if ((Int128)held.Cents * parts > capital.Cents)
        {
            return Refusal.Precondition("amount", "stake.limit",
                $"a club holds at most {limit} of {WithArticle(form)}'s capital: the club would hold {Percent(held, capital)} ({held} of {capital})");
        }

        var allClubs = state.EquityOfAllClubs + command.Amount;
        return allClubs > capital
            ? Refusal.Precondition("amount", "stake.capital",
                $"the clubs would hold {allClubs} of a capital of {capital}: only {capital - state.EquityOfAllClubs} of it is left")
            : null;
    }

    private static Refusal? AdvanceThreshold(EnterpriseState state, AllocateStake command)
    {
        var held = state.EquityOf(command.ClubId, heldOnly: true);
        // held × 20 ≥ capital is "at least 5 %", compared exactly as the limits are.
        return state.Details.ShareCapital is { } capital && (Int128)held.Cents * 20 >= capital.Cents
            ? null
            : Refusal.Precondition("instrument", "instrument.advance_threshold",
                $"a current-account advance needs the club to hold at least 5 % of the capital: it holds {(state.Details.ShareCapital is { } c ? Percent(held, c) : "no share")}");
    }

    /// <summary>
    /// The part as a percentage of the whole, cut (not rounded) to two decimals, so that a stake
    /// just short of 5 % never shows as 5 %; no share of a zero capital (which registration refuses).
    /// </summary>
    private static string Percent(Money part, Money whole) =>
        part.PartOf(whole) is { } ratio
            ? $"{Math.Round(100m * ratio, 2, MidpointRounding.ToZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')} %"
            : "no share";

    private static string Name(LegalForm form) => form switch
    {
        LegalForm.Association => "an association",
        LegalForm.SoleTrader => "a sole trader",
        LegalForm.Couveuse => "a business incubator (couveuse)",
        LegalForm.Cae => "a cooperative (CAE)",
        _ => $"an {form.ToString().ToUpperInvariant()}",
    };

    private static string WithArticle(LegalForm form) => $"an {form.ToString().ToUpperInvariant()}";
}
