using System.Net.Sockets;
using Npgsql;

namespace Cantine.Host.Resilience;

/// <summary>Whether a failure means "PostgreSQL cannot be reached" rather than a bug (issue #18, defect 3).</summary>
public static class DatabaseOutage
{
    /// <summary>
    /// Anywhere in the chain: a connection that could not be opened or was lost (an <see cref="NpgsqlException"/> that
    /// is not a server's answer, or a socket error), or the server saying it is shutting down, starting, or full
    /// (SQLSTATE classes 08, 53 and 57P).
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p when p.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || p.SqlState.StartsWith("53", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException or SocketException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }
}
