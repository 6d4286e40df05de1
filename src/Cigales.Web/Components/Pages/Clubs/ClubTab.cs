using Cigales.Contracts.Clubs.V1;
using Cigales.Web.Access;
using Cigales.Web.Formatting;
using Cigales.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Cigales.Web.Components.Pages.Clubs;

/// <summary>A tab of a club's page: the page as it stands, and how to show the page a command answered.</summary>
public abstract class ClubTab : CigalesComponent
{
    [Inject]
    protected ClubsService.ClubsServiceClient Clubs { get; set; } = default!;

    [Parameter, EditorRequired]
    public ClubPage Page { get; set; } = default!;

    [Parameter]
    public EventCallback<ClubPage> Changed { get; set; }

    protected string ClubId => Page.Club.ClubId;

    /// <summary>The members today, by name, for the forms that name one.</summary>
    protected IEnumerable<Member> CurrentMembers => Page.Members.Where(member => member.Current).OrderBy(member => member.FullName, StringComparer.CurrentCulture);

    protected string NameOf(string personId) =>
        Page.Members.FirstOrDefault(member => member.PersonId == personId) is { } member ? (member.Erased ? "(identité effacée)" : member.FullName) : personId;

    protected Task<bool> MayAsync(string method) => Access.MayOnAsync(Contract.Clubs(method), ClubId);

    protected static string Iso(DateTime? day) => day is { } value ? French.Iso(DateOnly.FromDateTime(value)) : string.Empty;

    protected static string IsoMonth(DateTime? month) => month is { } value ? value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
