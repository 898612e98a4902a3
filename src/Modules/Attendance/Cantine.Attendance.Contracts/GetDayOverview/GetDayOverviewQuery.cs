using Mediator;

namespace Cantine.Attendance.Contracts.GetDayOverview;

/// <summary>
/// A day at a glance for agents, the kitchen and the town office: each sheet's figures by service and school, the
/// absent children, and the services and schools to open a sheet for.
/// </summary>
public sealed record GetDayOverviewQuery(DateOnly Date) : IQuery<DayOverviewDto>;
