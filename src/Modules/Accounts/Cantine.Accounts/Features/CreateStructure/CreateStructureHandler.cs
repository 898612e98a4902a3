using Cantine.Accounts.Contracts.CreateStructure;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.CreateStructure;

/// <summary>
/// The structure through <see cref="StructureDecisions"/>, its first administrator through <see cref="UserAccountDecisions"/>
/// (the structure is new, so the login is free), then e-mailed a first-connection link.
/// </summary>
public sealed class CreateStructureHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, ResetLinks links, TimeProvider clock)
    : ICommandHandler<CreateStructureCommand, Result<CreatedStructureDto>>
{
    public async ValueTask<Result<CreatedStructureDto>> Handle(CreateStructureCommand command, CancellationToken ct)
    {
        var existing = await session.Events.AggregateStreamAsync<Structure>(Structure.IdFor(command.Slug), token: ct);
        var decision = StructureDecisions.Decide(
            new Domain.CreateStructure(
                tenant.TenantId, command.Slug, command.Name, command.Street, command.PostalCode, command.City, command.Phone,
                command.ContactEmail, Enum.Parse<BookingPeriodKind>(command.PeriodKind), command.OpeningDays),
            existing, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        var created = (StructureCreated)decision.Events[0];
        session.Events.StartStream<Structure>(created.StructureId, [.. decision.Events]);

        var login = string.IsNullOrWhiteSpace(command.AdminLogin) ? "admin" : command.AdminLogin.Trim();
        var registration = UserAccountDecisions.Decide(
            new Domain.RegisterStaffMember(Guid.CreateVersion7(), login, command.AdminFirstName, command.AdminLastName, command.AdminEmail, StaffRole.Administrateur),
            clock.GetUtcNow());
        var admin = (StaffMemberRegistered)registration.Events[0];
        session.Events.StartStream<UserAccount>(admin.UserId, admin);
        session.Store(UserCredentials.New(admin.UserId));
        await bus.PublishAsync(new StaffMemberChangedIntegrationEvent(command.Slug, admin.UserId, admin.Email, admin.Role.ToString(), true, 1));

        await bus.PublishAsync(new StructureCreatedIntegrationEvent(
            command.Slug, created.Name, created.ContactEmail, created.PeriodKind.ToString(), created.OpeningDays, decision.Events.Count, created.Phone));
        await BillingDetails.PublishTownAsync(bus, command.Slug, Structure.Create(created), decision.Events.Count);
        await links.IssueAsync(session, bus, Structure.Create(created), UserAccount.Create(admin), firstConnection: true, ct);
        return new CreatedStructureDto(created.StructureId, admin.UserId, login);
    }
}
