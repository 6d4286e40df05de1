using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.DemoData.Reference;
using Grpc.Net.Client;

namespace Cigales.DemoData.Import;

/// <summary>The funder and the beneficiary, the budget lines, the 2025 convention up to its deliberation and the 2024 one to its closure.</summary>
internal sealed class GrantsImport(GrpcChannel gateway)
{
    private readonly GrantsService.GrantsServiceClient _grants = new(gateway);

    /// <summary>The organisations that have a SIRET (the partners in the file have none); their ids by reference id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OrganisationsAsync(IEnumerable<ReferenceOrganisation> organisations, CancellationToken cancellation)
    {
        var ids = new Dictionary<string, string>();
        foreach (var organisation in organisations.Where(o => o.Siret is not null))
        {
            var registered = await _grants.RegisterOrganisationAsync(new RegisterOrganisationRequest
            {
                RequestId = DemoIds.For($"organisation/{organisation.Id}"),
                Name = organisation.Name,
                Address = organisation.Address ?? string.Empty,
                Siret = organisation.Siret,
            }, cancellationToken: cancellation);
            ids[organisation.Id] = registered.OrganisationId;
        }

        return ids;
    }

    public async Task<Convention> ConventionAsync(ReferenceConvention reference, IReadOnlyDictionary<string, string> organisations, CancellationToken cancellation)
    {
        var funder = organisations[reference.Funder];
        var start = DateOnly.ParseExact(reference.Period.Start, "yyyy-MM-dd");
        var line = await _grants.OpenBudgetLineAsync(new OpenBudgetLineRequest
        {
            RequestId = DemoIds.For($"budget-line/{reference.Funder}/{start.Year}/{reference.BudgetLine.Operation}"),
            FunderId = funder,
            Year = start.Year,
            Operation = reference.BudgetLine.Operation,
            Imputation = reference.BudgetLine.Imputation,
            Label = reference.BudgetLine.Label,
            Credits = new Money { Cents = reference.BudgetLine.CreditsCents },
        }, cancellationToken: cancellation);

        var convention = await _grants.DraftConventionAsync(new DraftConventionRequest
        {
            RequestId = DemoIds.For($"convention/{reference.FileNumber}"),
            Terms = Terms(reference, funder, organisations[reference.Beneficiary], line.BudgetLineId),
        }, cancellationToken: cancellation);

        if (convention.Report is null)
        {
            convention = await _grants.RecordCommitteeReportAsync(new RecordCommitteeReportRequest
            {
                ConventionId = convention.ConventionId,
                Report = new CommitteeReport { Number = reference.Report.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), OpinionOn = reference.Report.CommitteeOpinion, Opinion = "favourable" },
            }, cancellationToken: cancellation);
        }

        if (convention.Deliberation is null)
        {
            var deliberation = reference.Deliberation;
            convention = await _grants.RecordDeliberationAsync(new RecordDeliberationRequest
            {
                ConventionId = convention.ConventionId,
                Deliberation = new Deliberation
                {
                    Number = deliberation.Number,
                    On = deliberation.Date,
                    Body = deliberation.Body,
                    For = deliberation.Votes.For,
                    Against = deliberation.Votes.Against,
                    Abstentions = deliberation.Votes.Abstention,
                    AbsentWithoutProxy = deliberation.Votes.AbsentWithoutProxy,
                },
            }, cancellationToken: cancellation);
        }

