using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Model = Cigales.Grants.Domain;

namespace Cigales.Grants.Tests.Api;

/// <summary>The 2025 convention as a client of the API writes it.</summary>
public static class ConventionRequests
{
    public static RegisterOrganisationRequest Register(Model.RegisterOrganisation organisation) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Name = organisation.Name,
        Address = organisation.Address,
        Siret = organisation.Siret,
    };

    /// <summary>The Département, the association and the Mission ESS line, registered through the API.</summary>
    public static async Task<ConventionTerms> PartiesAndLineAsync(GrantsService.GrantsServiceClient grpc)
    {
        var funder = await grpc.RegisterOrganisationAsync(Register(TheConvention2025.Funder));
        var beneficiary = await grpc.RegisterOrganisationAsync(Register(TheConvention2025.Beneficiary));
        var line = await grpc.OpenBudgetLineAsync(new OpenBudgetLineRequest
        {
            FunderId = funder.OrganisationId,
            Year = 2025,
            Operation = "C01-650A01",
            Imputation = "6568//9365",
            Label = "Mission ESS",
            Credits = new Money { Cents = TheConvention2025.Credits.Cents },
        });
        return Terms2025(funder.OrganisationId, beneficiary.OrganisationId, line.BudgetLineId);
    }

    /// <summary>A convention drafted on the given terms, reported on, adopted and signed on 2 June 2025.</summary>
    public static async Task<string> SignedAsync(GrantsService.GrantsServiceClient grpc, ConventionTerms terms)
    {
        var id = (await grpc.DraftConventionAsync(new DraftConventionRequest { Terms = terms })).ConventionId;
        await grpc.RecordCommitteeReportAsync(new RecordCommitteeReportRequest { ConventionId = id, Report = new CommitteeReport { Number = "26", OpinionOn = "2025-05-05" } });
        await grpc.RecordDeliberationAsync(new RecordDeliberationRequest { ConventionId = id, Deliberation = Deliberation2025 });
        await grpc.SignConventionAsync(new DatedRequest { ConventionId = id, On = "2025-06-02" });
        return id;
    }

    public static ConventionTerms Terms2025(string funderId, string beneficiaryId, string budgetLineId) => new()
    {
        FileNumber = "2025-02585",
        Object = "Partenariat 2025 — contribution aux politiques départementales en faveur de l'économie sociale et solidaire",
        Funder = new Party { OrganisationId = funderId, SignatoryName = "Le Président du Conseil départemental" },
        Beneficiary = new Party { OrganisationId = beneficiaryId, SignatoryName = "La Présidente" },
        Axes = { TheConvention2025.Axes.Select(axis => new ActionAxis { Number = axis.Number, Title = axis.Title, StaffDays = (double)axis.StaffDays, VolunteerHours = (double)axis.VolunteerHours }) },
        ProvisionalBudget = Budget(TheConvention2025.Budget),
        Rates = new Rates { StaffDay = new Money { Cents = 36_500 }, VolunteerHour = new Money { Cents = 2_000 } },
        Grant = new Money { Cents = TheConvention2025.Grant.Cents },
        Period = new DateRange { Start = "2025-01-01", End = "2025-12-31" },
        Schedule = { new Instalment { Amount = new Money { Cents = TheConvention2025.Grant.Cents }, Condition = "at signature" } },
        FinalReportDue = "2026-06-01",
        Rules = new RuleValues { ClawbackMonthsAfterEnd = 6, ExtensionRequestMonthsBeforeEnd = 6, TerminationNoticeMonths = 1 },
        BudgetLineId = budgetLineId,
    };

    public static Budget Budget(Model.ProvisionalBudget budget) => new()
    {
        Charges = { budget.Charges.Select(Item) },
        Products = { budget.Products.Select(Item) },
    };

    private static BudgetItem Item(Model.BudgetItem item) => new()
    {
        Label = item.Label,
        Amount = new Money { Cents = item.Amount.Cents },
        Kind = item.Kind switch
        {
            Model.BudgetItemKind.Staff => BudgetItemKind.Staff,
            Model.BudgetItemKind.Volunteer => BudgetItemKind.Volunteer,
            _ => BudgetItemKind.Unspecified,
        },
        Quantity = (double)item.Quantity,
    };

    public static Deliberation Deliberation2025 => new()
    {
        Number = "2025-157",
        On = "2025-05-19",
        Body = "Commission Permanente",
        For = 43,
        AbsentWithoutProxy = 1,
    };
}
