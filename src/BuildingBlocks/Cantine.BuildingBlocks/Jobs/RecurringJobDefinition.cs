using System.Linq.Expressions;
using Hangfire;

namespace Cantine.BuildingBlocks.Jobs;

/// <summary>
/// A recurring job a module declares; the host schedules every definition at start-up.
/// Ids look like <c>module:what</c>; crons run in Europe/Paris.
/// </summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Action<IRecurringJobManager, string, RecurringJobOptions> Schedule)
{
    public static RecurringJobDefinition For<TJob>(string id, string cron, Expression<Func<TJob, Task>> call) =>
        new(id, cron, (manager, jobId, options) => manager.AddOrUpdate(jobId, call, cron, options));
}
