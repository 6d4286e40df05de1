using Cigales.SharedKernel;

namespace Cigales.GrainInterfaces;

/// <summary>
/// A domain refusal on its way from a grain to its caller, possibly in another silo. The gRPC
/// layer turns it into a status with details naming the field and the rule.
/// </summary>
[GenerateSerializer]
public sealed class RefusedException : Exception
{
    public RefusedException(Refusal refusal)
        : base(refusal.Message)
    {
        Kind = refusal.Kind;
        Field = refusal.Field;
        Rule = refusal.Rule;
    }

    [Id(0)]
    public RefusalKind Kind { get; private set; }

    [Id(1)]
    public string Field { get; private set; }

    [Id(2)]
    public string Rule { get; private set; }

    public Refusal Refusal => new(Kind, Field, Rule, Message);
}
