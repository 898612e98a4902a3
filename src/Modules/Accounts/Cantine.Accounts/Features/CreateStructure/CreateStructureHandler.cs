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

public sealed class CreateStructureHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, ResetLinks links)
    : ICommandHandler<CreateStructureCommand, Result<CreatedStructureDto>>
{
    public async ValueTask<Result<CreatedStructureDto>> Handle(CreateStructureCommand command, CancellationToken ct)
    {
        if (tenant.TenantId != command.Slug)
        {
            return Mapping.Refusal("WrongTenant");
        }

        var structureId = Structure.IdFor(command.Slug);
        if (await session.Events.FetchStreamStateAsync(structureId, ct) is not null)
        {
            return Mapping.Refusal("StructureExists", nameof(command.Slug));
        }

        var created = new StructureCreated(
            structureId, command.Slug, command.Name.Trim(),
            new PostalAddress(command.Street.Trim(), command.PostalCode.Trim(), command.City.Trim()),
            command.Phone.Trim(), command.ContactEmail.Trim(), Enum.Parse<BookingPeriodKind>(command.PeriodKind),
            command.OpeningDays.Distinct().Order().ToList(), PasswordPolicy.DefaultMinLength);
        session.Events.StartStream<Structure>(structureId, created);

        var login = string.IsNullOrWhiteSpace(command.AdminLogin) ? "admin" : command.AdminLogin.Trim();
        var admin = new StaffMemberRegistered(
            Guid.CreateVersion7(), login, command.AdminFirstName.Trim(), command.AdminLastName.Trim(), command.AdminEmail.Trim(), StaffRole.Administrateur);
        session.Events.StartStream<UserAccount>(admin.UserId, admin);
        session.Store(UserCredentials.New(admin.UserId));

        await bus.PublishAsync(new StructureCreatedIntegrationEvent(
            command.Slug, created.Name, created.ContactEmail, created.PeriodKind.ToString(), created.OpeningDays));
        await links.IssueAsync(session, bus, Structure.Create(created), UserAccount.Create(admin), firstConnection: true, ct);
        return new CreatedStructureDto(structureId, admin.UserId, login);
    }
}
