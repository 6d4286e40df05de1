using Cigales.Contracts.Grants.V1;
using Cigales.Web.Access;
using Grpc.Core;

namespace Cigales.Web.Components.Pages.Evenements;

/// <summary>
/// The conventions whose axes an event's time may count towards, to pick one by its file number
/// rather than type its id. Empty when the person may not list them or Grants does not answer:
/// the id is then typed, and the Events service checks the axis all the same.
/// </summary>
public static class ConventionChoices
{
    private const int PagesAtMost = 5;

    public static async Task<IReadOnlyList<Convention>> LoadAsync(GrantsService.GrantsServiceClient grants, PersonAccess access)
    {
        if (!await access.MayAsync(Contract.Grants(nameof(GrantsService.GrantsServiceClient.ListConventions))))
        {
            return [];
        }

        var conventions = new List<Convention>();
        var token = string.Empty;
        try
        {
            for (var pages = 0; pages < PagesAtMost; pages++)
            {
                var page = await grants.ListConventionsAsync(new ListConventionsRequest { Page = new() { Size = 100, Token = token } });
                conventions.AddRange(page.Conventions);
                token = page.Page?.NextToken ?? string.Empty;
                if (token.Length == 0)
                {
                    break;
                }
            }
        }
        catch (RpcException)
        {
            return [];
        }

        return conventions;
    }

    /// <summary>"2025-02585 — Mission ESS", or the id when the convention is not among those listed.</summary>
    public static string Name(IReadOnlyList<Convention> conventions, string conventionId) =>
        conventions.FirstOrDefault(convention => convention.ConventionId == conventionId) is { Terms: { } terms }
            ? $"{terms.FileNumber} — {terms.Object}"
            : conventionId;

    public static string? AxisTitle(IReadOnlyList<Convention> conventions, string conventionId, int axis) =>
        conventions.FirstOrDefault(convention => convention.ConventionId == conventionId)?.Terms?.Axes.FirstOrDefault(each => each.Number == axis)?.Title;
}
