using System.Collections.Concurrent;

namespace Cigales.Faults;

/// <summary>
/// The next command a client sends, drawn at random: mostly contributions, then investments (half
/// of them paid at once, the others only committed), grant payments, and now and then the
/// deliberation that adopts one of the drafted conventions, each adopted once.
/// </summary>
public sealed class CommandSource(Network network)
{
    private readonly ConcurrentQueue<string> _drafted = new(network.DraftedConventions);

    public MoneyCommand Next()
    {
        var random = Random.Shared;
        var roll = random.Next(100);
        if (roll < 3 && _drafted.TryDequeue(out var convention))
        {
            return new AdoptConvention(convention, Network.AdoptedGrant, network.Today);
        }

        var club = network.Clubs[random.Next(network.Clubs.Count)];
        return roll switch
        {
            < 50 => new RecordContribution(club.ClubId, club.Members[random.Next(club.Members.Count)], 100 * random.Next(20, 61), network.Today),
            < 78 => new RecordInvestment(club.ClubId, network.Enterprises[random.Next(network.Enterprises.Count)], 100 * random.Next(100, 501), network.Today, PaidAtOnce: random.Next(2) == 0),
            _ => new RecordGrantPayment(network.SignedConventions[random.Next(network.SignedConventions.Count)], 100 * random.Next(10, 101), network.Today),
        };
    }
}
