using Cantine.Attendance.Domain;
using Marten;

namespace Cantine.Attendance.Features.Shared;

/// <summary>The copies of other modules' data that commands read (queries batch theirs).</summary>
internal static class CopyReads
{
    public static async Task<AttendanceSettings> SettingsAsync(this IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<AttendanceSettings>(AttendanceSettings.IdFor(tenantId), ct) ?? AttendanceSettings.Defaults(tenantId);

    public static Task<TownCopy?> TownAsync(this IQuerySession session, CancellationToken ct) => session.LoadAsync<TownCopy>(TownCopy.SingletonId, ct);

    public static async Task<Dictionary<Guid, ChildCopy>> ChildrenAsync(this IQuerySession session, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToArray();
        return distinct.Length == 0 ? [] : (await session.LoadManyAsync<ChildCopy>(ct, distinct)).ToDictionary(c => c.Id);
    }
}
