using Cigales.ServiceKit.Grpc;
using C = Cigales.Contracts.Finance.V1;
using D = Cigales.Finance.Domain;

namespace Cigales.Finance.Api;

/// <summary>The Finance contract's enums and the domain's, side by side.</summary>
internal static class FinanceEnums
{
    public static readonly EnumMap<C.PipelineStage, D.PipelineStage> Stages = new(
        (C.PipelineStage.Welcomed, D.PipelineStage.Welcomed),
        (C.PipelineStage.Oriented, D.PipelineStage.Oriented),
        (C.PipelineStage.Pitched, D.PipelineStage.Pitched),
        (C.PipelineStage.Studied, D.PipelineStage.Studied),
        (C.PipelineStage.Financed, D.PipelineStage.Financed),
        (C.PipelineStage.Followed, D.PipelineStage.Followed),
        (C.PipelineStage.Exited, D.PipelineStage.Exited),
        (C.PipelineStage.Dropped, D.PipelineStage.Dropped));

    public static readonly EnumMap<C.OriginKind, D.OriginKind> Origins = new(
        (C.OriginKind.Unspecified, D.OriginKind.Unknown),
        (C.OriginKind.Partner, D.OriginKind.Partner),
        (C.OriginKind.Event, D.OriginKind.Event),
        (C.OriginKind.Phone, D.OriginKind.Phone),
        (C.OriginKind.Mail, D.OriginKind.Mail),
        (C.OriginKind.Club, D.OriginKind.Club),
        (C.OriginKind.Other, D.OriginKind.Other));

    public static readonly EnumMap<C.LegalForm, D.LegalForm> LegalForms = new(
        (C.LegalForm.Association, D.LegalForm.Association),
        (C.LegalForm.Sas, D.LegalForm.Sas),
        (C.LegalForm.Sarl, D.LegalForm.Sarl),
        (C.LegalForm.Scop, D.LegalForm.Scop),
        (C.LegalForm.Scic, D.LegalForm.Scic),
        (C.LegalForm.Couveuse, D.LegalForm.Couveuse),
        (C.LegalForm.Cae, D.LegalForm.Cae),
        (C.LegalForm.SoleTrader, D.LegalForm.SoleTrader));

    public static readonly EnumMap<C.EnterpriseStage, D.EnterpriseStage> EnterpriseStages = new(
        (C.EnterpriseStage.Unspecified, D.EnterpriseStage.Unknown),
        (C.EnterpriseStage.Creation, D.EnterpriseStage.Creation),
        (C.EnterpriseStage.Development, D.EnterpriseStage.Development),
        (C.EnterpriseStage.Takeover, D.EnterpriseStage.Takeover));

    public static readonly EnumMap<C.Instrument, D.Instrument> Instruments = new(
        (C.Instrument.EquityShares, D.Instrument.EquityShares),
        (C.Instrument.CurrentAccountAdvance, D.Instrument.CurrentAccountAdvance),
        (C.Instrument.ContributionWithRightOfRecovery, D.Instrument.ContributionWithRightOfRecovery),
        (C.Instrument.Loan, D.Instrument.Loan));

    public static readonly EnumMap<C.VoteRule, D.VoteRule> VoteRules = new(
        (C.VoteRule.Majority, D.VoteRule.Majority),
        (C.VoteRule.Unanimity, D.VoteRule.Unanimity));

    public static readonly EnumMap<C.InvestmentStatus, D.InvestmentStatus> Statuses = new(
        (C.InvestmentStatus.Requested, D.InvestmentStatus.Requested),
        (C.InvestmentStatus.Committed, D.InvestmentStatus.Committed),
        (C.InvestmentStatus.PartlyDisbursed, D.InvestmentStatus.PartlyDisbursed),
        (C.InvestmentStatus.Disbursed, D.InvestmentStatus.Disbursed),
        (C.InvestmentStatus.PartlyRepaid, D.InvestmentStatus.PartlyRepaid),
        (C.InvestmentStatus.FullyRepaid, D.InvestmentStatus.FullyRepaid),
        (C.InvestmentStatus.Exited, D.InvestmentStatus.Exited),
        (C.InvestmentStatus.WrittenOff, D.InvestmentStatus.WrittenOff),
        (C.InvestmentStatus.Abandoned, D.InvestmentStatus.Abandoned),
        (C.InvestmentStatus.Cancelled, D.InvestmentStatus.Cancelled));

    public static readonly EnumMap<C.CoFinancingStatus, D.CoFinancingStatus> CoFinancingStatuses = new(
        (C.CoFinancingStatus.Proposed, D.CoFinancingStatus.Proposed),
        (C.CoFinancingStatus.Committed, D.CoFinancingStatus.Committed),
        (C.CoFinancingStatus.Disbursed, D.CoFinancingStatus.Disbursed),
        (C.CoFinancingStatus.Declined, D.CoFinancingStatus.Declined));

    public static readonly EnumMap<C.SharedProjectChangeKind, Domain.SharingChange> SharingChanges = new(
        (C.SharedProjectChangeKind.Shared, Domain.SharingChange.Shared),
        (C.SharedProjectChangeKind.Updated, Domain.SharingChange.Updated),
        (C.SharedProjectChangeKind.Withdrawn, Domain.SharingChange.Withdrawn),
        (C.SharedProjectChangeKind.CoFinancingRecorded, Domain.SharingChange.CoFinancingRecorded));

    public static D.Instrument ToDomain(this C.Instrument instrument) => Instruments.ToDomain(instrument);
}
