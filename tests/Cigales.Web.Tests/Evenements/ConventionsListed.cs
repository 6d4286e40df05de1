using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;

namespace Cigales.Web.Tests.Evenements;

/// <summary>The 2025 convention as the events' screens list it, to pick an axis from.</summary>
public static class ConventionsListed
{
    public const string Convention = "a6900b217063462cb67565ef3023e52c";

    public static ListConventionsResponse The2025One() => new()
    {
        Conventions =
        {
            new Convention
            {
                ConventionId = Convention,
                Terms = new ConventionTerms
                {
                    FileNumber = "2025-02585",
                    Object = "Mission ESS",
                    Axes = { new ActionAxis { Number = 1, Title = "accueil" }, new ActionAxis { Number = 3, Title = "rencontres" } },
                    Period = new DateRange { Start = "2025-01-01", End = "2025-12-31" },
                },
            },
        },
        Page = new(),
    };
}
