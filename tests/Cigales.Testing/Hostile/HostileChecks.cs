using Google.Protobuf;
using Xunit;

namespace Cigales.Testing.Hostile;

public static class HostileChecks
{
    /// <summary>
    /// Sends the corpus and checks what every input got: no 5xx, no INTERNAL, UNKNOWN or
    /// UNAVAILABLE, no write taken — and, by what <paramref name="stored"/> says of the stores
    /// before and after (counts, and what was stored, named), nothing stored.
    /// </summary>
    /// <returns>How many inputs were sent.</returns>
    public static async Task<int> NothingBreaksNorIsStoredAsync(
        IReadOnlyList<HostileInput> corpus, HttpClient json, HttpClient grpc, string token, Func<Task<IReadOnlyList<string>>> stored, CancellationToken cancellationToken)
    {
        var before = await stored();

        var outcomes = await new HostileSender(json, grpc, token).SendAsync(corpus, cancellationToken);

        var faults = outcomes.Where(outcome => outcome.Fault is not null).ToList();
        Assert.True(faults.Count == 0, $"{faults.Count} of {outcomes.Count} hostile inputs were mishandled:\n"
            + string.Join('\n', faults.Take(80).Select(fault => $"{fault.Fault}: {fault.Input.What} -> {fault.Http} {fault.Grpc ?? fault.JsonCode} {fault.Detail}")));
        var after = await stored();
        Assert.True(before.SequenceEqual(after), "the hostile inputs stored something:\nbefore: " + string.Join("; ", before.Except(after))
            + "\nafter: " + string.Join("; ", after.Except(before)));
        return outcomes.Count;
    }

    /// <summary>The corpus of one service's methods, from empty requests.</summary>
    public static IReadOnlyList<HostileInput> CorpusOf(string service) =>
        HostileCorpus.Generate(new Dictionary<string, IMessage>(), new Dictionary<string, string>()).Where(input => input.Method.Service == service).ToList();
}
