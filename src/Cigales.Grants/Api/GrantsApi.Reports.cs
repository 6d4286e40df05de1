using System.Text;
using Cigales.Contracts.Grants.V1;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Reports;
using Cigales.Grants.Domain;
using Cigales.Grants.Grains;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Convention = Cigales.Contracts.Grants.V1.Convention;

namespace Cigales.Grants.Api;

/// <summary>
/// The reports: the convention's final report, built from the staff's draft (kept by the
/// convention's grain) and what the Events, Finance and Clubs services recorded (asked of their
/// figures grains); the network's yearly figures.
/// </summary>
public sealed partial class GrantsApi
{
    public override async Task<Contracts.Grants.V1.FinalReportDraft> SaveFinalReportDraft(SaveFinalReportDraftRequest request, ServerCallContext context)
    {
        var convention = await Convention(request.ConventionId).SaveReportDraftAsync(request.Draft.ToDomain());
        return (await BuildAsync(convention)).ToContract();
    }

    public override async Task<Contracts.Grants.V1.FinalReportDraft> GetFinalReportDraft(GetFinalReportDraftRequest request, ServerCallContext context) =>
        (await FinalReportAsync(request.ConventionId)).ToContract();

    public override async Task<HttpBody> ExportFinalReportCsv(ExportFinalReportRequest request, ServerCallContext context) => new()
    {
        ContentType = "text/csv; charset=utf-8",
        Data = ByteString.CopyFrom(FinalReportCsv.Write(await FinalReportAsync(request.ConventionId), french: request.Locale != "en")),
    };

    public override async Task<HttpBody> ExportFinalReportHtml(ExportFinalReportRequest request, ServerCallContext context) => new()
    {
        ContentType = "text/html; charset=utf-8",
        Data = ByteString.CopyFrom(FinalReportHtml.Write(await FinalReportAsync(request.ConventionId)), Encoding.UTF8),
    };

    public override async Task<Convention> SubmitFinalReportDraft(DatedRequest request, ServerCallContext context)
    {
        var report = await FinalReportAsync(request.ConventionId);
        if (report.Convention.ReportDraft is null)
        {
            throw new RefusedException(Refusal.Precondition(string.Empty, "report.draft_exists", "the final report has no draft yet: save one first"));
        }

        var open = report.Inconsistencies.Where(inconsistency => !inconsistency.Acknowledged).ToList();
        if (open.Count > 0)
        {
            throw new RefusedException(open.Select(inconsistency => Refusal.Precondition(
                inconsistency.Id, "report.inconsistent", $"{inconsistency.Message}: fix it in the draft, or acknowledge it with a reason")).ToList());
        }

        var on = RequestValues.Date("on", request.On);
        return (await Convention(request.ConventionId).SubmitFinalReportAsync(FinalReportBuilder.ToFinalReport(report, on))).ToContract();
    }

    public override async Task<Contracts.Grants.V1.NetworkReport> GetNetworkReport(GetNetworkReportRequest request, ServerCallContext context)
    {
        var (region, departments) = await NetworkFiguresAsync(request.Year);
        return new Contracts.Grants.V1.NetworkReport { Year = request.Year, Region = region.ToContract(), Departments = { departments.Select(area => area.ToContract()) } };
    }

    public override async Task<HttpBody> ExportNetworkReportCsv(GetNetworkReportRequest request, ServerCallContext context)
    {
        var (region, departments) = await NetworkFiguresAsync(request.Year);
        return new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFrom(NetworkFiguresReport.Csv(request.Year, region, departments)) };
    }

    private async Task<FinalReportView> FinalReportAsync(string conventionId)
    {
        var convention = await Convention(conventionId).GetAsync()
            ?? throw new RefusedException(Unknown.Convention(conventionId));
        return await BuildAsync(convention);
    }

    /// <summary>
    /// The records of the convention's period, asked of the services that keep them, and the
    /// report built from them and the draft (before any draft: the records against the plan alone).
    /// </summary>
    private async Task<FinalReportView> BuildAsync(ConventionSnapshot convention)
    {
        var draft = convention.ReportDraft ?? FinalReportBuilder.NothingWritten;
        var (from, to) = (convention.Terms.Start, convention.Terms.End);
        // Three services and two organisations, asked at once.
        var events = grains.GetGrain<IEventsFigures>(0).EventsAsync(from, to);
        var outsideWork = grains.GetGrain<IEventsFigures>(0).OutsideWorkAsync(from, to);
        var finance = grains.GetGrain<IFinanceFigures>(0).PeriodAsync(from, to, draft.Department);
        var clubs = grains.GetGrain<IClubsFigures>(0).CreatedAsync(from, to, draft.Department);
        var funder = grains.GetGrain<IOrganisationGrain>(convention.Terms.Funder.OrganisationId).GetAsync();
        var beneficiary = grains.GetGrain<IOrganisationGrain>(convention.Terms.Beneficiary.OrganisationId).GetAsync();
        await Task.WhenAll(events, outsideWork, finance, clubs, funder, beneficiary);
        return FinalReportBuilder.Build(
            convention, (await funder)?.Details.Name ?? string.Empty, (await beneficiary)?.Details.Name ?? string.Empty, draft,
            new ReportFacts(await events, await finance, await clubs, await outsideWork));
    }

    private async Task<(AreaFigures Region, IReadOnlyList<AreaFigures> Departments)> NetworkFiguresAsync(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        async Task<AreaFigures> AreaAsync(string department) => new(
            department,
            await grains.GetGrain<IClubsFigures>(0).YearAsync(year, department),
            await grains.GetGrain<IFinanceFigures>(0).PeriodAsync(from, to, department));
        var departments = new List<AreaFigures>();
        foreach (var department in NetworkFiguresReport.Departments)
        {
            departments.Add(await AreaAsync(department));
        }

        return (await AreaAsync(string.Empty), departments);
    }
}
