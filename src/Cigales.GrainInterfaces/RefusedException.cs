using Cigales.SharedKernel;

namespace Cigales.GrainInterfaces;

/// <summary>
/// A domain refusal on its way from a grain to its caller, possibly in another silo: one problem,
/// or every problem found in a request checked as a whole. The gRPC layer turns it into a status
/// with details naming each field and rule.
/// </summary>
[GenerateSerializer]
public sealed class RefusedException : Exception
{
    public RefusedException(Refusal refusal)
        : this([refusal])
    {
    }

    public RefusedException(IReadOnlyList<Refusal> refusals)
        : base(refusals.Count == 1 ? refusals[0].Message : string.Join("; ", refusals.Select(r => r.Field.Length > 0 ? $"{r.Field}: {r.Message}" : r.Message)))
    {
        Kind = refusals[0].Kind;
        Fields = refusals.Select(r => r.Field).ToArray();
        Rules = refusals.Select(r => r.Rule).ToArray();
        Messages = refusals.Select(r => r.Message).ToArray();
    }

    [Id(0)]
    public RefusalKind Kind { get; private set; }

    [Id(1)]
    public string[] Fields { get; private set; }

    [Id(2)]
    public string[] Rules { get; private set; }

    [Id(3)]
    public string[] Messages { get; private set; }

    public string Field => Fields[0];

    public string Rule => Rules[0];

    /// <summary>The first problem.</summary>
    public Refusal Refusal => Refusals[0];

    public IReadOnlyList<Refusal> Refusals =>
        Fields.Select((name, i) => new Refusal(Kind, name, Rules[i], Messages[i])).ToList();
}
