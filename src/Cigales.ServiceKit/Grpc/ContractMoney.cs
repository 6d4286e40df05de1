using Cigales.SharedKernel;
using Contract = Cigales.Contracts.Common.V1;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// Amounts across the contract: its <c>Money</c> message is integer cents, euros implied (the
/// domain's <see cref="Money"/> refuses to leave in any other currency). An amount left out of a
/// request is zero, as proto3 reads a missing number.
/// </summary>
public static class ContractMoney
{
    public static Contract.Money Cents(long cents) => new() { Cents = cents };

    public static Contract.Money ToContract(this Money amount) =>
        amount.Currency == Currency.EUR
            ? Cents(amount.Cents)
            : throw new InvalidOperationException($"{amount}: the contract carries euros only");

    public static Money ToDomain(this Contract.Money? amount) => Money.FromCents(amount?.Cents ?? 0);
}
