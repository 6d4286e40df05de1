namespace Cigales.Security;

/// <summary>
/// A role on an object, as a token carries it (claim <c>membership</c>, written <c>role:object</c>):
/// staff of the association (no object), an officer or member of a club, the contact of a partner
/// organisation, the officer of a funder. A client application has one, from its registration; a
/// person has as many as their account holds (a person may belong to two clubs).
/// </summary>
/// <param name="ObjectId">The club's or organisation's id; empty for staff.</param>
public sealed record Membership(string Role, string ObjectId)
{
    public const string Claim = "membership";

    public override string ToString() => $"{Role}:{ObjectId}";

    /// <summary>A claim's value; null when it is not <c>role:object</c> with a known role.</summary>
    public static Membership? Parse(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Roles.All.Contains(value[..colon]) ? new Membership(value[..colon], value[(colon + 1)..]) : null;
    }
}
