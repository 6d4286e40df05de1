using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.DemoData.Reference;
using Grpc.Net.Client;

namespace Cigales.DemoData.Import;

/// <summary>One club's part of a 2024 round (the file gives a round's total and its clubs).</summary>
public sealed record InvestmentShare(ReferenceInvestment Round, string Club, long Cents, DateOnly DecidedOn);

/// <summary>The enterprises of 2024 and the clubs' investments in them, paid (Littoral Bio still in progress).</summary>
internal sealed class FinanceImport(GrpcChannel gateway)
{
    private readonly FinanceService.FinanceServiceClient _finance = new(gateway);

    /// <summary>
    /// Each round split between its clubs to the cent, the first ones taking the odd cents. The
    /// file gives no dates: the rounds are spread over the year, one a month from February.
    /// </summary>
    public static IReadOnlyList<InvestmentShare> Shares(ReferenceInvestments investments) =>
        investments.Rows.SelectMany((round, index) => round.Clubs.Select((club, rank) => new InvestmentShare(
            round,
            club,
            round.AmountCents / round.Clubs.Count + (rank < round.AmountCents % round.Clubs.Count ? 1 : 0),
            new DateOnly(2024, 2 + (index % 11), 10)))).ToList();

    public async Task InvestmentsAsync(
        ReferenceInvestments investments, IReadOnlyList<InvestmentShare> shares, IReadOnlyDictionary<string, string> clubIds, CancellationToken cancellation)
    {
        var enterprises = new Dictionary<string, string>();
        foreach (var round in investments.Rows)
        {
            var enterprise = await _finance.RegisterEnterpriseAsync(Enterprise(round), cancellationToken: cancellation);
            enterprises[round.Enterprise] = enterprise.EnterpriseId;
        }

        foreach (var share in shares)
        {
            var decided = share.DecidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await _finance.RecordInvestmentAsync(new RecordInvestmentRequest
            {
                RequestId = DemoIds.For($"investment/{share.Round.Enterprise}/{share.Club}"),
                ClubId = clubIds[share.Club],
                EnterpriseId = enterprises[share.Round.Enterprise],
                RoundId = DemoIds.For($"round/{share.Round.Enterprise}"),
                Amount = new Money { Cents = share.Cents },
                Instrument = Instrument(share.Round.LegalForm),
                DecidedOn = decided,
                // Littoral Bio is mostly still to be paid (the file): recorded as committed.
                DisbursedOn = share.Round.Note?.Contains("in progress", StringComparison.Ordinal) == true ? string.Empty : decided,
                Vote = new Vote { For = 5, Rule = VoteRule.Majority },
            }, cancellationToken: cancellation);
        }
    }

    /// <summary>
    /// The round still in progress (Littoral Bio), also shared with the partners of the Pôle de la
    /// Finance Solidaire, so that a partner finds a project to co-finance: its holder welcomed two
    /// months before the clubs' decision, the project shared on the decision's day, seeking the
    /// round's amount. The holder's key is by name: a second import finds the same holder.
    /// </summary>
    public async Task SharedProjectAsync(IReadOnlyList<InvestmentShare> shares, CancellationToken cancellation)
    {
        var share = shares.First(share => share.Round.Note?.Contains("in progress", StringComparison.Ordinal) == true);
        var round = share.Round;
        var holder = await _finance.RegisterProjectHolderAsync(new RegisterProjectHolderRequest
        {
            RequestId = DemoIds.For($"project-holder/{round.Enterprise}"),
            ProjectName = round.Enterprise,
            Activity = round.Activity,
            Town = round.Town,
            Department = "62",
            WelcomedOn = Iso(share.DecidedOn.AddMonths(-2)),
        }, cancellationToken: cancellation);
        // The same sharing again is taken as a retry: a second import changes nothing.
        await _finance.ShareProjectAsync(new ShareProjectRequest
        {
            ProjectHolderId = holder.ProjectHolderId,
            Summary = $"{round.Activity} à {round.Town} : les clubs financent {round.AmountCents / 100} € ; un cofinancement des partenaires est recherché pour compléter le tour de table.",
            AmountSought = new Money { Cents = round.AmountCents },
            On = Iso(share.DecidedOn),
        }, cancellationToken: cancellation);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static RegisterEnterpriseRequest Enterprise(ReferenceInvestment round)
    {
        var form = round.LegalForm switch
        {
            "association" => LegalForm.Association,
            "sole trader" => LegalForm.SoleTrader,
            "SAS" => LegalForm.Sas,
            "SARL" => LegalForm.Sarl,
            "SCOP" => LegalForm.Scop,
            "couveuse" => LegalForm.Couveuse,
            "CAE" => LegalForm.Cae,
            var other => throw new InvalidDataException($"unknown legal form '{other}' in the reference file"),
        };
        return new RegisterEnterpriseRequest
        {
            RequestId = DemoIds.For($"enterprise/{round.Enterprise}"),
            Name = round.Enterprise,
            LegalForm = form,
            Activity = round.Activity,
            Town = round.Town,
            Department = "62",
            Stage = round.Stage switch
            {
                "C" => EnterpriseStage.Creation,
                "D" => EnterpriseStage.Development,
                "R" => EnterpriseStage.Takeover,
                _ => EnterpriseStage.Unspecified,
            },
            // Companies taking shares need a known capital; the file has none: ten times the round keeps the clubs within their limits.
            ShareCapital = form is LegalForm.Sas or LegalForm.Sarl or LegalForm.Scop ? new Money { Cents = round.AmountCents * 10 } : null,
        };
    }

    private static Instrument Instrument(string legalForm) => legalForm switch
    {
        "association" => Contracts.Finance.V1.Instrument.ContributionWithRightOfRecovery,
        "SAS" or "SARL" or "SCOP" => Contracts.Finance.V1.Instrument.EquityShares,
        _ => Contracts.Finance.V1.Instrument.Loan,
    };
}
