using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Grpc.Core;

namespace Cigales.Faults;

/// <summary>
/// Reads back through the API, as staff, what the clients were told was recorded, and checks that
/// each acknowledged command is stored exactly once and that the books it touched keep their rules.
/// </summary>
public sealed class Auditor(Api api, Delivery calls, Network network)
{
    private const int PageSize = 100;

    public async Task<IReadOnlyList<Finding>> CheckAsync(IReadOnlyList<CommandRecord> records, CancellationToken cancellation)
    {
        var findings = new List<Finding>();
        foreach (var record in records.Where(record => record.Acknowledged is null))
        {
            findings.Add(Finding.Broken($"{record.Command.Kind} '{record.Command.Key}' was never acknowledged{(record.Refusal is null ? string.Empty : $": {record.Refusal}")}"));
        }

        var acknowledged = records.Where(record => record.Acknowledged is not null).Select(record => record.Command).ToList();
        var books = new Dictionary<string, ClubBooks>();
        foreach (var club in network.Clubs)
        {
            books[club.ClubId] = await BooksAsync(club.ClubId, cancellation);
            findings.AddRange(books[club.ClubId].Problems());
        }

        findings.AddRange(acknowledged.OfType<RecordContribution>().SelectMany(contribution => ContributionFindings(books[contribution.ClubId], contribution)));
        findings.AddRange(records.Where(record => record is { Acknowledged: not null, Command: RecordInvestment })
            .SelectMany(record => InvestmentFindings(books[((RecordInvestment)record.Command).ClubId], (RecordInvestment)record.Command, record.Answer)));
        findings.AddRange(await PaymentsAsync(acknowledged.OfType<RecordGrantPayment>().ToList(), cancellation));
        findings.AddRange(await BudgetLineAsync(acknowledged.OfType<AdoptConvention>().ToList(), cancellation));
        return findings;
    }

    private static IEnumerable<Finding> ContributionFindings(ClubBooks books, RecordContribution contribution)
    {
        var stored = books.Count("contribution", contribution.Key);
        if (Finding.OfCount(stored, $"club {books.ClubId}: contribution '{contribution.Key}'") is { } finding)
        {
            yield return finding;
        }
        else if (books.AmountOf("contribution", contribution.Key) != contribution.Cents)
        {
            yield return Finding.Broken($"club {books.ClubId}: contribution '{contribution.Key}' is {books.AmountOf("contribution", contribution.Key)}, not {contribution.Cents}");
        }
    }

    private static IEnumerable<Finding> InvestmentFindings(ClubBooks books, RecordInvestment investment, string investmentId)
    {
        var what = $"club {books.ClubId}: investment '{investmentId}' (key '{investment.Key}')";
        if (!books.Investments.TryGetValue(investmentId, out var stored))
        {
            yield return Finding.Lost($"{what}: not in the club's investments");
            yield break;
        }

        var expected = investment.PaidAtOnce ? InvestmentStatus.Disbursed : InvestmentStatus.Committed;
        if (stored.Status != expected || stored.Amount.Cents != investment.Cents)
        {
            yield return Finding.Broken($"{what}: {stored.Status} for {stored.Amount.Cents}, not {expected} for {investment.Cents}");
        }

        if (Finding.OfCount(books.Count("reservation", investmentId), $"{what}, its funds set aside") is { } reservation)
        {
            yield return reservation;
        }

        var payments = books.Count("disbursement", investmentId);
        if (investment.PaidAtOnce && Finding.OfCount(payments, $"{what}, its payment") is { } payment)
        {
            yield return payment;
        }
        else if (!investment.PaidAtOnce && payments > 0)
        {
            yield return Finding.Broken($"{what}: paid, though only committed");
        }
    }

    private async Task<IEnumerable<Finding>> PaymentsAsync(IReadOnlyList<RecordGrantPayment> payments, CancellationToken cancellation)
    {
        var findings = new List<Finding>();
        foreach (var conventionId in network.SignedConventions)
        {
            var convention = await calls.AnsweredAsync(call => api.Grants.GetConventionAsync(new GetConventionRequest { ConventionId = conventionId }, call), cancellation);
            var stored = convention.Payments.ToLookup(payment => payment.RequestId);
            findings.AddRange(payments.Where(payment => payment.ConventionId == conventionId)
                .Select(payment => Finding.OfCount(stored[payment.Key].Count(), $"convention {conventionId}: payment '{payment.Key}'"))
                .OfType<Finding>());
            if (convention.Paid.Cents != convention.Payments.Sum(payment => payment.Amount.Cents))
            {
                findings.Add(Finding.Broken($"convention {conventionId}: paid {convention.Paid.Cents}, its payments add up to {convention.Payments.Sum(payment => payment.Amount.Cents)}"));
            }
        }

        return findings;
    }

    /// <summary>The line is charged exactly the grants of its adopted conventions, each adopted once.</summary>
    private async Task<IEnumerable<Finding>> BudgetLineAsync(IReadOnlyList<AdoptConvention> adoptions, CancellationToken cancellation)
    {
        var findings = new List<Finding>();
        var conventions = (await AllPagesAsync(
                (page, call) => api.Grants.ListConventionsAsync(new ListConventionsRequest { FunderId = network.FunderId, Page = page }, call),
                answer => (answer.Conventions, answer.Page), cancellation))
            .Where(convention => convention.Terms.BudgetLineId == network.BudgetLineId);
        var adopted = conventions.Where(convention => convention.Deliberation?.Adopted == true).ToDictionary(convention => convention.ConventionId);
        foreach (var adoption in adoptions.Where(adoption => !adopted.ContainsKey(adoption.ConventionId)))
        {
            findings.Add(Finding.Lost($"convention {adoption.ConventionId}: its deliberation '{adoption.Key}' is not recorded"));
        }

        var line = await calls.AnsweredAsync(call => api.Grants.GetBudgetLineAsync(new GetBudgetLineRequest { BudgetLineId = network.BudgetLineId }, call), cancellation);
        var grants = adopted.Values.Sum(convention => convention.Terms.Grant.Cents);
        if (line.Charged.Cents != grants || line.Available.Cents != line.Credits.Cents - line.Charged.Cents)
        {
            findings.Add(Finding.Broken($"budget line {network.BudgetLineId}: charged {line.Charged.Cents} ({line.Available.Cents} available), its adopted conventions' grants add up to {grants}"));
        }

        return findings;
    }

    private async Task<ClubBooks> BooksAsync(string clubId, CancellationToken cancellation)
    {
        var ledger = await calls.AnsweredAsync(call => api.Clubs.GetLedgerAsync(new GetLedgerRequest { ClubId = clubId }, call), cancellation);
        var investments = await AllPagesAsync(
            (page, call) => api.Finance.ListInvestmentsAsync(new ListInvestmentsRequest { ClubId = clubId, Page = page }, call),
            answer => (answer.Investments, answer.Page), cancellation);
        return new ClubBooks(clubId, ledger, investments);
    }

    private async Task<IReadOnlyList<TItem>> AllPagesAsync<TAnswer, TItem>(
        Func<PageRequest, CallOptions, AsyncUnaryCall<TAnswer>> list, Func<TAnswer, (IEnumerable<TItem> Items, PageResponse Page)> read, CancellationToken cancellation)
    {
        var items = new List<TItem>();
        var token = string.Empty;
        do
        {
            var (page, next) = read(await calls.AnsweredAsync(call => list(new PageRequest { Size = PageSize, Token = token }, call), cancellation));
            items.AddRange(page);
            token = next.NextToken;
        }
        while (token.Length > 0);

        return items;
    }
}
