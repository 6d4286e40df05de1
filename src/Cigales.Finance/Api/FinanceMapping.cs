using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Domain;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using static Cigales.Finance.Api.FinanceEnums;
using C = Cigales.Contracts.Finance.V1;
using D = Cigales.Finance.Domain;

namespace Cigales.Finance.Api;

internal static class FinanceMapping
{
    public static RegisterProjectHolder ToCommand(this RegisterProjectHolderRequest request) => new(
        request.ProjectName,
        request.Activity,
        request.Town,
        request.ReferringClubId,
        request.WelcomedOn.Length == 0 ? null : RequestValues.Date("welcomed_on", request.WelcomedOn),
        request.Origin.ToDomain(),
        request.Department,
        request.Territory);

    public static AdvanceProjectHolder ToCommand(this AdvanceProjectHolderRequest request) => new(
        Stages.ToDomain(request.Stage), RequestValues.Date("on", request.On), request.Origin.ToDomain(), request.ClubIds.ToList());

    public static C.ProjectHolder ToContract(this ProjectHolderSnapshot holder) => new()
    {
        ProjectHolderId = holder.ProjectHolderId,
        ProjectName = holder.ProjectName,
        Activity = holder.Activity,
        Town = holder.Town,
        ReferringClubId = holder.ReferringClubId,
        Department = holder.Department,
        Territory = holder.Territory,
        ReferredByPartnerId = holder.ReferredByPartnerId,
        ReferredByPartnerName = holder.ReferredByPartnerName,
        Stage = Stages.ToContract(holder.Stage),
        RegisteredAt = Timestamp.FromDateTimeOffset(holder.RegisteredAt),
        Steps =
        {
            holder.Steps.Select(step => new C.PipelineStep
            {
                Stage = Stages.ToContract(step.Stage),
                On = CalendarDate.ToIso(step.On),
                Origin = step.Origin.ToContract(),
                ClubIds = { step.ClubIds },
                Reason = step.Reason,
            }),
        },
    };

    public static C.PipelineFigures ToContract(this Domain.PipelineFigures figures) => new()
    {
        Period = new DateRange { Start = CalendarDate.ToIso(figures.From), End = CalendarDate.ToIso(figures.To) },
        Welcomed = figures.Welcomed,
        Studied = figures.Studied,
        Financed = figures.Financed,
        Reached = { Domain.PipelineFigures.Sequence.Append(D.PipelineStage.Dropped).Select(stage => new StageCount { Stage = Stages.ToContract(stage), Holders = figures.Reached[stage] }) },
        Conversions =
        {
            figures.Conversions.Select(conversion =>
            {
                var contract = new C.Conversion { From = Stages.ToContract(conversion.From), To = Stages.ToContract(conversion.To) };
                if (conversion.Percent is { } percent)
                {
                    contract.Percent = (double)percent;
                }

                return contract;
            }),
        },
    };

    public static RegisterEnterprise ToCommand(this RegisterEnterpriseRequest request) => new(
        request.Name,
        request.Siret,
        request.Rna,
        LegalForms.ToDomain(request.LegalForm),
        request.Activity,
        request.Town,
        request.CommuneCode,
        request.Department,
        request.Territory,
        EnterpriseStages.ToDomain(request.Stage),
        request.ShareCapital?.ToDomain(),
        request.HolderId);

    public static C.Enterprise ToContract(this EnterpriseSnapshot enterprise, CoFinancingSummary financing)
    {
        var details = enterprise.Details;
        var contract = new C.Enterprise
        {
            EnterpriseId = enterprise.EnterpriseId,
            Name = details.Name,
            Siret = details.Siret,
            Rna = details.Rna,
            LegalForm = LegalForms.ToContract(details.LegalForm),
            LegalCategory = enterprise.LegalCategory,
            Activity = details.Activity,
            Town = details.Town,
            CommuneCode = details.CommuneCode,
            Department = details.Department,
            Territory = details.Territory,
            Stage = EnterpriseStages.ToContract(details.Stage),
            ShareCapital = details.ShareCapital?.ToContract(),
            HolderId = details.HolderId,
            RegisteredAt = Timestamp.FromDateTimeOffset(enterprise.RegisteredAt),
            CoFinancing =
            {
                enterprise.CoFinancing.Select(line => new C.CoFinancing
                {
                    RequestId = line.Key,
                    PartnerId = line.PartnerId,
                    PartnerName = line.PartnerName,
                    Amount = line.Amount.ToContract(),
                    Instrument = Instruments.ToContract(line.Instrument),
                    On = CalendarDate.ToIso(line.On),
                }),
            },
            TotalFinancing = financing.Total.ToContract(),
            ClubsFinancing = financing.Clubs.ToContract(),
        };
        if (financing.Leverage is { } leverage)
        {
            contract.Leverage = (double)leverage;
        }

        return contract;
    }

    public static RecordInvestment ToCommand(this RecordInvestmentRequest request) => new(
        request.ClubId,
        request.EnterpriseId,
        request.RoundId,
        request.Amount.ToDomain(),
        Instruments.ToDomain(request.Instrument),
        RequestValues.Date("decided_on", request.DecidedOn),
        new D.Vote(request.Vote.For, request.Vote.Against, request.Vote.Abstentions, request.Vote.Rule == C.VoteRule.Unspecified ? null : VoteRules.ToDomain(request.Vote.Rule)),
        request.DisbursedOn.Length == 0 ? null : RequestValues.Date("disbursed_on", request.DisbursedOn));

    public static RecordRepayment ToCommand(this RecordRepaymentRequest request) =>
        new(RequestValues.Key(request.RequestId), request.Amount.ToDomain(), RequestValues.Date("on", request.On));

