using Cigales.Contracts.Grants.V1;
using Cigales.Web.Formatting;

namespace Cigales.Web.Components.Pages.Conventions;

/// <summary>A step of a convention's life: done (on its day) or still ahead (by its due day, when it has one).</summary>
public sealed record ConventionStep(string Title, bool Done, string When, string Detail = "");

/// <summary>
/// A convention's life as the staff follow it, from the draft to the closure (or the termination),
/// read from what the convention records.
/// </summary>
public static class ConventionSteps
{
    public static IReadOnlyList<ConventionStep> Of(Convention convention)
    {
        var steps = new List<ConventionStep>
        {
            new("Préparée", true, convention.DraftedAt is { } drafted ? $"le {French.Date(DateOnly.FromDateTime(drafted.ToDateTime()))}" : string.Empty),
            convention.Report is { } report
                ? new("Rapport au comité", true, Day(report.OpinionOn), $"Rapport n° {report.Number}{(report.Opinion.Length > 0 ? $", avis {report.Opinion}" : string.Empty)}")
                : new("Rapport au comité", false, string.Empty),
            Vote(convention),
            convention.SignedOn.Length > 0 ? new("Signée", true, Day(convention.SignedOn)) : new("Signée", false, string.Empty),
            Payments(convention),
            convention.FinalReport is { } final
                ? new("Bilan final remis", true, Day(final.On))
                : new("Bilan final remis", false, Due(convention.Terms.FinalReportDue)),
            convention.Accepted is { } accepted
                ? new("Contrôlée", true, string.Empty, $"Montant retenu : {French.Amount(accepted)}")
                : new("Contrôlée", false, string.Empty),
            convention.ClosedOn.Length > 0 ? new("Clôturée", true, Day(convention.ClosedOn)) : new("Clôturée", false, string.Empty),
        };
        if (convention.Termination is { } termination)
        {
            // Terminated, the steps not reached never will be.
            steps.RemoveAll(step => !step.Done);
            steps.Add(new("Résiliée", true, Day(termination.On), ConventionLabels.Termination(termination.Kind)));
        }

        return steps;
    }

    private static ConventionStep Vote(Convention convention) => convention.Deliberation switch
    {
        { Adopted: true } adopted => new("Votée", true, Day(adopted.On), Deliberation(adopted)),
        { } rejected => new("Votée", false, string.Empty, $"Rejetée : {Deliberation(rejected)}"),
        null => new("Votée", false, string.Empty),
    };

    public static string Deliberation(Deliberation deliberation) =>
        $"Délibération n° {deliberation.Number}{(deliberation.Body.Length > 0 ? $" ({deliberation.Body})" : string.Empty)} du {French.Date(deliberation.On)} : "
        + $"{deliberation.For} pour, {deliberation.Against} contre, {deliberation.Abstentions} abstention(s), {deliberation.AbsentWithoutProxy} absent(s) sans pouvoir"
        + (deliberation.Adopted ? " — adoptée" : " — rejetée");

    private static ConventionStep Payments(Convention convention)
    {
        var paid = convention.Paid?.Cents ?? 0;
        var grant = convention.Terms.Grant?.Cents ?? 0;
        if (convention.Payments.Count == 0)
        {
            return new("Versée", false, string.Empty, $"Subvention de {French.Amount(grant)}");
        }

        var last = convention.Payments.Select(payment => payment.On).Max(StringComparer.Ordinal) ?? string.Empty;
        return new("Versée", paid >= grant, Day(last), $"{French.Amount(paid)} versés sur {French.Amount(grant)}");
    }

    private static string Day(string isoDate) => isoDate.Length > 0 ? $"le {French.Date(isoDate)}" : string.Empty;

    private static string Due(string isoDate) => isoDate.Length > 0 ? $"attendu au plus tard le {French.Date(isoDate)}" : string.Empty;
}
