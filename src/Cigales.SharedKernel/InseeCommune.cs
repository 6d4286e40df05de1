using System.Text.RegularExpressions;

namespace Cigales.SharedKernel;

/// <summary>
/// A commune's INSEE code (code officiel géographique): 5 characters, the department's code first —
/// two digits in mainland France, 2A or 2B in Corsica, three digits overseas (971 to 976) — then
/// the commune's number in it. So a commune lies in the department its code begins with: 62193
/// in 62, 2A004 in 2A, 97411 in 974.
/// </summary>
public static partial class InseeCommune
{
    public static bool IsValid(string code) => Pattern().IsMatch(code);

    /// <summary>The department the commune lies in: 2 characters, or 3 digits overseas.</summary>
    public static string Department(string code) => code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..2];

    /// <summary>Whether the commune lies in the department (a code the department's code begins).</summary>
    public static bool IsIn(string code, string department) => IsValid(code) && Department(code) == department;

    /// <summary>
    /// Why the commune's code is not one, or not in the department, naming the field at fault; null
    /// when it is (or when one of the two is not given).
    /// </summary>
    public static Refusal? Check(string code, string department, string codeField = "commune_code", string departmentField = "department")
    {
        if (code.Length == 0)
        {
            return null;
        }

        if (!IsValid(code))
        {
            return Refusal.Invalid(codeField, "commune.code", $"{codeField} '{code}' is not an INSEE commune code: 5 digits, or 2A/2B and 3 digits");
        }

        return department.Length == 0 || Department(code) == department
            ? null
            : Refusal.Invalid(departmentField, "commune.department", $"the commune {code} lies in the department {Department(code)}, not {department}");
    }

    [GeneratedRegex("^([0-9]{5}|2[AB][0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
