using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Attendance.Contracts.RemindAgents;

/// <summary>
/// Once the town's reminder time has passed on <see cref="Today"/>, e-mails the agents the list of today's sheets not
/// validated yet; once a day at most. Returns how many sheets were listed (0: nothing sent).
/// </summary>
public sealed record RemindAgentsCommand(DateOnly Today) : ICommand<Result<int>>;
