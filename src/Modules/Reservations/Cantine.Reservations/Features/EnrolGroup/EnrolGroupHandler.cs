using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.EnrolGroup;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.EnrolGroup;

/// <summary>Enrols every child of a school, or of one of its classes; those already enrolled are left as they are.</summary>
public sealed class EnrolGroupHandler(IDocumentSession session) : ICommandHandler<EnrolGroupCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(EnrolGroupCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<Service>(command.ServiceId, ct) is null)
        {
            return Refusals.Of("Service.NotFound", nameof(command.ServiceId));
        }

        var school = command.School.Trim();
        var @class = command.Class?.Trim();
        var query = session.Query<ChildCopy>().Where(c => c.School == school && !c.Erased);
        if (!string.IsNullOrEmpty(@class))
        {
            query = query.Where(c => c.Class == @class);
        }

        var changes = (await query.Select(c => c.Id).ToListAsync(ct)).Select(id => new EnrolmentChange(id, command.ServiceId, Enrol: true)).ToList();
        if (changes.Count == 0)
        {
            return 0;
        }

        var decisions = await session.ChangeEnrolmentsAsync(changes, serviceExists: true, ct);
        return decisions.Count(d => d.Events.Count > 0);
    }
}
