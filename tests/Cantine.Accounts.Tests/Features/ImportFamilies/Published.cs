using Wolverine.Tracking;

namespace Cantine.Accounts.Tests.Features.ImportFamilies;

/// <summary>The integration events a tracked command published, whether or not a module handles them yet.</summary>
public static class Published
{
    public static IReadOnlyList<T> Of<T>(ITrackedSession messages) =>
        [.. messages.Sent.MessagesOf<T>().Concat(messages.NoRoutes.MessagesOf<T>()).Distinct()];
}
