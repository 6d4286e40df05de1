using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <param name="Operation">The funder's operation code, e.g. <c>C01-650A01</c>.</param>
/// <param name="Imputation">The nature/function imputation, e.g. <c>6568//9365</c>.</param>
/// <param name="Credits">The payment credits opened for the year.</param>
public sealed record OpenBudgetLine(
    string FunderId,
    int Year,
    string Operation,
    string Imputation,
    string Label,
    Money Credits);

public sealed record BudgetCharge(
    string Key,
    string ConventionId,
    Money Amount);

public sealed record BudgetLineSnapshot(
    string BudgetLineId,
    OpenBudgetLine Details,
    Money Charged,
    Money Available);
