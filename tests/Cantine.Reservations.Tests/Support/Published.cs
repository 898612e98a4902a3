using Wolverine.Tracking;

namespace Cantine.Reservations.Tests.Support;

internal static class PublishedMessages
{
    /// <summary>
    /// The messages of this type a command published: sent to a consumer, or dropped because no module consumes
    /// them yet (Attendance and Invoicing will).
    /// </summary>
    public static IEnumerable<T> Published<T>(this ITrackedSession session) =>
        session.Sent.MessagesOf<T>().Concat(session.NoRoutes.MessagesOf<T>());
}
