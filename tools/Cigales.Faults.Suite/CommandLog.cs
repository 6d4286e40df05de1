using System.Collections.Concurrent;
using Grpc.Core;

namespace Cigales.Faults;

/// <summary>A failed attempt of a command of <paramref name="Kind"/>: what the client was told.</summary>
public sealed record FailedAttempt(CommandKind Kind, DateTimeOffset At, StatusCode Status, string Message, string TraceId);

/// <summary>What a client did with one command: when it first sent it, each failure, and whether and when it was acknowledged.</summary>
public sealed class CommandRecord(MoneyCommand command, string phase, DateTimeOffset sent)
{
    private readonly List<FailedAttempt> _failures = [];
    private readonly Lock _lock = new();

    public MoneyCommand Command { get; } = command;

    public string Phase { get; } = phase;

    public DateTimeOffset Sent { get; } = sent;

    public int Attempts { get; private set; }

    public DateTimeOffset? Acknowledged { get; private set; }

    /// <summary>The id the service answered: the contribution's key, the investment's id, the convention's id.</summary>
    public string Answer { get; private set; } = string.Empty;

    /// <summary>A refusal, which no command of the suite should get: a bug of the suite or of a service.</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<FailedAttempt> Failures
    {
        get
        {
            lock (_lock)
            {
                return [.. _failures];
            }
        }
    }

    public void Attempt()
    {
        lock (_lock)
        {
            Attempts++;
        }
    }

    public void Fail(FailedAttempt failure)
    {
        lock (_lock)
        {
            _failures.Add(failure);
        }
    }

    public void Acknowledge(DateTimeOffset at, string answer)
    {
        lock (_lock)
        {
            (Acknowledged, Answer) = (at, answer);
        }
    }

    public void Refuse(string refusal)
    {
        lock (_lock)
        {
            Refusal = refusal;
        }
    }
}

/// <summary>Every command every client sent (the clients' ledger), for the checks and the figures.</summary>
public sealed class CommandLog
{
    private readonly ConcurrentQueue<CommandRecord> _records = new();

    public CommandRecord Open(MoneyCommand command, string phase, DateTimeOffset sent)
    {
        var record = new CommandRecord(command, phase, sent);
        _records.Enqueue(record);
        return record;
    }

    public IReadOnlyList<CommandRecord> All => [.. _records];

    public IReadOnlyList<CommandRecord> Of(string phase) => _records.Where(record => record.Phase == phase).ToList();
}