        return convention;
    }

    /// <summary>
    /// A convention carried through to its closure: signed and paid as its terms say, its final
    /// report built from what the system recorded in its period (the events and investments the
    /// file gives), submitted, controlled and closed on the days given. The file gives no actual
    /// costs: the report declares the provisional budget as spent, and each inconsistency the
    /// records raise is acknowledged as a figure the file does not give.
    /// </summary>
    public async Task FinishedConventionAsync(
        ReferenceConvention reference, IReadOnlyDictionary<string, string> organisations, FinishedCycle cycle, CancellationToken cancellation)
    {
        var convention = await ConventionAsync(reference, organisations, cancellation);
        var id = convention.ConventionId;
        if (convention.Status == ConventionStatus.Voted)
        {
            convention = await _grants.SignConventionAsync(new DatedRequest { ConventionId = id, On = cycle.SignedOn }, cancellationToken: cancellation);
        }

        if (convention.Paid.Cents < reference.AmountCents)
        {
            convention = await _grants.RecordGrantPaymentAsync(new RecordGrantPaymentRequest
            {
                ConventionId = id,
                RequestId = DemoIds.For($"convention/{reference.FileNumber}/payment"),
                Amount = new Money { Cents = reference.AmountCents },
                On = cycle.PaidOn,
            }, cancellationToken: cancellation);
        }

        if (convention.Status == ConventionStatus.Paid)
        {
            await ReportAsIsAsync(id, reference, cycle.Department, cancellation);
            convention = await _grants.SubmitFinalReportDraftAsync(new DatedRequest { ConventionId = id, On = cycle.ReportedOn }, cancellationToken: cancellation);
        }

        if (convention.Status == ConventionStatus.ReportSubmitted)
        {
            convention = await _grants.ControlConventionAsync(new ControlConventionRequest
            {
                ConventionId = id,
                On = cycle.ControlledOn,
                Accepted = new Money { Cents = reference.AmountCents },
            }, cancellationToken: cancellation);
        }

        if (convention.Status == ConventionStatus.Controlled)
        {
            await _grants.CloseConventionAsync(new DatedRequest { ConventionId = id, On = cycle.ClosedOn }, cancellationToken: cancellation);
        }
    }

    /// <summary>The draft with the provisional budget as the actual one, each inconsistency the records raise acknowledged.</summary>
    private async Task ReportAsIsAsync(string conventionId, ReferenceConvention reference, string department, CancellationToken cancellation)
    {
        var draft = new ReportDraft
        {
            Actual = Terms(reference, string.Empty, string.Empty, string.Empty).ProvisionalBudget,
            Department = department,
            ActivityReport = $"Bilan {reference.Period.Start[..4]} établi à partir des événements et des investissements enregistrés "
                + "(fichier de référence du Pas-de-Calais) ; le fichier ne donne pas les dépenses réelles : le budget prévisionnel est repris.",
        };
        var saved = await _grants.SaveFinalReportDraftAsync(new SaveFinalReportDraftRequest { ConventionId = conventionId, Draft = draft }, cancellationToken: cancellation);
        if (saved.Submittable)
        {
            return;
        }

        draft.Acknowledgements.AddRange(saved.Inconsistencies.Select(inconsistency => new Acknowledgement
        {
            Inconsistency = inconsistency.Id,
            Reason = "Démonstration : le fichier de référence ne donne pas ce chiffre.",
        }));
        await _grants.SaveFinalReportDraftAsync(new SaveFinalReportDraftRequest { ConventionId = conventionId, Draft = draft }, cancellationToken: cancellation);
    }

    /// <summary>
    /// The terms as the file gives them. The file names the budget lines only: the staff line is
    /// the one of the staff's services (days at the day rate), the volunteer valuation the one of
    /// volunteering (hours at the hour rate), as DOMAIN.md describes the 2025 budget.
    /// </summary>
    private static ConventionTerms Terms(ReferenceConvention reference, string funder, string beneficiary, string budgetLine)
    {
        BudgetItem Item(ReferenceBudgetItem item)
        {
            var (kind, rate) = item.Line switch
            {
                var label when label.Contains("salariat", StringComparison.OrdinalIgnoreCase) => (BudgetItemKind.Staff, reference.Rates.StaffDayCents),
                var label when label.Contains("bénévolat", StringComparison.OrdinalIgnoreCase) => (BudgetItemKind.Volunteer, reference.Rates.VolunteerHourCents),
                _ => (BudgetItemKind.Unspecified, 0L),
            };
            return new BudgetItem { Label = item.Line, Amount = new Money { Cents = item.AmountCents }, Kind = kind, Quantity = rate == 0 ? 0 : (double)item.AmountCents / rate };
        }

        return new ConventionTerms
        {
            FileNumber = reference.FileNumber,
            Object = reference.Object,
            Funder = new Party { OrganisationId = funder },
            Beneficiary = new Party { OrganisationId = beneficiary },
            Axes = { reference.Axes.Select(axis => new ActionAxis { Number = axis.Number, Title = axis.Title, StaffDays = (double)axis.StaffDays, VolunteerHours = (double)axis.VolunteerHours }) },
            ProvisionalBudget = new Budget { Charges = { reference.ProvisionalBudget.Charges.Select(Item) }, Products = { reference.ProvisionalBudget.Products.Select(Item) } },
            Rates = new Rates { StaffDay = new Money { Cents = reference.Rates.StaffDayCents }, VolunteerHour = new Money { Cents = reference.Rates.VolunteerHourCents } },
            Grant = new Money { Cents = reference.AmountCents },
            Period = new DateRange { Start = reference.Period.Start, End = reference.Period.End },
            // "single instalment at signature"
            Schedule = { new Instalment { Amount = new Money { Cents = reference.AmountCents }, Condition = "at signature" } },
            FinalReportDue = reference.FinalReportDue,
            Rules = new RuleValues { ClawbackMonthsAfterEnd = 6, ExtensionRequestMonthsBeforeEnd = 6, TerminationNoticeMonths = 1 },
            BudgetLineId = budgetLine,
        };
    }
}

/// <summary>The days a finished convention went through its cycle, and the department its report counts.</summary>
internal sealed record FinishedCycle(string SignedOn, string PaidOn, string ReportedOn, string ControlledOn, string ClosedOn, string Department);
