using Cigales.Contracts.Grants.V1;
using Cigales.Grants.Projections;
using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.SharedKernel;
using Google.Protobuf;
using Marten;

namespace Cigales.Grants.Access;

/// <summary>
/// A funder's officer reaches their funder's conventions only (the membership's object is the
/// funder's organisation id, the convention's funder), its budget lines, its own organisation and
/// the beneficiaries of its conventions. Another funder's convention, line or party is answered as
/// if it did not exist (NOT_FOUND); asking to list or export another funder's is refused
/// (PERMISSION_DENIED), and their own funders' list is all they ever get; deadlines and
/// notifications are their own conventions' only.
/// </summary>
public sealed class GrantsAccess(IDocumentStore store) : IObjectAccess
{
    public async ValueTask<ObjectRefusal?> CheckAsync(Caller caller, ContractMethod method, IMessage request, CancellationToken cancellationToken)
    {
        if (!caller.HoldsAny(IsFunder))
        {
            return null;
        }

        var funders = caller.ObjectsAs(IsFunder, method);
        switch (request)
        {
            case ListConventionsRequest list:
                return OwnFunder(funders, list.FunderId, allowAll: true);
            case ListBudgetLinesRequest lines:
                return OwnFunder(funders, lines.FunderId, allowAll: true);
            case ExportSubventionsRequest export:
                return OwnFunder(funders, export.FunderId, allowAll: false);
            case GetDeadlinesRequest or ListNotificationsRequest:
                // Answered for the funder's own conventions only (GrantsApi filters them).
                return null;
        }

        await using var session = store.QuerySession();
        switch (request)
        {
            case GetBudgetLineRequest get:
                var line = await session.LoadAsync<BudgetLineView>(get.BudgetLineId, cancellationToken);
                return line is not null && funders.Contains(line.Details.FunderId)
                    ? null
                    : new ObjectRefusal(get.BudgetLineId, Unknown.BudgetLine(get.BudgetLineId));
            case GetOrganisationRequest get:
                // Its own funder, or a party to one of its conventions.
                var party = funders.Contains(get.OrganisationId) || await session.Query<ConventionView>().AnyAsync(
                    view => funders.Contains(view.State.Terms.Funder.OrganisationId) && view.State.Terms.Beneficiary.OrganisationId == get.OrganisationId,
                    cancellationToken);
                return party ? null : new ObjectRefusal(get.OrganisationId, Unknown.Organisation(get.OrganisationId));
        }

        var conventionId = RequestFields.Text(request, "convention_id") ?? string.Empty;
        var convention = conventionId.Length == 0 ? null : await session.LoadAsync<ConventionView>(conventionId, cancellationToken);
        return convention is not null && funders.Contains(convention.State.Terms.Funder.OrganisationId)
            ? null
            : new ObjectRefusal(conventionId, Unknown.Convention(conventionId));
    }

    /// <summary>The funder's officer's conventions: those of the funders it acts for.</summary>
    public static IQueryable<ConventionView> OwnConventions(IQueryable<ConventionView> conventions, Caller caller)
    {
        if (caller.IsStaff || !caller.HoldsAny(IsFunder))
        {
            return conventions;
        }

        var funders = caller.ObjectsAs(IsFunder);
        return conventions.Where(view => funders.Contains(view.State.Terms.Funder.OrganisationId));
    }

    private static ObjectRefusal? OwnFunder(IReadOnlyList<string> funders, string funderId, bool allowAll) =>
        (allowAll && funderId.Length == 0) || funders.Contains(funderId)
            ? null
            : new ObjectRefusal(funderId, new Refusal(
                RefusalKind.PermissionDenied, "funder_id", "funder.own_conventions", "a funder reads its own conventions, budget lines and exports only"));

    public static bool IsFunder(string role) => role == Roles.Funder;
}
