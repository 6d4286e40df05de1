using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Cigales.Web.Tests.Evenements;

/// <summary>A screen's fields as a person finds them: by the label they read.</summary>
internal static class Form
{
    /// <summary>The input control (label, input, helper or error text) whose label reads so.</summary>
    public static IElement Control<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : class, IComponent =>
        screen.FindAll(".mud-input-control").FirstOrDefault(control => control.QuerySelector("label")?.TextContent.Trim().TrimEnd('*').Trim() == label)
        ?? throw new InvalidOperationException($"no field labelled '{label}' in {screen.Markup}");

    /// <summary>Types into the field labelled so, as a person does before leaving it.</summary>
    public static void Type<TScreen>(this IRenderedComponent<TScreen> screen, string label, string text)
        where TScreen : class, IComponent =>
        screen.Control(label).QuerySelector("input, textarea")!.Change(text);

    /// <summary>Picks a value in a select, as a click on its item does.</summary>
    public static void Pick<TScreen, T>(this IRenderedComponent<TScreen> screen, string label, T value)
        where TScreen : class, IComponent
    {
        var select = screen.FindComponents<MudSelect<T>>().First(found => found.Instance.Label == label);
        select.InvokeAsync(() => select.Instance.SelectOption(value));
    }

    public static void Click<TScreen>(this IRenderedComponent<TScreen> screen, string button)
        where TScreen : class, IComponent =>
        screen.FindAll("button").First(found => found.TextContent.Trim() == button || found.GetAttribute("aria-label") == button).Click();
}
