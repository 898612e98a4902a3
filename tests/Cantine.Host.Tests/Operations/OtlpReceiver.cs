using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// A tiny OpenTelemetry collector: OTLP over HTTP with protobuf bodies (<c>POST /v1/traces</c>, <c>/v1/metrics</c>,
/// <c>/v1/logs</c>) on a loopback port, keeping every body it receives. Protobuf writes strings as UTF-8 bytes, so a
/// test finds span names, instrumentation scopes and attribute values in them without decoding.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _received = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public string Endpoint => _app.Urls.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            var content = request.Headers.ContentEncoding.ToString() == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
            await content.CopyToAsync(body);
            receiver._received.Enqueue((signal, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await receiver._app.StartAsync();
        return receiver;
    }

    public int Posts(string signal) => _received.Count(r => r.Signal == signal);

    /// <summary>Whether some body of <paramref name="signal"/> holds <paramref name="text"/> (UTF-8).</summary>
    public bool Holds(string signal, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return _received.Any(r => r.Signal == signal && r.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>Whether any body of any signal holds <paramref name="text"/>.</summary>
    public bool HoldsAnywhere(string text) => _received.Select(r => r.Signal).Distinct().ToList().Any(s => Holds(s, text));

    /// <summary>Writes every body received under <c>$CANTINE_ARTIFACTS/otlp/</c> (to look at with <c>protoc --decode_raw</c>).</summary>
    public void SaveArtifacts(string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("CANTINE_ARTIFACTS") ?? Path.GetTempPath(), "otlp", name);
        Directory.CreateDirectory(folder);
        var i = 0;
        foreach (var (signal, body) in _received)
        {
            File.WriteAllBytes(Path.Combine(folder, $"{++i:D4}-{signal}.pb"), body);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
