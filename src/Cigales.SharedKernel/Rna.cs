namespace Cigales.SharedKernel;

/// <summary>The associations' register (Répertoire national des associations) number: <c>W</c> and 9 digits.</summary>
public static class Rna
{
    public static bool IsValid(string rna) =>
        rna.Length == 10 && rna[0] == 'W' && rna.Skip(1).All(char.IsAsciiDigit);
}
