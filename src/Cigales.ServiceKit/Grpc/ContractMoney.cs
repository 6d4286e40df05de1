using Cigales.Contracts.Common.V1;

namespace Cigales.ServiceKit.Grpc;

/// <summary>Amounts on their way out: the contract's <c>Money</c>, in integer cents like the domain's.</summary>
public static class ContractMoney
{
    public static Money Cents(long cents) => new() { Cents = cents };
}
