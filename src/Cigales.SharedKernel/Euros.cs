using System.Globalization;

namespace Cigales.SharedKernel;

public static class Euros
{
    /// <summary>Cents as a treasurer reads them: 1 234,56 € (plain spaces, whatever the machine's cultures).</summary>
    public static string Format(long cents)
    {
        var magnitude = Math.Abs(cents);
        var units = (magnitude / 100).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
        return $"{(cents < 0 ? "-" : string.Empty)}{units},{magnitude % 100:00} €";
    }
}
