using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Tracking;

namespace Cantine.Testing;

/// <summary>Runs a command and waits for every integration message it caused to be handled (STYLE §9: tracked sessions).</summary>
public static class Tracking
{
    public static async Task<(T Result, ITrackedSession Messages)> SendTrackedAsync<T>(
        this CantineApp app, string tenant, Func<ISender, ValueTask<T>> send, TimeSpan? timeout = null)
    {
        var result = default(T)!;
        var messages = await app.TrackAsync(async () => result = await app.SendAsync(tenant, send), timeout);
        return (result, messages);
    }

    /// <summary>Runs <paramref name="action"/> and waits until Wolverine has handled everything it sent.</summary>
    public static Task<ITrackedSession> TrackAsync(this CantineApp app, Func<Task> action, TimeSpan? timeout = null) =>
        app.Services.GetRequiredService<IHost>().TrackActivity()
            .Timeout(timeout ?? TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => action()));
}
