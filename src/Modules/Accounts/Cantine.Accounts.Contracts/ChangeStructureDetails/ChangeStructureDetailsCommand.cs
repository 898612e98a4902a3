using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeStructureDetails;

/// <summary>The structure's name, postal address, phone and contact e-mail (where families' messages are notified).</summary>
public sealed record ChangeStructureDetailsCommand(
    string Name, string Street, string PostalCode, string City, string Phone, string ContactEmail) : ICommand<Result>;
