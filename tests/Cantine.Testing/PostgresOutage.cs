using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cantine.Testing;

/// <summary>
/// A TCP relay between one host and the test cluster, which a test cuts to take PostgreSQL away from that host only
/// (the cluster serves the other test classes meanwhile): new connections are refused, open ones are dropped, as
/// when the database server stops. <see cref="Restore"/> listens again on the same port.
/// </summary>
public sealed class PostgresOutage : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener _listener;
    private CancellationTokenSource _stop = new();

    public PostgresOutage()
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        _target = new IPEndPoint(IPAddress.Parse(server.Host == "localhost" ? "127.0.0.1" : server.Host!), server.Port);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _stop.Token);
    }

    public int Port { get; }

    public bool IsDown { get; private set; }

    /// <summary>The connection string of <paramref name="database"/>, through the relay.</summary>
    public string Relay(string database) =>
        new NpgsqlConnectionStringBuilder(database) { Host = "127.0.0.1", Port = Port, Timeout = 2 }.ConnectionString;

    /// <summary>PostgreSQL goes away: the port refuses connections and every open one is dropped.</summary>
    public void Cut()
    {
        IsDown = true;
        _stop.Cancel();
        _listener.Stop();
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    /// <summary>PostgreSQL is back on the same port.</summary>
    public void Restore()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
        IsDown = false;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayAsync(client, ct);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken ct)
    {
        var upstream = new TcpClient();
        lock (_open)
        {
            _open.Add(client);
            _open.Add(upstream);
        }

        try
        {
            await upstream.ConnectAsync(_target, ct);
            await using var a = client.GetStream();
            await using var b = upstream.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, ct), b.CopyToAsync(a, ct));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A dropped connection is the point of the exercise.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
