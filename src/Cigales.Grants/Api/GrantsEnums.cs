using Cigales.ServiceKit.Grpc;
using C = Cigales.Contracts.Grants.V1;
using D = Cigales.Grants.Domain;
using O = Cigales.Grants.Domain;

namespace Cigales.Grants.Api;

/// <summary>The Grants contract's enums and the domain's, side by side.</summary>
internal static class GrantsEnums
{
    public static readonly EnumMap<C.ConventionStatus, D.ConventionStatus> Statuses = new(
        (C.ConventionStatus.Drafted, D.ConventionStatus.Drafted),
        (C.ConventionStatus.Voted, D.ConventionStatus.Voted),
        (C.ConventionStatus.Signed, D.ConventionStatus.Signed),
        (C.ConventionStatus.Paid, D.ConventionStatus.Paid),
        (C.ConventionStatus.ReportSubmitted, D.ConventionStatus.ReportSubmitted),
        (C.ConventionStatus.Controlled, D.ConventionStatus.Controlled),
        (C.ConventionStatus.Closed, D.ConventionStatus.Closed),
        (C.ConventionStatus.Terminated, D.ConventionStatus.Terminated));

    public static readonly EnumMap<C.BudgetItemKind, D.BudgetItemKind> ItemKinds = new(
        (C.BudgetItemKind.Unspecified, D.BudgetItemKind.Other),
        (C.BudgetItemKind.Staff, D.BudgetItemKind.Staff),
        (C.BudgetItemKind.Volunteer, D.BudgetItemKind.Volunteer));

    public static readonly EnumMap<C.TerminationKind, D.TerminationKind> Terminations = new(
        (C.TerminationKind.Notice, D.TerminationKind.Notice),
        (C.TerminationKind.FalseDeclaration, D.TerminationKind.FalseDeclaration),
        (C.TerminationKind.BeneficiaryRequest, D.TerminationKind.BeneficiaryRequest));

    public static readonly EnumMap<C.ObligationKind, O.ObligationKind> ObligationKinds = new(
        (C.ObligationKind.FinalReport, O.ObligationKind.FinalReport),
        (C.ObligationKind.ExtensionWindow, O.ObligationKind.ExtensionWindow),
        (C.ObligationKind.Clawback, O.ObligationKind.Clawback),
        (C.ObligationKind.Payment, O.ObligationKind.Payment),
        (C.ObligationKind.Recovery, O.ObligationKind.Recovery));

    public static readonly EnumMap<C.ObligationState, O.ObligationState> ObligationStates = new(
        (C.ObligationState.Upcoming, O.ObligationState.Upcoming),
        (C.ObligationState.Due, O.ObligationState.Due),
        (C.ObligationState.Late, O.ObligationState.Late));
}
