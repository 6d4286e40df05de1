using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Cigales.Web.Tests.Porteurs;

/// <summary>A screen's fields and buttons found as a person finds them: by their label, by their text.</summary>
public static class FormFields
{
    /// <summary>The input a label names (MudBlazor ties them with the label's <c>for</c>).</summary>
    public static IElement Field<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : IComponent
    {
        var named = screen.FindAll("label").Single(element => element.TextContent.Trim().TrimEnd('*').Trim() == label);
        return screen.Find($"#{named.GetAttribute("for")}");
    }

    /// <summary>What the field shows beneath it: its helper text, or the problem in its place.</summary>
    public static string Beneath<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : IComponent =>
        screen.Field(label).Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? string.Empty;

    /// <summary>Types into a field: a field that reacts as one types (<c>Immediate</c>) listens to input, the others to change.</summary>
    public static void Type<TScreen>(this IRenderedComponent<TScreen> screen, string label, string text)
        where TScreen : IComponent
    {
        try
        {
            screen.Field(label).Change(text);
        }
        catch (MissingEventHandlerException)
        {
            screen.Field(label).Input(text);
        }
    }

    public static IElement Button<TScreen>(this IRenderedComponent<TScreen> screen, string text)
        where TScreen : IComponent => screen.FindAll("button").Single(button => button.TextContent.Trim() == text);

    public static bool Offers<TScreen>(this IRenderedComponent<TScreen> screen, string text)
        where TScreen : IComponent => screen.FindAll("button, a").Any(element => element.TextContent.Trim() == text);
}
