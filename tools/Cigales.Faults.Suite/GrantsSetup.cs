using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;

namespace Cigales.Faults;

/// <summary>The funder, the beneficiary, and the funder's budget line for this year.</summary>
internal sealed record GrantParties(string Funder, string Beneficiary, string Line);

/// <summary>The parties of the suite's conventions, and conventions charged to their line.</summary>
internal sealed class GrantsSetup(Api api, Delivery calls, DateOnly today)
{
    /// <summary>The line's credits: 10 M€, more than every grant of the suite.</summary>
    private const long Credits = 1_000_000_000;

    public async Task<GrantParties> PartiesAsync(CancellationToken cancellation)
    {
        var funder = await calls.AnsweredAsync(call => api.Grants.RegisterOrganisationAsync(new RegisterOrganisationRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Name = "Département des fautes",
            Siret = "22620001200012",
        }, call), cancellation);
        var line = await calls.AnsweredAsync(call => api.Grants.OpenBudgetLineAsync(new OpenBudgetLineRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            FunderId = funder.OrganisationId,
            Year = today.Year,
            Operation = "FAULTS-01",
            Label = "Fault suite",
            Credits = new Money { Cents = Credits },
        }, call), cancellation);
        var beneficiary = await calls.AnsweredAsync(call => api.Grants.RegisterOrganisationAsync(new RegisterOrganisationRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Name = "Association régionale des fautes",
            Rna = "W623000001",
        }, call), cancellation);
        return new GrantParties(funder.OrganisationId, beneficiary.OrganisationId, line.BudgetLineId);
    }

    /// <summary>A convention drafted and not yet voted on: adopting it charges its grant to the line.</summary>
    public async Task<string> DraftedConventionAsync(GrantParties parties, long grant, CancellationToken cancellation)
    {
        var convention = await calls.AnsweredAsync(call => api.Grants.DraftConventionAsync(new DraftConventionRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Terms = Terms(parties, grant),
        }, call), cancellation);
        return convention.ConventionId;
    }

    /// <summary>A convention adopted and signed, ready for payments.</summary>
    public async Task<string> SignedConventionAsync(GrantParties parties, long grant, CancellationToken cancellation)
    {
        var convention = await DraftedConventionAsync(parties, grant, cancellation);
        await calls.AnsweredAsync(call => api.Grants.RecordDeliberationAsync(new RecordDeliberationRequest
        {
            ConventionId = convention,
            Deliberation = new Deliberation { Number = $"S-{convention[..12]}", On = MoneyCommand.Iso(new DateOnly(today.Year, 1, 1)), For = 40, Against = 2 },
        }, call), cancellation);
        await calls.AnsweredAsync(call => api.Grants.SignConventionAsync(new DatedRequest { ConventionId = convention, On = MoneyCommand.Iso(new DateOnly(today.Year, 1, 1)) }, call), cancellation);
        return convention;
    }

    /// <summary>The smallest terms the rules accept: one axis, a balanced budget, the grant paid in one instalment.</summary>
    private ConventionTerms Terms(GrantParties parties, long grant) => new()
    {
        FileNumber = $"F-{Guid.NewGuid():N}"[..20],
        Object = "Fault suite",
        Funder = new Party { OrganisationId = parties.Funder },
        Beneficiary = new Party { OrganisationId = parties.Beneficiary },
        Axes = { new ActionAxis { Number = 1, Title = "Accompagner les clubs" } },
        ProvisionalBudget = new Budget
        {
            Charges = { new BudgetItem { Label = "Actions", Amount = new Money { Cents = grant } } },
            Products = { new BudgetItem { Label = "Subvention", Amount = new Money { Cents = grant } } },
        },
        Rates = new Rates { StaffDay = new Money { Cents = 30_000 }, VolunteerHour = new Money { Cents = 1_500 } },
        Grant = new Money { Cents = grant },
        Period = new DateRange { Start = MoneyCommand.Iso(new DateOnly(today.Year, 1, 1)), End = MoneyCommand.Iso(new DateOnly(today.Year, 12, 31)) },
        Schedule = { new Instalment { Amount = new Money { Cents = grant }, Condition = "at signature" } },
        FinalReportDue = MoneyCommand.Iso(new DateOnly(today.Year + 1, 6, 30)),
        Rules = new RuleValues { ClawbackMonthsAfterEnd = 6, ExtensionRequestMonthsBeforeEnd = 6, TerminationNoticeMonths = 1 },
        BudgetLineId = parties.Line,
    };
}
