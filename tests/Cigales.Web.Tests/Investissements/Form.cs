using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Cigales.Web.Tests.Investissements;

/// <summary>A screen's form fields found as a person finds them: by their label.</summary>
public static class Form
{
    /// <summary>The field labelled so, with its helper or error text.</summary>
    public static IElement Field<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : IComponent =>
        Label(screen, label).Closest(".mud-input-control") ?? throw new InvalidOperationException($"the label '{label}' is in no field");

    /// <summary>The input labelled so.</summary>
    public static IElement Input<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : IComponent =>
        screen.Find($"#{Label(screen, label).GetAttribute("for")}");

    /// <summary>Types into a field that reads each key (an amount).</summary>
    public static void Type<TScreen>(this IRenderedComponent<TScreen> screen, string label, string text)
        where TScreen : IComponent => screen.Input(label).Input(text);

    /// <summary>Fills a field read once left (a date, a name).</summary>
    public static void Fill<TScreen>(this IRenderedComponent<TScreen> screen, string label, string text)
        where TScreen : IComponent => screen.Input(label).Change(text);

    /// <summary>Clicks the button that says so.</summary>
    public static void Press<TScreen>(this IRenderedComponent<TScreen> screen, string text)
        where TScreen : IComponent =>
        screen.FindAll("button").Single(button => button.TextContent.Trim() == text).Click();

    private static IElement Label<TScreen>(IRenderedComponent<TScreen> screen, string label)
        where TScreen : IComponent =>
        screen.FindAll("label[for]").SingleOrDefault(element => element.TextContent.Trim().TrimEnd('*').Trim() == label)
        ?? throw new InvalidOperationException($"no field is labelled '{label}'");
}
