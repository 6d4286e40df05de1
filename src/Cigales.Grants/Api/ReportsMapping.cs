using Cigales.Contracts.Common.V1;
using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Api.GrantsEnums;
using static Cigales.ServiceKit.Grpc.ContractMoney;
using C = Cigales.Contracts.Grants.V1;

namespace Cigales.Grants.Api;

/// <summary>The reports' messages and the reports' records, side by side.</summary>
internal static class ReportsMapping
{
    public static ReportDraft ToDomain(this C.ReportDraft draft) => new(
        draft.Actual.ToDomain(),
        draft.DeclaredChargesTotal?.Cents,
        draft.DeclaredProductsTotal?.Cents,
        draft.ActivityReport,
        draft.Acknowledgements.Select(ack => new Acknowledgement(ack.Inconsistency, ack.Reason)).ToList(),
        draft.Department);

    public static C.FinalReportDraft ToContract(this FinalReportView report) => new()
    {
        ConventionId = report.Convention.ConventionId,
        FileNumber = report.Convention.Terms.FileNumber,
        Funder = report.FunderName,
        Beneficiary = report.BeneficiaryName,
        Period = new DateRange { Start = CalendarDate.ToIso(report.From), End = CalendarDate.ToIso(report.To) },
        Department = report.Department,
        Axes = { report.Axes.Select(ToContract) },
        Total = report.Total.ToContract(),
        EventsUnattributed = report.EventsUnattributed,
        HoldersWelcomed = report.Finance.Welcomed,
        HoldersStudied = report.Finance.Studied,
        HoldersFinanced = report.Finance.Financed,
        ClubsCreated = { report.ClubsCreated.Select(club => new C.ClubCreated { ClubId = club.ClubId, Name = club.Name, Department = club.Department, CreatedOn = CalendarDate.ToIso(club.CreatedOn) }) },
        Investments = { report.Finance.Rows.Select(row => new C.InvestmentLine { Enterprise = row.Enterprise, Activity = row.Activity, Town = row.Town, Clubs = { row.Clubs }, Amount = Cents(row.Amount.Cents) }) },
        InvestmentsTotal = Cents(report.Finance.Amount.Cents),
        Lines =
        {
            report.Lines.Select(line => new C.BudgetComparison
            {
                Side = line.Side,
                Label = line.Label,
                Kind = ItemKinds.ToContract(line.Kind),
                Planned = Cents(line.PlannedCents),
                Actual = Cents(line.ActualCents),
                Difference = Cents(line.DifferenceCents),
                PlannedQuantity = (double)line.PlannedQuantity,
                ActualQuantity = (double)line.ActualQuantity,
            }),
        },
        PlannedCharges = Cents(report.PlannedCharges),
        ActualCharges = Cents(report.ActualCharges),
        PlannedProducts = Cents(report.PlannedProducts),
        ActualProducts = Cents(report.ActualProducts),
        RecordedStaffDays = (double)report.RecordedStaffDays,
        RecordedVolunteerHours = (double)report.RecordedVolunteerHours,
        ActivityReport = report.ActivityReport,
        Inconsistencies =
        {
            report.Inconsistencies.Select(inconsistency => new C.Inconsistency
            {
                Id = inconsistency.Id,
                Rule = inconsistency.Rule,
                Message = inconsistency.Message,
                Acknowledged = inconsistency.Acknowledged,
                Reason = inconsistency.AcknowledgedBecause ?? string.Empty,
            }),
        },
        Submittable = report.Submittable,
    };

    public static C.DepartmentFigures ToContract(this AreaFigures area) => new()
    {
        Department = area.Department,
        AsOf = CalendarDate.ToIso(area.Clubs.AsOf),
        FormingClubs = area.Clubs.Forming,
        InvestingClubs = area.Clubs.Investing,
        InvestingClubsDuringYear = area.Clubs.InvestingDuringYear,
        ManagingClubs = area.Clubs.Managing,
        ManagingClubsDuringYear = area.Clubs.ManagingDuringYear,
        ClubsCreated = area.Clubs.CreatedDuringYear,
        Members = area.Clubs.Members,
        MembersOfInvestingClubs = area.Clubs.MembersOfInvestingClubs,
        AverageMembersPerClub = (double)area.Clubs.AverageMembersPerClub,
        HoldersWelcomed = area.Finance.Welcomed,
        HoldersStudied = area.Finance.Studied,
        HoldersFinanced = area.Finance.Financed,
        Investments = area.Finance.Investments,
        Invested = Cents(area.Finance.Amount.Cents),
        EnterprisesFinanced = area.Finance.EnterprisesFinanced,
        EnterprisesInPortfolio = area.Finance.EnterprisesHeld,
    };

    private static C.AxisActivity ToContract(this AxisActivity axis) => new()
    {
        Number = axis.Number,
        Title = axis.Title,
        PlannedStaffDays = (double)axis.PlannedDays,
        ActualStaffDays = (double)axis.ActualDays,
        PlannedVolunteerHours = (double)axis.PlannedHours,
        ActualVolunteerHours = (double)axis.ActualHours,
        EventsHeld = axis.EventsHeld,
        EventsCancelled = axis.EventsCancelled,
        People = axis.People,
        HoldersMet = axis.HoldersMet,
    };

}
