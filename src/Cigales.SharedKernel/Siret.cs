namespace Cigales.SharedKernel;

/// <summary>
/// SIREN and SIRET numbers of French establishments (see DOMAIN.md, "Identifiers"): a SIRET is
/// 14 digits, the 9-digit SIREN followed by a 5-digit establishment number, valid when the Luhn
/// check passes on all 14 digits and on the SIREN. La Poste's establishments are numbered under one
/// SIREN and follow their own rule: the sum of the digits is a multiple of 5.
/// </summary>
public static class Siret
{
    private const string LaPosteSiren = "356000000";

    // The head office of La Poste follows the general rule, not La Poste's own.
    private const string LaPosteHeadOffice = "35600000000048";

    public static bool IsValid(string siret)
    {
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && siret != LaPosteHeadOffice)
        {
            return siret.Sum(digit => digit - '0') % 5 == 0;
        }

        return PassesLuhn(siret) && PassesLuhn(siret[..9]);
    }

    public static bool IsValidSiren(string siren) =>
        siren.Length == 9 && siren.All(char.IsAsciiDigit) && PassesLuhn(siren);

    /// <summary>The Luhn check: from the rightmost digit, double every second digit, sum the digits, a multiple of 10 passes.</summary>
    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
