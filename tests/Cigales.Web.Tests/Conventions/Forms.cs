using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Cigales.Web.Tests.Conventions;

/// <summary>What a person finds on a screen by its words: a field by its label, a button by its text, what is written beside a field.</summary>
public static class Forms
{
    /// <summary>The MudBlazor control (label, input, helper or error text) of the field labelled so, within the screen or a part of it.</summary>
    public static IElement Control(this IElement within, string label) =>
        within.QuerySelectorAll(".mud-input-control").Single(control => Label(control) == label);

    public static IElement Control<T>(this IRenderedComponent<T> screen, string label)
        where T : IComponent =>
        screen.FindAll(".mud-input-control").Single(control => Label(control) == label);

    public static IElement Field(this IElement within, string label) => within.Control(label).QuerySelector("input, textarea")!;

    public static IElement Field<T>(this IRenderedComponent<T> screen, string label)
        where T : IComponent =>
        screen.Control(label).QuerySelector("input, textarea")!;

    /// <summary>The text written under the field: its error when it has one.</summary>
    public static string Beside(this IElement control) =>
        control.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? string.Empty;

    public static IElement Button(this IElement within, string text) =>
        within.QuerySelectorAll("button").Single(button => button.TextContent.Trim() == text);

    public static IElement Button<T>(this IRenderedComponent<T> screen, string text)
        where T : IComponent =>
        screen.FindAll("button").Single(button => button.TextContent.Trim() == text);

    public static bool HasButton<T>(this IRenderedComponent<T> screen, string text)
        where T : IComponent =>
        screen.FindAll("button").Any(button => button.TextContent.Trim() == text);

    private static string Label(IElement control) =>
        control.QuerySelector("label")?.TextContent.Replace("*", string.Empty, StringComparison.Ordinal).Trim() ?? string.Empty;
}