    public static C.Investment ToContract(this InvestmentSnapshot investment) => new()
    {
        InvestmentId = investment.InvestmentId,
        ClubId = investment.Decision.ClubId,
        EnterpriseId = investment.Decision.EnterpriseId,
        RoundId = investment.Decision.RoundId,
        Amount = investment.Decision.Amount.ToContract(),
        Instrument = Instruments.ToContract(investment.Decision.Instrument),
        DecidedOn = CalendarDate.ToIso(investment.Decision.DecidedOn),
        Vote = new C.Vote
        {
            For = investment.Decision.Vote.For,
            Against = investment.Decision.Vote.Against,
            Abstentions = investment.Decision.Vote.Abstentions,
            Rule = investment.Decision.Vote.Rule is { } rule ? VoteRules.ToContract(rule) : C.VoteRule.Unspecified,
        },
        Status = Statuses.ToContract(investment.Status),
        CommittedOn = Iso(investment.CommittedOn),
        DisbursedOn = Iso(investment.DisbursedOn),
        Repaid = investment.Repaid.ToContract(),
        ClosedOn = Iso(investment.ClosedOn),
        AbandonedBecause = investment.AbandonedBecause,
        Disbursed = investment.Disbursed.ToContract(),
        StillToDisburse = investment.StillToDisburse.ToContract(),
        Payments = { investment.Payments.Select(ToContract) },
        Repayments = { investment.Repayments.Select(ToContract) },
    };

    public static DisburseInvestment ToCommand(this DisburseInvestmentRequest request) => new(
        request.RequestId.Length > 0 ? RequestValues.Key(request.RequestId) : InvestmentState.DisbursementKey,
        request.Amount?.ToDomain(),
        RequestValues.Date("on", request.On));

    private static C.Payment ToContract(D.Payment payment) =>
        new() { RequestId = payment.Key, Amount = payment.Amount.ToContract(), On = CalendarDate.ToIso(payment.On) };

    public static C.YearlyTable ToContract(this Domain.YearlyTable table, IReadOnlyDictionary<string, string> clubNames) => new()
    {
        Department = table.Department,
        Year = table.Year,
        Rows =
        {
            table.Rows.Select(row => new YearlyTableRow
            {
                EnterpriseId = row.Enterprise.EnterpriseId,
                Enterprise = row.Enterprise.Name,
                Activity = row.Enterprise.Activity,
                LegalForm = LegalForms.ToContract(row.Enterprise.LegalForm),
                Town = row.Enterprise.Town,
                Stage = EnterpriseStages.ToContract(row.Enterprise.Stage),
                Amount = row.Amount.ToContract(),
                Disbursed = row.Disbursed.ToContract(),
                InProgress = row.InProgress.ToContract(),
                Clubs = { row.ClubIds.Select(id => new ClubName { ClubId = id, Name = clubNames.GetValueOrDefault(id, string.Empty) }) },
            }),
        },
        Total = table.Total.ToContract(),
        Disbursed = table.Disbursed.ToContract(),
        InProgress = table.InProgress.ToContract(),
        Enterprises = table.Rows.Count,
        Investments = table.Investments,
    };

    public static Holdings ToContract(this IReadOnlyList<Domain.Holding> holdings, DateOnly asOf) => new()
    {
        AsOf = CalendarDate.ToIso(asOf),
        Holdings_ =
        {
            holdings.Select(holding => new C.Holding
            {
                EnterpriseId = holding.Enterprise.EnterpriseId,
                Enterprise = holding.Enterprise.Name,
                Department = holding.Enterprise.Department,
                Territory = holding.Enterprise.Territory,
                Outstanding = holding.Outstanding.ToContract(),
                ClubIds = { holding.ClubIds },
            }),
        },
        Outstanding = holdings.Sum(holding => holding.Outstanding).ToContract(),
    };

    public static PortfolioFigures ToContract(this YearFigures figures) => new()
    {
        Year = figures.Year,
        EnterprisesFinanced = figures.EnterprisesFinanced,
        Investments = figures.Investments,
        Amount = figures.Amount.ToContract(),
        EnterprisesHeld = figures.EnterprisesHeld,
        Outstanding = figures.Outstanding.ToContract(),
        Disbursed = figures.Disbursed.ToContract(),
        InProgress = figures.InProgress.ToContract(),
    };

    public static C.CoFinancedProjects ToContract(this D.CoFinancedProjects.Figures figures) => new()
    {
        AsOf = CalendarDate.ToIso(figures.AsOf),
        Projects = figures.Projects,
        ProjectsWithClubs = figures.ProjectsWithClubs,
        FromClubs = figures.FromClubs.ToContract(),
        FromPartners = figures.FromPartners.ToContract(),
        TotalRaised = figures.TotalRaised.ToContract(),
        Rows =
        {
            figures.Rows.Select(row => new CoFinancedProject
            {
                ProjectHolderId = row.ProjectHolderId,
                ProjectName = row.ProjectName,
                EnterpriseIds = { row.EnterpriseIds },
                FromClubs = row.FromClubs.ToContract(),
                FromPartners = row.FromPartners.ToContract(),
                TotalRaised = row.TotalRaised.ToContract(),
                PartnerIds = { row.PartnerIds },
            }),
        },
    };

    private static D.Origin ToDomain(this C.Origin? origin) =>
        origin is null ? D.Origin.Unknown : new D.Origin(Origins.ToDomain(origin.Kind), origin.Reference);

    private static C.Origin ToContract(this D.Origin origin) => new() { Kind = Origins.ToContract(origin.Kind), Reference = origin.Reference };

    private static string Iso(DateOnly? date) => date is { } day ? CalendarDate.ToIso(day) : string.Empty;
}
