using Cigales.Contracts.Common.V1;
using Cigales.Grants.Domain;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using static Cigales.Grants.Api.GrantsEnums;
using C = Cigales.Contracts.Grants.V1;

namespace Cigales.Grants.Api;

/// <summary>The reports' messages and the reports' records, side by side.</summary>
internal static class ReportsMapping
{
    public static ReportDraft ToDomain(this C.ReportDraft draft) => new(
        draft.Actual.ToDomain(),
        draft.DeclaredChargesTotal?.ToDomain(),
        draft.DeclaredProductsTotal?.ToDomain(),
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
        Investments = { report.Finance.Rows.Select(row => new C.InvestmentLine { Enterprise = row.Enterprise, Activity = row.Activity, Town = row.Town, Clubs = { row.Clubs }, Amount = row.Amount.ToContract() }) },
        InvestmentsTotal = report.Finance.Amount.ToContract(),
        Lines =
        {
            report.Lines.Select(line => new C.BudgetComparison
            {
                Side = line.Side,
                Label = line.Label,
                Kind = ItemKinds.ToContract(line.Kind),
                Planned = line.Planned.ToContract(),
                Actual = line.Actual.ToContract(),
                Difference = line.Difference.ToContract(),
                PlannedQuantity = (double)line.PlannedQuantity,
                ActualQuantity = (double)line.ActualQuantity,
            }),
        },
        PlannedCharges = report.PlannedCharges.ToContract(),
        ActualCharges = report.ActualCharges.ToContract(),
        PlannedProducts = report.PlannedProducts.ToContract(),
        ActualProducts = report.ActualProducts.ToContract(),
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
        Invested = area.Finance.Amount.ToContract(),
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
        StaffDaysOutsideEvents = (double)axis.DaysOutsideEvents,
        VolunteerHoursOutsideEvents = (double)axis.HoursOutsideEvents,
    };

}
