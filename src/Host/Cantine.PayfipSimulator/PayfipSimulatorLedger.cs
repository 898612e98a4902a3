using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace Cantine.PayfipSimulator;

/// <summary>What the person on the simulator's card page chooses.</summary>
public enum PayfipSimulatedOutcome
{
    /// <summary>Paid (<c>resultrans</c> P), notified once.</summary>
    Paid,

    /// <summary>Refused by the bank (<c>resultrans</c> R), notified.</summary>
    Refused,

    /// <summary>Abandoned on the card page (<c>resultrans</c> A), notified.</summary>
    Abandoned,

    /// <summary>Paid, but the notification is lost: only a detail request finds it.</summary>
    PaidNeverNotified,

    /// <summary>Paid, and the notification arrives twice at the same time.</summary>
    PaidNotifiedTwice,
}

/// <summary>An operation PayFiP created: the request as received, and its outcome once the card page was used.</summary>
public sealed class SimulatedOperation(string idOp, SimulatedCreationRequest request, DateTimeOffset createdAt)
{
    private readonly Lock _lock = new();

    public string IdOp { get; } = idOp;

    public SimulatedCreationRequest Request { get; } = request;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public PayfipSimulatedOutcome? Outcome { get; private set; }

    public string? ResultTrans { get; private set; }

    public string? NumAuto { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>How many notifications the simulator sent for it.</summary>
    public int NotificationsSent;

    /// <summary>A test's change to the detail PayFiP returns (an amount or a reference that does not match).</summary>
    public Action<SimulatedDetail>? Tamper { get; set; }

    /// <summary>Records the outcome once; false when the operation already had one.</summary>
    public bool Settle(PayfipSimulatedOutcome outcome, DateTimeOffset at)
    {
        lock (_lock)
        {
            if (Outcome is not null)
            {
                return false;
            }

            Outcome = outcome;
            ResultTrans = outcome switch
            {
                PayfipSimulatedOutcome.Refused => "R",
                PayfipSimulatedOutcome.Abandoned => "A",
                _ => "P",
            };
            NumAuto = ResultTrans == "P" ? RandomNumberGenerator.GetInt32(100000, 1000000).ToString(CultureInfo.InvariantCulture) : null;
            DoneAt = at;
            return true;
        }
    }
}

/// <summary>
/// The simulator's memory: the operations created since it started (it forgets them when it stops, as a test server
/// should), and switches a test can turn (<see cref="Down"/>). Thread-safe.
/// </summary>
public sealed class PayfipSimulatorLedger
{
    private readonly ConcurrentDictionary<string, SimulatedOperation> _operations = new(StringComparer.Ordinal);

    /// <summary>The web service answers 503 to everything (PayFiP unreachable).</summary>
    public bool Down { get; set; }

    public IReadOnlyCollection<SimulatedOperation> Operations => [.. _operations.Values.OrderBy(o => o.CreatedAt)];

    public SimulatedOperation Create(SimulatedCreationRequest request, DateTimeOffset at)
    {
        var operation = new SimulatedOperation(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), request, at);
        _operations[operation.IdOp] = operation;
        return operation;
    }

    public SimulatedOperation? Find(string? idOp) =>
        idOp is not null && _operations.TryGetValue(idOp.Trim(), out var operation) ? operation : null;

    /// <summary>The operation created for <paramref name="refdet"/> last (tests find the idOp the product got).</summary>
    public SimulatedOperation? LastFor(string refdet) =>
        _operations.Values.Where(o => string.Equals(o.Request.RefDet, refdet, StringComparison.Ordinal)).MaxBy(o => o.CreatedAt);
}
