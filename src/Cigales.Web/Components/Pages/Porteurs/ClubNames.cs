using Cigales.Contracts.Clubs.V1;

namespace Cigales.Web.Components.Pages.Porteurs;

/// <summary>Every club's name by its id, to name the clubs of a holder's steps and to choose them in a form.</summary>
public sealed class ClubNames
{
    private readonly Dictionary<string, string> _names;

    private ClubNames(Dictionary<string, string> names) => _names = names;

    public static ClubNames None { get; } = new([]);

    /// <summary>The clubs by name, for a list to choose from.</summary>
    public IEnumerable<KeyValuePair<string, string>> ByName => _names.OrderBy(club => club.Value, StringComparer.CurrentCulture);

    /// <summary>The club's name; its id when the directory does not know it.</summary>
    public string Of(string clubId) => _names.GetValueOrDefault(clubId) ?? clubId;

    /// <summary>Every page of the clubs' directory: staff choose among all the clubs.</summary>
    public static async Task<ClubNames> LoadAsync(ClubsService.ClubsServiceClient clubs)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var token = string.Empty;
        do
        {
            var page = await clubs.ListClubsAsync(new ListClubsRequest { Page = new() { Size = 100, Token = token } });
            foreach (var club in page.Clubs)
            {
                names[club.ClubId] = club.Name;
            }

            token = page.Page?.NextToken ?? string.Empty;
        }
        while (token.Length > 0);

        return new ClubNames(names);
    }
}
