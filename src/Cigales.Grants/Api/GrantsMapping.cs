using Cigales.Contracts.Common.V1;
using Cigales.Grants.Domain;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using static Cigales.Grants.Api.GrantsEnums;
using C = Cigales.Contracts.Grants.V1;

namespace Cigales.Grants.Api;

internal static class GrantsMapping
{
    public static RegisterOrganisation ToCommand(this C.RegisterOrganisationRequest request) => new(request.Name, request.Address, request.Siret, request.Rna);

    public static C.Organisation ToContract(this OrganisationSnapshot organisation) => new()
    {
        OrganisationId = organisation.OrganisationId,
        Name = organisation.Details.Name,
        Address = organisation.Details.Address,
        Siret = organisation.Details.Siret,
        Rna = organisation.Details.Rna,
        RegisteredAt = Timestamp.FromDateTimeOffset(organisation.RegisteredAt),
    };

    public static OpenBudgetLine ToCommand(this C.OpenBudgetLineRequest request) =>
        new(request.FunderId, request.Year, request.Operation, request.Imputation, request.Label, request.Credits.ToDomain());

    public static C.BudgetLine ToContract(this BudgetLineSnapshot line) => new()
    {
        BudgetLineId = line.BudgetLineId,
        FunderId = line.Details.FunderId,
        Year = line.Details.Year,
        Operation = line.Details.Operation,
        Imputation = line.Details.Imputation,
        Label = line.Details.Label,
        Credits = line.Details.Credits.ToContract(),
        Charged = line.Charged.ToContract(),
        Available = line.Available.ToContract(),
    };

    public static ConventionTerms ToDomain(this C.ConventionTerms terms) => new(
        terms.FileNumber,
        terms.Object,
        terms.Funder.ToDomain(),
        terms.Beneficiary.ToDomain(),
        terms.LegalBases.ToList(),
        terms.Axes.Select(ToDomain).ToList(),
        terms.ProvisionalBudget.ToDomain(),
        new ValuationRates(terms.Rates.StaffDay.ToDomain(), terms.Rates.VolunteerHour.ToDomain()),
        terms.Grant.ToDomain(),
        RequestValues.Date("terms.period.start", terms.Period.Start),
        RequestValues.Date("terms.period.end", terms.Period.End),
        terms.Schedule.Select((instalment, i) => new Instalment(
            instalment.Amount.ToDomain(),
            instalment.On.Length == 0 ? null : RequestValues.Date($"terms.schedule[{i}].on", instalment.On),
            instalment.Condition)).ToList(),
        RequestValues.Date("terms.final_report_due", terms.FinalReportDue),
        new ConventionRuleValues(terms.Rules.ClawbackMonthsAfterEnd, terms.Rules.ExtensionRequestMonthsBeforeEnd, terms.Rules.TerminationNoticeMonths),
        terms.BudgetLineId,
        terms.Shares.Count == 0 ? null : terms.Shares.Select(share => new BeneficiaryShare(share.OrganisationId, ToShare(share.Share))).ToList());

    /// <summary>A share as written (0.8 stays 0.8); one no decimal holds reads as out of range, and is refused as such.</summary>
    private static decimal ToShare(double share) => double.IsFinite(share) && Math.Abs(share) < 1_000_000 ? Math.Round((decimal)share, 6) : -1m;

    public static BankDetails ToDomain(this C.BankDetails details) => new(details.Iban, details.Bic);

    public static OrderRecovery ToDomain(this C.OrderRecoveryRequest request) => new(
        RequestValues.Key(request.RequestId), request.Amount.ToDomain(), RequestValues.Date("on", request.On), RequestValues.Date("due", request.Due), request.Reason);

    public static RecordRecoveryPayment ToDomain(this C.RecordRecoveryPaymentRequest request) => new(
        RequestValues.Key(request.RequestId), request.Order, request.Amount.ToDomain(), RequestValues.Date("on", request.On));

    public static ControlConvention ToDomain(this C.ControlConventionRequest request) => new(
        RequestValues.Date("on", request.On), request.Accepted.ToDomain(), request.RejectedExpenses.Select(RequestValues.Key).ToList());

    public static C.RecoveryOrder ToContract(this RecoveryOrder recovery, int number) => new()
    {
        Number = number,
        Amount = recovery.Amount.ToContract(),
        On = Iso(recovery.On),
        Reason = recovery.Reason,
        Due = Iso(recovery.Due),
        Repayments = { recovery.RepaymentsRecorded.Select(payment => payment.ToContract()) },
        Outstanding = recovery.Outstanding.ToContract(),
    };

