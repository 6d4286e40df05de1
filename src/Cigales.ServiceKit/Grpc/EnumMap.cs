namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// The contract's values of an enum and the domain's, side by side: the contract may rename, add
/// UNSPECIFIED (refused by the requests' rules) or number differently, and the domain never sees it.
/// </summary>
public sealed class EnumMap<TContract, TDomain>(params (TContract Contract, TDomain Domain)[] pairs)
    where TContract : struct, Enum
    where TDomain : struct, Enum
{
    private readonly Dictionary<TContract, TDomain> _toDomain = pairs.ToDictionary(pair => pair.Contract, pair => pair.Domain);
    private readonly Dictionary<TDomain, TContract> _toContract = pairs.ToDictionary(pair => pair.Domain, pair => pair.Contract);

    public TDomain ToDomain(TContract value) =>
        _toDomain.TryGetValue(value, out var domain) ? domain : throw new ArgumentOutOfRangeException(nameof(value), value, $"no {typeof(TDomain).Name} for it");

    public TContract ToContract(TDomain value) =>
        _toContract.TryGetValue(value, out var contract) ? contract : throw new ArgumentOutOfRangeException(nameof(value), value, $"no {typeof(TContract).Name} for it");
}
