namespace Cigales.Web.Components.Pages.Porteurs;

/// <summary>An amount in a form: shown as a person types it, read back with <see cref="Formatting.French.Cents"/>.</summary>
public static class Euros
{
    /// <summary>Beside an amount that does not read as euros: nothing is sent.</summary>
    public const string Unreadable = "Saisissez un montant en euros, par exemple 5 000 ou 5000,50.";

    /// <summary>Cents as a person would type them: 45 000, 45 000,5.</summary>
    public static string Typed(long cents) => (cents / 100m).ToString("#,##0.##", WebAppRegistration.French);
}
