using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Cigales.Web.Tests;

/// <summary>
/// A screen as a person uses it: a field found by the label they read, a button by what it says.
/// Tests say what the person does, not how MudBlazor draws it; a field or button that is missing,
/// or named twice, fails the test with the name in the message.
/// </summary>
public static class ScreenQueries
{
    /// <summary>The MudBlazor field labelled so: its label, its input, and the text beneath it.</summary>
    public static IElement Field<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : class, IComponent =>
        FieldAmong(screen.FindAll(".mud-input-control"), label);

    /// <summary>The field labelled so within a part of the screen (a line, a card), where the same label recurs elsewhere.</summary>
    public static IElement Field(this IElement within, string label) =>
        FieldAmong(within.QuerySelectorAll(".mud-input-control"), label);

    /// <summary>The input the label names (its <c>for</c>): what the field holds is its <c>value</c>.</summary>
    public static IElement Input<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : class, IComponent =>
        InputOf(screen.Field(label), label);

    /// <summary>What is written beneath the field: its helper text, or its error in its place; empty when nothing is.</summary>
    public static string Beneath<TScreen>(this IRenderedComponent<TScreen> screen, string label)
        where TScreen : class, IComponent =>
        TextBeneath(screen.Field(label));

    public static string Beneath(this IElement within, string label) => TextBeneath(within.Field(label));

    /// <summary>
    /// Types into the field without leaving it: only a field that reads each key (<c>Immediate</c>, an amount that
    /// marks its limits as it is typed) takes the text; a test of what the screen shows while typing uses this.
    /// </summary>
    public static void Type<TScreen>(this IRenderedComponent<TScreen> screen, string label, string text)
        where TScreen : class, IComponent =>
        screen.Input(label).Input(text);

    /// <summary>Fills in the field and leaves it: the change every field reads (a name, a date, a number).</summary>
    public static void Fill<TScreen>(this IRenderedComponent<TScreen> screen, string label, string text)
        where TScreen : class, IComponent =>
        screen.Input(label).Change(text);

    public static void Fill(this IElement within, string label, string text) => InputOf(within.Field(label), label).Change(text);

    /// <summary>Picks a value in the select labelled so, as a click on its item does (its list opens in a popover the screen does not hold).</summary>
    public static void Pick<TScreen, TValue>(this IRenderedComponent<TScreen> screen, string label, TValue value)
        where TScreen : class, IComponent
    {
        var selects = screen.FindComponents<MudSelect<TValue>>().Where(found => found.Instance.Label == label).ToList();
        var select = selects.Count == 1 ? selects[0] : throw new InvalidOperationException($"{selects.Count} selects labelled '{label}', not one");
        select.InvokeAsync(() => select.Instance.SelectOption(value));
    }

    /// <summary>Clicks the button that says so, or that an icon button's <c>aria-label</c> names.</summary>
    public static void Click<TScreen>(this IRenderedComponent<TScreen> screen, string name)
        where TScreen : class, IComponent
    {
        var buttons = screen.FindAll("button").Where(button => IsNamed(button, name)).ToList();
        var button = buttons.Count == 1 ? buttons[0] : throw new InvalidOperationException($"{buttons.Count} buttons named '{name}', not one");
        button.Click();
    }

    /// <summary>Whether the screen offers to act so: a button or a link that says so.</summary>
    public static bool Offers<TScreen>(this IRenderedComponent<TScreen> screen, string name)
        where TScreen : class, IComponent =>
        screen.FindAll("button, a").Any(element => IsNamed(element, name));

    private static IElement FieldAmong(IEnumerable<IElement> fields, string label)
    {
        var labelled = fields.Where(field => LabelOf(field) == label).ToList();
        return labelled.Count == 1 ? labelled[0] : throw new InvalidOperationException($"{labelled.Count} fields labelled '{label}', not one");
    }

    // MudBlazor ends the label of a required field with an asterisk; a person reads the label without it.
    private static string LabelOf(IElement field) =>
        field.QuerySelector("label")?.TextContent.Trim().TrimEnd('*').Trim() ?? string.Empty;

    private static IElement InputOf(IElement field, string label)
    {
        var inputId = field.QuerySelector("label")?.GetAttribute("for");
        return (inputId is null ? null : field.QuerySelector($"#{inputId}"))
            ?? throw new InvalidOperationException($"the label '{label}' names no input in its field");
    }

    private static string TextBeneath(IElement field) =>
        field.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? string.Empty;

    private static bool IsNamed(IElement element, string name) =>
        element.TextContent.Trim() == name || element.GetAttribute("aria-label") == name;
}
