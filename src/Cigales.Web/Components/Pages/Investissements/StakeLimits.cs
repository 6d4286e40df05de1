using System.Globalization;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Web.Components.Pages.Clubs;
using Cigales.Web.Formatting;

namespace Cigales.Web.Components.Pages.Investissements;

/// <summary>One limit on a stake, as the person reads it before sending; exceeded when the amount typed goes past it.</summary>
public sealed record StakeLine(string Text, bool Exceeded);

/// <summary>
/// The limits the finance service applies to a club's stake (DOMAIN.md, DESIGN.md "Finance"),
/// computed from the API's own figures so that the person sees them while typing: the club's
/// available funds and status (Clubs), the enterprise's legal form and share capital, and the
/// stakes already taken in it (the enterprise's investments not abandoned nor cancelled). The
/// service checks them again, exactly; a figure not yet known shows no limit.
/// </summary>
public sealed class StakeLimits(string clubId, ClubPage? club, Enterprise? enterprise, IReadOnlyList<Investment> enterpriseInvestments)
{
    private static readonly CultureInfo Culture = WebAppRegistration.French;

    /// <summary>The equity a club holds or has set aside in the enterprise; a stake given back no longer counts.</summary>
    public long EquityOf(string club) => Stakes.Where(investment => investment.ClubId == club).Sum(investment => investment.Amount?.Cents ?? 0);

    /// <summary>The equity the club was paid for: what counts towards the 5 % a current-account advance needs.</summary>
    public long PaidEquityOf(string club) => Stakes
        .Where(investment => investment.ClubId == club && investment.DisbursedOn.Length > 0)
        .Sum(investment => investment.Amount?.Cents ?? 0);

    public long EquityOfAllClubs => Stakes.Sum(investment => investment.Amount?.Cents ?? 0);

    private IEnumerable<Investment> Stakes => enterpriseInvestments.Where(investment =>
        investment.Instrument == Instrument.EquityShares
        && investment.Status is not (InvestmentStatus.Abandoned or InvestmentStatus.Cancelled or InvestmentStatus.Unspecified));

    private long? Capital => enterprise?.ShareCapital?.Cents;

    /// <summary>The most this club may put in with this instrument, as far as the figures known tell; null when nothing caps it.</summary>
    public long? Ceiling(Instrument instrument)
    {
        var ceilings = new List<long>();
        if (club?.Savings?.AvailableFunds is { } funds)
        {
            ceilings.Add(Math.Max(0, funds.Cents));
        }

        if (instrument == Instrument.EquityShares && EquityShare() is { } share && Capital is { } capital)
        {
            ceilings.Add(Math.Max(0, (capital / share.Parts) - EquityOf(clubId)));
            ceilings.Add(Math.Max(0, capital - EquityOfAllClubs));
        }

        return ceilings.Count == 0 ? null : ceilings.Min();
    }

    /// <summary>Each limit that applies, in French, with whether the amount typed goes past it.</summary>
    public IReadOnlyList<StakeLine> Lines(Instrument instrument, long? amount)
    {
        var typed = amount ?? 0;
        var lines = new List<StakeLine>();
        if (club is not null)
        {
            var funds = club.Savings?.AvailableFunds?.Cents ?? 0;
            lines.Add(new StakeLine($"Fonds disponibles du club : {French.Amount(funds)}", typed > funds));
            if (club.StatusAsOf != ClubStatus.Investing)
            {
                lines.Add(new StakeLine(
                    $"Le club est « {ClubLabels.Status(club.StatusAsOf).ToLower(Culture)} » : seul un club en investissement prend une nouvelle participation.", true));
            }
        }

        if (enterprise is not null)
        {
            lines.AddRange(instrument switch
            {
                Instrument.EquityShares => EquityLines(typed),
                Instrument.CurrentAccountAdvance => [AdvanceLine()],
                Instrument.ContributionWithRightOfRecovery => enterprise.LegalForm == LegalForm.Association
                    ? []
                    : [new StakeLine($"L'apport avec droit de reprise est réservé aux associations ; l'entreprise est : {InvestmentLabels.LegalForm(enterprise.LegalForm)}.", true)],
                _ => [],
            });
        }

        if (Ceiling(instrument) is { } ceiling && (club is not null || enterprise is not null))
        {
            lines.Add(new StakeLine($"Montant au plus pour ce club : {French.Amount(ceiling)}", typed > ceiling));
        }

        return lines;
    }

    private IEnumerable<StakeLine> EquityLines(long typed)
    {
        var form = enterprise!.LegalForm;
        if (EquityShare() is not { } share)
        {
            yield return new StakeLine(
                $"Les parts sociales demandent une société à capital (SARL, SCOP, SAS ou SCIC) ; l'entreprise est : {InvestmentLabels.LegalForm(form)}."
                + (form == LegalForm.Association ? " Une association se finance par un apport avec droit de reprise." : string.Empty),
                true);
            yield break;
        }

        if (Capital is not { } capital)
        {
            yield return new StakeLine("Le capital social de l'entreprise n'est pas connu : enregistrez-le avant de prendre des parts.", true);
            yield break;
        }

        var held = EquityOf(clubId);
        var mostHeld = capital / share.Parts;
        yield return new StakeLine(
            $"Plafond de participation : {share.Words} du capital de {French.Amount(capital)} ({InvestmentLabels.LegalForm(form)}), soit {French.Amount(mostHeld)} ; "
            + $"le club en détient déjà {French.Amount(held)} ({Percent(held, capital)}) et peut encore prendre {French.Amount(Math.Max(0, mostHeld - held))}.",
            (Int128)(held + typed) * share.Parts > capital);
        var taken = EquityOfAllClubs;
        yield return new StakeLine(
            $"Capital encore ouvert aux clubs : {French.Amount(Math.Max(0, capital - taken))} sur {French.Amount(capital)}.",
            taken + typed > capital);
    }

    private StakeLine AdvanceLine()
    {
        var held = PaidEquityOf(clubId);
        return Capital is { } capital
            ? new StakeLine(
                $"Une avance en compte courant demande que le club détienne au moins 5 % du capital ; il en détient {Percent(held, capital)} ({French.Amount(held)} de {French.Amount(capital)}).",
                (Int128)held * 20 < capital)
            : new StakeLine("Une avance en compte courant demande que le club détienne au moins 5 % du capital ; le capital de l'entreprise n'est pas connu.", true);
    }

    /// <summary>A club's share of the capital at most: 25 % of an SARL (an SCOP's too), a third of an SAS (an SCIC's too); null for a form without shares.</summary>
    private (int Parts, string Words)? EquityShare() => enterprise?.LegalForm switch
    {
        LegalForm.Sarl or LegalForm.Scop => (4, "25 %"),
        LegalForm.Sas or LegalForm.Scic => (3, "un tiers"),
        _ => null,
    };

    /// <summary>Cut, not rounded, to two decimals, as the service writes it: a stake just short of 5 % never shows as 5 %.</summary>
    private static string Percent(long part, long whole) =>
        whole == 0 ? "0 %" : $"{Math.Round(100m * part / whole, 2, MidpointRounding.ToZero).ToString("0.##", Culture)} %";
}
