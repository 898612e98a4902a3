using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeChildDetails;

/// <summary>Staff change a child's names, birth date, school or class. Publishes <c>ChildDetailsChangedIntegrationEvent</c>.</summary>
public sealed record ChangeChildDetailsCommand(
    Guid ChildId, string FirstName, string LastName, DateOnly BirthDate, string School, string Class) : ICommand<Result>;
