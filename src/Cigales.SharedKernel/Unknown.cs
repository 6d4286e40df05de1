namespace Cigales.SharedKernel;

/// <summary>
/// The refusal for an id that names no record of its kind — or a record of another kind: each
/// kind's rule (<c>club.exists</c>…) and words written once, whichever service finds it, for the
/// field the caller names. With the id when the caller has it, "this id" when it is the record's own.
/// </summary>
public static class Unknown
{
    public static Refusal Club(string id = "", string field = "club_id") => Of("club", "club", field, id);

    public static Refusal Person(string id = "", string field = "person_id") => Of("person", "person", field, id);

    public static Refusal Enterprise(string id = "", string field = "enterprise_id") => Of("enterprise", "enterprise", field, id);

    public static Refusal Investment(string id = "", string field = "investment_id") => Of("investment", "investment", field, id);

    public static Refusal ProjectHolder(string id = "", string field = "project_holder_id") => Of("project_holder", "project holder", field, id);

    public static Refusal Convention(string id = "", string field = "convention_id") => Of("convention", "convention", field, id);

    public static Refusal Organisation(string id = "", string field = "organisation_id") => Of("organisation", "organisation", field, id);

    public static Refusal BudgetLine(string id = "", string field = "budget_line_id") => Of("budget_line", "budget line", field, id);

    public static Refusal Event(string id = "", string field = "event_id") => Of("event", "event", field, id);

    private static Refusal Of(string kind, string words, string field, string id) =>
        Refusal.NotFound(field, $"{kind}.exists", id.Length == 0 ? $"no {words} has this id" : $"no {words} has the id '{id}'");
}
