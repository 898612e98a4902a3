using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.Rgpd;

/// <summary>A family whose every personal value is unique in the database, so a raw-table search finds only it.</summary>
public sealed record RgpdFamily(Guid FamilyId, Guid GuardianId, string Login, Guid ChildId, IReadOnlyList<string> PersonalValues)
{
    public static async Task<RgpdFamily> CreateAsync(CantineApp app, string tenant, string name)
    {
        var email = $"{name.ToLowerInvariant()}.parent@familles.test";
        var phone = "07 " + Random.Shared.Next(10, 99) + " 13 57 " + Random.Shared.Next(10, 99);
        var family = (await app.SendAsync(tenant, s => s.Send(new RegisterFamilyCommand(name)))).ShouldSucceed();
        var guardian = (await app.SendAsync(tenant, s => s.Send(
            new RegisterGuardianCommand(family, "Mme", "Philomène-" + name, name, email, phone)))).ShouldSucceed();
        (await app.SendAsync(tenant, s => s.Send(new SetPasswordCommand(guardian.UserId, TestTown.Password)))).ShouldSucceed();
        (await app.SendAsync(tenant, s => s.Send(new SignInCommand(guardian.Login, TestTown.Password, StaffOnly: false)))).ShouldSucceed();
        var child = (await app.SendAsync(tenant, s => s.Send(
            new RegisterChildCommand(family, "Cunégonde-" + name, name, new DateOnly(2016, 5, 17), "École Jules-Ferry", "CM1")))).ShouldSucceed();

        // The care-notes page belongs to another use case; the event is what matters here.
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession(tenant))
        {
            session.Events.Append(child, new ChildCareNotesChanged(child, "Allergie aux arachides-" + name, true, "PAI signé-" + name));
            await session.SaveChangesAsync();
        }

        return new RgpdFamily(family, guardian.UserId, guardian.Login, child,
            [name, email, phone, guardian.Login, "Philomène-" + name, "Cunégonde-" + name, "arachides-" + name, "PAI signé-" + name]);
    }
}
