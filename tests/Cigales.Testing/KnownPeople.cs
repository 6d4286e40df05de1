using System.Collections.Concurrent;
using Cigales.Security;
using Cigales.ServiceKit.Mail;

namespace Cigales.Testing;

/// <summary>
/// The accounts' addresses as a test sets them (the identity service's, in the running system):
/// who holds which membership. Shared by a test assembly's silos; each test registers the
/// organisations it makes, under ids of its own.
/// </summary>
public sealed class KnownPeople : IPeopleToNotify
{
    /// <summary>The staff every test silo knows.</summary>
    public static readonly Recipient Staff = new("equipe@cigales.test", "Camille Durand");

    private static readonly ConcurrentDictionary<Membership, IReadOnlyList<Recipient>> Holders = new()
    {
        [new Membership(Roles.Staff, string.Empty)] = [Staff],
    };

    public static void Register(Membership membership, params Recipient[] people) => Holders[membership] = people;

    public Task<IReadOnlyList<Recipient>> HoldingAsync(Membership membership, CancellationToken cancellation) =>
        Task.FromResult(Holders.GetValueOrDefault(membership, []));
}
