using JasperFx;
using JasperFx.Events;
using Npgsql;

namespace Cantine.BuildingBlocks.Persistence;

/// <summary>
/// Recognises a write that lost a race with another one (ADR 0019): a versioned document changed since it
/// was loaded, an event stream appended to since it was fetched, or a unique key taken meanwhile.
/// </summary>
public static class WriteConflicts
{
    public static bool Is(Exception exception) => exception switch
    {
        ConcurrencyException or DocumentAlreadyExistsException or ExistingStreamIdCollisionException => true,
        Marten.Exceptions.ExistingStreamIdCollisionException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        _ => exception.InnerException is { } inner && Is(inner),
    };
}
