using Cigales.Contracts.Finance.V1;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using static Cigales.Finance.Api.FinanceEnums;
using D = Cigales.Finance.Domain;

namespace Cigales.Finance.Api;

internal static class PartnersMapping
{
    public static SharedProject ToContract(this D.SharedProjectSnapshot project) => new()
    {
        ProjectHolderId = project.ProjectHolderId,
        ProjectName = project.ProjectName,
        Activity = project.Activity,
        Town = project.Town,
        Department = project.Department,
        Stage = Stages.ToContract(project.Stage),
        Summary = project.Summary,
        AmountSought = project.AmountSought.ToContract(),
        SharedOn = CalendarDate.ToIso(project.SharedOn),
        WithdrawnOn = project.WithdrawnOn is { } withdrawn ? CalendarDate.ToIso(withdrawn) : string.Empty,
        CoFinancings = { project.CoFinancings.Select(ToContract) },
    };

    public static PartnerCoFinancing ToContract(this D.PartnerCoFinancing coFinancing) => new()
    {
        PartnerId = coFinancing.PartnerId,
        PartnerName = coFinancing.PartnerName,
        Amount = coFinancing.Amount.ToContract(),
        Instrument = Instruments.ToContract(coFinancing.Instrument),
        Status = CoFinancingStatuses.ToContract(coFinancing.Status),
        On = CalendarDate.ToIso(coFinancing.On),
    };
}
