using MudBlazor;

namespace Cigales.Web.Components.Layout;

/// <summary>The app's colours: dark enough on white for the WCAG's AA contrast (4.5:1) on text and buttons.</summary>
public static class CigalesTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F5F3A",
            Secondary = "#8A4B08",
            AppbarBackground = "#1F5F3A",
            Info = "#0B5CAD",
            Success = "#1E6B2E",
            Warning = "#8A5300",
            Error = "#B00020",
        },
    };
}
