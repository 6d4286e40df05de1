namespace Cigales.Faults;

public enum FindingKind
{
    /// <summary>An acknowledged write that is not stored.</summary>
    Lost,

    /// <summary>An acknowledged write stored more than once.</summary>
    Doubled,

    /// <summary>A rule the stored records break (a ledger that does not balance, a line charged wrong), or a command never acknowledged.</summary>
    Broken,
}

/// <summary>What a check found wrong, in words that name the record.</summary>
public sealed record Finding(FindingKind Kind, string What)
{
    public static Finding Lost(string what) => new(FindingKind.Lost, what);

    public static Finding Doubled(string what) => new(FindingKind.Doubled, what);

    public static Finding Broken(string what) => new(FindingKind.Broken, what);

    /// <summary>Lost when stored none, doubled when stored more than once.</summary>
    public static Finding? OfCount(int stored, string what) => stored switch
    {
        0 => Lost($"{what}: not stored"),
        1 => null,
        _ => Doubled($"{what}: stored {stored} times"),
    };
}