    public static C.Payment ToContract(this PaymentLine payment) => new() { RequestId = payment.Key, Amount = payment.Amount.ToContract(), On = Iso(payment.On) };

    public static Expense ToDomain(this C.RecordExpenseRequest request) => new(
        RequestValues.Key(request.RequestId), RequestValues.Date("on", request.On), request.Amount.ToDomain(), request.Line, request.Label);

    public static CommitteeReport ToDomain(this C.CommitteeReport report) =>
        new(report.Number, RequestValues.Date("report.opinion_on", report.OpinionOn), report.Opinion);

    public static Deliberation ToDomain(this C.Deliberation deliberation) => new(
        deliberation.Number,
        RequestValues.Date("deliberation.on", deliberation.On),
        deliberation.Body,
        deliberation.For,
        deliberation.Against,
        deliberation.Abstentions,
        deliberation.AbsentWithoutProxy);

    public static FinalReport ToDomain(this C.FinalReport report) => new(
        RequestValues.Date("report.on", report.On),
        report.Actual.ToDomain(),
        report.ActualAxes.Select(ToDomain).ToList(),
        report.ActivityReport);

    public static Amendment ToDomain(this C.Amendment amendment) => new(
        amendment.Number,
        RequestValues.Date("amendment.signed_on", amendment.SignedOn),
        amendment.Description,
        amendment.Grant?.ToDomain(),
        amendment.End.Length == 0 ? null : RequestValues.Date("amendment.end", amendment.End),
        amendment.FinalReportDue.Length == 0 ? null : RequestValues.Date("amendment.final_report_due", amendment.FinalReportDue));

    public static Termination ToDomain(this C.TerminateConventionRequest request) => new(
        Terminations.ToDomain(request.Kind),
        RequestValues.Date("on", request.On),
        request.LetterSentOn.Length == 0 ? null : RequestValues.Date("letter_sent_on", request.LetterSentOn),
        request.Used.ToDomain(),
        request.Reason);

    public static C.Convention ToContract(this ConventionSnapshot convention) => new()
    {
        ConventionId = convention.ConventionId,
        Terms = convention.Terms.ToContract(),
        Status = Statuses.ToContract(convention.Status),
        Report = convention.Report is { } report ? new C.CommitteeReport { Number = report.Number, OpinionOn = Iso(report.OpinionOn), Opinion = report.Opinion } : null,
        Deliberation = convention.Deliberation?.ToContract(),
        SignedOn = Iso(convention.SignedOn),
        Payments = { convention.Payments.Select(payment => payment.ToContract()) },
        Paid = convention.Paid.ToContract(),
        FinalReport = convention.FinalReport is { } final
            ? new C.FinalReport { On = Iso(final.On), Actual = final.Actual.ToContract(), ActualAxes = { final.ActualAxes.Select(ToContract) }, ActivityReport = final.ActivityReport }
            : null,
        Accepted = convention.Accepted?.ToContract(),
        Recoveries = { convention.Recoveries.Select((recovery, index) => recovery.ToContract(index + 1)) },
        Amendments =
        {
            convention.Amendments.Select(amendment => new C.Amendment
            {
                Number = amendment.Number,
                SignedOn = Iso(amendment.SignedOn),
                Description = amendment.Description,
                Grant = amendment.Grant?.ToContract(),
                End = Iso(amendment.End),
                FinalReportDue = Iso(amendment.FinalReportDue),
            }),
        },
        Extensions =
        {
            convention.Extensions.Select(extension => new C.Extension
            {
                RequestedOn = Iso(extension.Request.RequestedOn),
                NewEnd = Iso(extension.Request.NewEnd),
                Reason = extension.Request.Reason,
                Decision = extension.Decision?.ToContract(),
            }),
        },
        Termination = convention.Termination is { } t
            ? new C.Termination { Kind = Terminations.ToContract(t.Kind), On = Iso(t.On), LetterSentOn = Iso(t.LetterSentOn), Used = t.Used.ToContract(), Reason = t.Reason }
            : null,
        ClosedOn = Iso(convention.ClosedOn),
        DraftedAt = Timestamp.FromDateTimeOffset(convention.DraftedAt),
        ExtensionDeadline = Iso(convention.Terms.ExtensionDeadline),
        ClawbackFrom = Iso(convention.Terms.ClawbackFrom),
        BankDetails = convention.BankDetails is { } bank ? new C.BankDetails { Iban = bank.Iban, Bic = bank.Bic } : null,
        Expenses =
        {
            convention.ExpensesRecorded.Select(expense => new C.Expense
            {
                RequestId = expense.Key, On = Iso(expense.On), Amount = expense.Amount.ToContract(), Line = expense.Line, Label = expense.Label,
            }),
        },
    };

