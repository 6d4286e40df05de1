using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;

namespace Cigales.Faults.Tests;

/// <summary>The checks the suite runs on a club's books find what they are meant to find.</summary>
public sealed class TheBooksChecks
{
    private const string Club = "club-1";
    private const string Member = "member-1";

    [Fact]
    public void BooksKeptRightHaveNoProblem()
    {
        var books = Books([Contribution("k1", 10_000), Reservation("inv-1", 3_000), Reservation("inv-2", 2_000), Disbursement("inv-2", 2_000)],
            [Investment("inv-1", 3_000, InvestmentStatus.Committed), Investment("inv-2", 2_000, InvestmentStatus.Disbursed)]);

        Assert.Empty(books.Problems());
        Assert.Equal(1, books.Count("contribution", "k1"));
        Assert.Equal(10_000, books.AmountOf("contribution", "k1"));
    }

    [Fact]
    public void AContributionStoredTwiceIsDoubledAndOneNotStoredIsLost()
    {
        var books = Books([Contribution("k1", 10_000), Contribution("k1", 10_000)], []);

        Assert.Equal(FindingKind.Doubled, Finding.OfCount(books.Count("contribution", "k1"), "k1")?.Kind);
        Assert.Equal(FindingKind.Lost, Finding.OfCount(books.Count("contribution", "k2"), "k2")?.Kind);
    }

    [Fact]
    public void FundsSetAsideForNoInvestmentOrBeyondWhatCommittedInvestmentsHoldBreakTheBooks()
    {
        var books = Books([Contribution("k1", 10_000), Reservation("inv-1", 3_000), Reservation("inv-9", 1_000)],
            [Investment("inv-1", 3_000, InvestmentStatus.Committed)]);

        var problems = books.Problems().Select(problem => problem.What).ToList();

        Assert.All(books.Problems(), problem => Assert.Equal(FindingKind.Broken, problem.Kind));
        Assert.Contains(problems, problem => problem.Contains("'committed' is 4000, its Committed investments hold 3000", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'inv-9', which is none of its investments", StringComparison.Ordinal));
    }

    [Fact]
    public void AMovementThatDoesNotBalanceOrABalanceThatIsNotItsMovementsBreaksTheBooks()
    {
        var lopsided = new LedgerMovement { Kind = "contribution", Key = "k1", Postings = { Line("cash", 10_000), Line($"savings:{Member}", -9_000) } };
        var ledger = new Ledger { Movements = { lopsided }, Balances = { Line("cash", 10_000), Line($"savings:{Member}", -10_000) } };

        var problems = new ClubBooks(Club, ledger, []).Problems().Select(problem => problem.What).ToList();

        Assert.Contains(problems, problem => problem.Contains("the contribution 'k1' does not balance", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains($"the balance of 'savings:{Member}' is -10000, its movements add up to -9000", StringComparison.Ordinal));
    }

    /// <summary>Books whose balances are the sum of their movements, as the service gives them.</summary>
    private static ClubBooks Books(IReadOnlyList<LedgerMovement> movements, IReadOnlyList<Investment> investments)
    {
        var ledger = new Ledger { Movements = { movements } };
        ledger.Balances.AddRange(movements.SelectMany(movement => movement.Postings)
            .GroupBy(posting => posting.Account)
            .Select(account => Line(account.Key, account.Sum(posting => posting.Amount.Cents))));
        return new ClubBooks(Club, ledger, investments);
    }

    private static LedgerMovement Contribution(string key, long cents) =>
        new() { Kind = "contribution", Key = key, Postings = { Line("cash", cents), Line($"savings:{Member}", -cents) } };

    private static LedgerMovement Reservation(string investment, long cents) =>
        new() { Kind = "reservation", Key = investment, Postings = { Line("committed", cents), Line("cash", -cents) } };

    private static LedgerMovement Disbursement(string investment, long cents) =>
        new() { Kind = "disbursement", Key = investment, Postings = { Line("stakes", cents), Line("committed", -cents) } };

    private static Investment Investment(string id, long cents, InvestmentStatus status) =>
        new() { InvestmentId = id, ClubId = Club, Amount = new Money { Cents = cents }, Status = status };

    private static LedgerLine Line(string account, long cents) => new() { Account = account, Amount = new Money { Cents = cents } };
}
