using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Web.Components.Pages.Investissements;

namespace Cigales.Web.Tests.Investissements;

/// <summary>The limits on a stake as the form computes them from the API's figures, before the service checks them.</summary>
public sealed class TheStakeLimits
{
    private const string Club = "club-canche";

    [Fact]
    public void AClubHoldsAtMostAThirdOfAnSas()
    {
        var limits = new StakeLimits(Club, Funds(1000000), Company(LegalForm.Sas, 300000), []);

        var lines = limits.Lines(Instrument.EquityShares, 100001);

        Assert.Contains(lines, line => line.Exceeded && line.Text.StartsWith("Plafond de participation : un tiers du capital de 3 000,00 € (SAS), soit 1 000,00 €", StringComparison.Ordinal));
        Assert.Equal(100000, limits.Ceiling(Instrument.EquityShares));
        Assert.DoesNotContain(limits.Lines(Instrument.EquityShares, 100000), line => line.Exceeded);
    }

    [Fact]
    public void TheClubsTogetherHoldAtMostTheCapital()
    {
        var others = Enumerable.Range(1, 3).Select(n => Held($"other-{n}", $"club-{n}", 300000)).ToList();
        var limits = new StakeLimits(Club, Funds(1000000), Company(LegalForm.Sarl, 1000000), others);

        var lines = limits.Lines(Instrument.EquityShares, 100001);

        Assert.Contains(lines, line => line.Exceeded && line.Text == "Capital encore ouvert aux clubs : 1 000,00 € sur 10 000,00 €.");
        Assert.Equal(100000, limits.Ceiling(Instrument.EquityShares));
    }

    [Fact]
    public void SharesNeedACompanyWithShareCapital()
    {
        var association = new StakeLimits(Club, Funds(100000), new Enterprise { LegalForm = LegalForm.Association }, []);
        var unknownCapital = new StakeLimits(Club, Funds(100000), new Enterprise { LegalForm = LegalForm.Sarl }, []);

        Assert.Contains(association.Lines(Instrument.EquityShares, 1000), line => line.Exceeded && line.Text.EndsWith("Une association se finance par un apport avec droit de reprise.", StringComparison.Ordinal));
        Assert.Contains(unknownCapital.Lines(Instrument.EquityShares, 1000), line => line.Exceeded && line.Text.StartsWith("Le capital social de l'entreprise n'est pas connu", StringComparison.Ordinal));
        Assert.Contains(unknownCapital.Lines(Instrument.ContributionWithRightOfRecovery, 1000), line => line.Exceeded && line.Text.StartsWith("L'apport avec droit de reprise est réservé aux associations", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAdvanceNeedsFivePercentPaidFor()
    {
        // 499,99 € of 10 000 € paid, and more set aside but not yet paid: short of 5 %, and shown cut, not rounded.
        var investments = new List<Investment> { Held("paid", Club, 49999), Held("committed", Club, 100000, paid: false) };
        var limits = new StakeLimits(Club, Funds(100000), Company(LegalForm.Sarl, 1000000), investments);

        var advance = Assert.Single(limits.Lines(Instrument.CurrentAccountAdvance, 1000), line => line.Text.StartsWith("Une avance", StringComparison.Ordinal));

        Assert.True(advance.Exceeded);
        Assert.Contains("il en détient 4,99 % (499,99 € de 10 000,00 €)", advance.Text, StringComparison.Ordinal);
        var reached = new StakeLimits(Club, Funds(100000), Company(LegalForm.Sarl, 1000000), [Held("paid", Club, 50000)]);
        Assert.DoesNotContain(reached.Lines(Instrument.CurrentAccountAdvance, 1000), line => line.Exceeded);
    }

    [Fact]
    public void AClubNotInvestingTakesNoNewStake()
    {
        var managing = new ClubPage { StatusAsOf = ClubStatus.Managing, Savings = new Savings { AvailableFunds = new() { Cents = 500000 } } };

        var lines = new StakeLimits(Club, managing, null, []).Lines(Instrument.Loan, 1000);

        Assert.Contains(lines, line => line.Exceeded && line.Text.StartsWith("Le club est « en gestion »", StringComparison.Ordinal));
    }

    private static ClubPage Funds(long cents) => new() { StatusAsOf = ClubStatus.Investing, Savings = new Savings { AvailableFunds = new() { Cents = cents } } };

    private static Enterprise Company(LegalForm form, long capitalCents) => new() { LegalForm = form, ShareCapital = new() { Cents = capitalCents } };

    private static Investment Held(string id, string clubId, long cents, bool paid = true) => new()
    {
        InvestmentId = id, ClubId = clubId, Instrument = Instrument.EquityShares, Amount = new() { Cents = cents },
        Status = paid ? InvestmentStatus.Disbursed : InvestmentStatus.Committed, DisbursedOn = paid ? "2024-04-15" : string.Empty,
    };
}