    public static C.Obligation ToContract(this Obligation obligation) => new()
    {
        ConventionId = obligation.ConventionId,
        FileNumber = obligation.FileNumber,
        Kind = ObligationKinds.ToContract(obligation.Kind),
        Date = Iso(obligation.Date),
        State = ObligationStates.ToContract(obligation.State),
        What = obligation.What,
        Amount = obligation.Amount.ToContract(),
    };

    public static C.Notification ToContract(this DeadlineNotice notice) => new()
    {
        ConventionId = notice.ConventionId,
        FileNumber = notice.FileNumber,
        Kind = ObligationKinds.ToContract(System.Enum.Parse<ObligationKind>(notice.Kind)),
        Date = Iso(notice.Date),
        State = ObligationStates.ToContract(System.Enum.Parse<ObligationState>(notice.State)),
        What = notice.What,
        RaisedAsOf = Iso(notice.RaisedAsOf),
    };

    private static Party ToDomain(this C.Party party) => new(party.OrganisationId, party.SignatoryName, party.SignatoryTitle);

    private static ActionAxis ToDomain(C.ActionAxis axis) => new(axis.Number, axis.Title, (decimal)axis.StaffDays, (decimal)axis.VolunteerHours);

    internal static ProvisionalBudget ToDomain(this C.Budget budget) => new(
        budget.Charges.Select(ToDomain).ToList(),
        budget.Products.Select(ToDomain).ToList());

    private static BudgetItem ToDomain(C.BudgetItem item) => new(item.Label, item.Amount.ToDomain(), ItemKinds.ToDomain(item.Kind), (decimal)item.Quantity);

    private static C.ConventionTerms ToContract(this ConventionTerms terms) => new()
    {
        FileNumber = terms.FileNumber,
        Object = terms.Object,
        Funder = terms.Funder.ToContract(),
        Beneficiary = terms.Beneficiary.ToContract(),
        LegalBases = { terms.LegalBases },
        Axes = { terms.Axes.Select(ToContract) },
        ProvisionalBudget = terms.Budget.ToContract(),
        Rates = new C.Rates { StaffDay = terms.Rates.StaffDay.ToContract(), VolunteerHour = terms.Rates.VolunteerHour.ToContract() },
        Grant = terms.Grant.ToContract(),
        Shares = { (terms.Shares ?? []).Select(share => new C.BeneficiaryShare { OrganisationId = share.OrganisationId, Share = (double)share.Share }) },
        Period = new DateRange { Start = Iso(terms.Start), End = Iso(terms.End) },
        Schedule = { terms.Schedule.Select(instalment => new C.Instalment { Amount = instalment.Amount.ToContract(), On = Iso(instalment.On), Condition = instalment.Condition }) },
        FinalReportDue = Iso(terms.FinalReportDue),
        Rules = new C.RuleValues
        {
            ClawbackMonthsAfterEnd = terms.Rules.ClawbackMonthsAfterEnd,
            ExtensionRequestMonthsBeforeEnd = terms.Rules.ExtensionRequestMonthsBeforeEnd,
            TerminationNoticeMonths = terms.Rules.TerminationNoticeMonths,
        },
        BudgetLineId = terms.BudgetLineId,
    };

    private static C.Party ToContract(this Party party) =>
        new() { OrganisationId = party.OrganisationId, SignatoryName = party.SignatoryName, SignatoryTitle = party.SignatoryTitle };

    private static C.ActionAxis ToContract(ActionAxis axis) =>
        new() { Number = axis.Number, Title = axis.Title, StaffDays = (double)axis.StaffDays, VolunteerHours = (double)axis.VolunteerHours };

    private static C.Budget ToContract(this ProvisionalBudget budget) => new()
    {
        Charges = { budget.Charges.Select(ToContract) },
        Products = { budget.Products.Select(ToContract) },
    };

    private static C.BudgetItem ToContract(BudgetItem item) =>
        new() { Label = item.Label, Amount = item.Amount.ToContract(), Kind = ItemKinds.ToContract(item.Kind), Quantity = (double)item.Quantity };

    private static C.Deliberation ToContract(this Deliberation deliberation) => new()
    {
        Number = deliberation.Number,
        On = Iso(deliberation.On),
        Body = deliberation.Body,
        For = deliberation.For,
        Against = deliberation.Against,
        Abstentions = deliberation.Abstentions,
        AbsentWithoutProxy = deliberation.AbsentWithoutProxy,
        Adopted = deliberation.Adopted,
    };

    private static string Iso(DateOnly date) => CalendarDate.ToIso(date);

    private static string Iso(DateOnly? date) => date is { } day ? CalendarDate.ToIso(day) : string.Empty;
}
