using Cigales.Clubs.Domain;
using Cigales.Clubs.People;
using Cigales.Contracts.Clubs.V1;
using Cigales.SharedKernel;
using Cigales.ServiceKit.Grpc;
using Arrears = Cigales.Contracts.Clubs.V1.Arrears;
using ContractLedgerLine = Cigales.Contracts.Clubs.V1.LedgerLine;
using ContractLedgerMovement = Cigales.Contracts.Clubs.V1.LedgerMovement;
using Ledger = Cigales.Contracts.Clubs.V1.Ledger;
using LedgerLine = Cigales.Clubs.Domain.LedgerLine;

namespace Cigales.Clubs.Api;

internal static class SavingsMapping
{
    public static Contribution ToContract(this ContributionReceipt receipt, string clubId) => new()
    {
        ClubId = clubId,
        RequestId = receipt.Key,
        PersonId = receipt.MemberId,
        Month = receipt.Month.ToString(),
        Amount = receipt.Amount.ToContract(),
        PaidOn = CalendarDate.ToIso(receipt.PaidOn),
    };

    public static Arrears ToContract(this ArrearsReport report, IReadOnlyDictionary<string, PersonRecord> people) => new()
    {
        AsOf = CalendarDate.ToIso(report.AsOf),
        Lines =
        {
            report.Lines.Select(line => new Contracts.Clubs.V1.ArrearsLine
            {
                PersonId = line.MemberId,
                FullName = people.GetValueOrDefault(line.MemberId)?.FullName ?? string.Empty,
                Due = line.Due.ToContract(),
                Paid = line.Paid.ToContract(),
                Arrears = line.Arrears.ToContract(),
            }),
        },
        Total = report.TotalArrears.ToContract(),
    };

    public static Ledger ToContract(this LedgerReport report) => new()
    {
        AsOf = CalendarDate.ToIso(report.AsOf),
        Balances = { report.Balances.Select(ToContract) },
        Movements =
        {
            report.Movements.Select(movement => new ContractLedgerMovement
            {
                Kind = movement.Kind,
                Key = movement.Key,
                On = CalendarDate.ToIso(movement.On),
                Postings = { movement.Postings.Select(ToContract) },
            }),
        },
    };

    private static ContractLedgerLine ToContract(LedgerLine line) => new() { Account = line.Account, Amount = line.Amount.ToContract() };
}
