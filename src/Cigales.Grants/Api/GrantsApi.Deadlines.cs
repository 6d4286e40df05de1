using System.Text;
using Cigales.Contracts.Grants.V1;
using Cigales.Grants.Access;
using Cigales.Grants.Domain;
using Cigales.Grants.Grains;
using Cigales.Grants.Projections;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Access;
using Cigales.SharedKernel;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Marten;

namespace Cigales.Grants.Api;

public sealed partial class GrantsApi
{
    /// <summary>Every convention's obligations as of a day, from the read models (a few dozen conventions).</summary>
    public override async Task<Contracts.Grants.V1.Deadlines> GetDeadlines(GetDeadlinesRequest request, ServerCallContext context)
    {
        var asOf = request.AsOf.Length == 0 ? clock.Today() : RequestValues.Date("as_of", request.AsOf);
        var conventions = await GrantsAccess.OwnConventions(query.Query<ConventionView>(), context.CallerOf()).ToListAsync(context.CancellationToken);
        return new Contracts.Grants.V1.Deadlines
        {
            AsOf = CalendarDate.ToIso(asOf),
            Obligations =
            {
                conventions
                    .SelectMany(view => Obligations.For(view.ToSnapshot(), asOf))
                    .OrderBy(obligation => obligation.Date)
                    .ThenBy(obligation => obligation.FileNumber, StringComparer.Ordinal)
                    .Select(obligation => obligation.ToContract()),
            },
        };
    }

    public override async Task<Notifications> ScanDeadlines(ScanDeadlinesRequest request, ServerCallContext context)
    {
        var asOf = request.AsOf.Length == 0 ? clock.Today() : RequestValues.Date("as_of", request.AsOf);
        var raised = await grains.GetGrain<IDeadlineWatchGrain>(IDeadlineWatchGrain.Key).ScanAsync(asOf);
        return new Notifications { Notifications_ = { raised.Select(notice => notice.ToContract()) } };
    }

    public override async Task<Notifications> ListNotifications(ListNotificationsRequest request, ServerCallContext context)
    {
        IQueryable<NotificationRecord> notifications = query.Query<NotificationRecord>();
        var caller = context.CallerOf();
        if (!caller.IsStaff && caller.HoldsAny(GrantsAccess.IsFunder))
        {
            var own = await GrantsAccess.OwnConventions(query.Query<ConventionView>(), caller).Select(view => view.Id).ToListAsync(context.CancellationToken);
            notifications = notifications.Where(record => own.Contains(record.Notice.ConventionId));
        }

        var records = await notifications
            .OrderByDescending(record => record.RaisedAt)
            .Take(request.Limit == 0 ? 100 : request.Limit)
            .ToListAsync(context.CancellationToken);
        return new Notifications { Notifications_ = { records.Select(record => record.Notice.ToContract()) } };
    }

    /// <summary>SCDL subventions v2.1.1 as CSV; the rows that break the schema's rules are refused, naming them.</summary>
    public override async Task<HttpBody> ExportSubventions(ExportSubventionsRequest request, ServerCallContext context)
    {
        var conventions = await query.Query<ConventionView>().ToListAsync(context.CancellationToken);
        var organisations = await query.Query<OrganisationView>().ToListAsync(context.CancellationToken);
        var lines = await query.Query<BudgetLineView>().ToListAsync(context.CancellationToken);
        var rows = ScdlExport.Rows(
            conventions.Select(view => view.ToSnapshot()),
            organisations.ToDictionary(view => view.Id, view => view.ToSnapshot()),
            request.FunderId,
            request.Year,
            lines.ToDictionary(view => view.Id, view => view.Details.Label));
        var invalid = rows.Select(row => (row, problems: row.Problems())).Where(r => r.problems.Count > 0).ToList();
        if (invalid.Count > 0)
        {
            throw new GrainInterfaces.RefusedException(invalid.SelectMany(r => r.problems.Select(problem =>
                Refusal.Precondition(string.Empty, "scdl.row_valid", $"the convention signed on {r.row.DateConvention} with {r.row.NomBeneficiaire} cannot be published: {problem}"))).ToList());
        }

        return new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFrom(ScdlExport.ToCsv(rows), Encoding.UTF8) };
    }
}
