using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.CreateStructure;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Messaging.Contracts.ReplyToThread;
using Cantine.Messaging.Contracts.SendContactMessage;
using Mediator;

namespace Cantine.Host.Demo;

/// <summary>
/// Creates the demo town through the modules' own commands (so the demo proves them): a structure,
/// two staff accounts, four families, one with two children, one child shared by two families, their bookings and
/// the attendance since the first day of last month (so last month can be invoiced), a quotient familial and price brackets.
/// Does nothing if the town exists.
/// </summary>
public sealed class DemoSeeder(TenantScopeFactory scopes, TimeProvider clock, ILogger<DemoSeeder> log)
{
    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        await using var scope = scopes.Create(DemoTown.Slug);
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        if (await sender.Send(new GetStructureQuery(), ct) is not null)
        {
            return false;
        }

        var town = Ok(await sender.Send(
            new CreateStructureCommand(
                DemoTown.Slug, DemoTown.Name, "1 place de la Mairie", "38000", "Démo", "04 76 00 00 00", "cantine@demo.example",
                "Week", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday],
                "Alice", "Lambert", "alice.lambert@demo.example", DemoTown.AdministratorLogin),
            ct));
        Ok(await sender.Send(new SetPasswordCommand(town.AdminUserId, DemoTown.StaffPassword, DemoTown.AdministratorTotpSecret), ct));
        // Online payment in PayFiP's test environment: `./cantine run` points PayFiP at the local simulator (ADR 0029).
        Ok(await sender.Send(new ChangeOnlinePaymentCommand(true, DemoTown.PayfipClientNumber, PayfipEnvironment.Test), ct));
        var agent = Ok(await sender.Send(new RegisterStaffMemberCommand("Bruno", "Moreau", "bruno.moreau@demo.example", "Agent", DemoTown.AgentLogin), ct));
        Ok(await sender.Send(new SetPasswordCommand(agent.UserId, DemoTown.StaffPassword), ct));

        var martin = await FamilyAsync(sender, "Martin", ("Mme", "Sophie", "Martin"), ct);
        var lea = await ChildAsync(sender, martin, "Léa", "Martin", new DateOnly(2016, 3, 12), "École Jules Ferry", "CE2", ct);
        var hugo = await ChildAsync(sender, martin, "Hugo", "Martin", new DateOnly(2018, 9, 2), "École Jules Ferry", "CP", ct);

        var bernard = await FamilyAsync(sender, "Bernard", ("M.", "Julien", "Bernard"), ct);
        var petit = await FamilyAsync(sender, "Petit", ("Mme", "Claire", "Petit"), ct);
        var emma = await ChildAsync(sender, bernard, "Emma", "Bernard", new DateOnly(2017, 5, 20), "École Jean Moulin", "CE1", ct);
        Ok(await sender.Send(new AttachChildToFamilyCommand(emma, petit), ct));

        var (dubois, nadia) = await FamilyWithGuardianAsync(sender, "Dubois", ("Mme", "Nadia", "Dubois"), ct);
        var noah = await ChildAsync(sender, dubois, "Noah", "Dubois", new DateOnly(2019, 1, 15), "École maternelle Les Tilleuls", "Grande section", ct);

        Ok(await sender.Send(new PublishDocumentCommand("Menus de la semaine", "Menus", "menus-semaine.pdf", DemoFiles.Read("menu.pdf"), null, null), ct));
        Ok(await sender.Send(new PublishDocumentCommand("Règlement intérieur de la restauration scolaire", "Règlements", "reglement.pdf", DemoFiles.Read("reglement.pdf"), null, null), ct));

        var thread = Ok(await sender.Send(new SendContactMessageCommand(
            dubois, nadia, "Nadia Dubois", "nadia.dubois@demo.example", "Allergie de Noah",
            "Bonjour,\nNoah est allergique aux arachides. Le PAI a été signé par le médecin scolaire. Pouvez-vous en informer la cuisine ?\nMerci,\nNadia Dubois",
            null, null), ct));
        Ok(await sender.Send(new ReplyToThreadCommand(
            thread, town.AdminUserId, "Alice Lambert", "Bonjour Madame Dubois,\nC'est noté : la cuisine est prévenue et le PAI est enregistré.\nBien cordialement,\nLe service de restauration scolaire"), ct));

        await DemoReservations.SeedAsync(scopes, clock, town.AdminUserId,
        [
            (martin, [(lea, ["1er service", "Garderie soir", "Accueil du mercredi"]), (hugo, ["1er service", "Garderie matin", "Accueil du mercredi"])]),
            (bernard, [(emma, ["2e service", "Étude"])]),
            (petit, []),
            (dubois, [(noah, ["1er service", "Garderie matin"])]),
        ], forgetful: dubois, ct);
        await DemoInvoicing.SeedAsync(scopes, clock, martin, bernard, ct);
        await DemoAttendance.SeedAsync(scopes, clock, agent.UserId, "Bruno Moreau", new DemoAttendance.Children(lea, hugo, emma, noah), ct);
        await DemoReservations.RemindAsync(scopes, ct);

        log.LogInformation("Demo town {Slug} created", DemoTown.Slug);
        return true;
    }

    private static async Task<Guid> FamilyAsync(ISender sender, string name, (string Civility, string First, string Last) guardian, CancellationToken ct) =>
        (await FamilyWithGuardianAsync(sender, name, guardian, ct)).FamilyId;

    private static async Task<(Guid FamilyId, Guid GuardianId)> FamilyWithGuardianAsync(
        ISender sender, string name, (string Civility, string First, string Last) guardian, CancellationToken ct)
    {
        var family = Ok(await sender.Send(new RegisterFamilyCommand(name), ct));
        var login = $"{guardian.First}.{guardian.Last}".ToLowerInvariant();
        var account = Ok(await sender.Send(
            new RegisterGuardianCommand(family, guardian.Civility, guardian.First, guardian.Last, $"{login}@demo.example", "06 12 34 56 78", login), ct));
        Ok(await sender.Send(new SetPasswordCommand(account.UserId, DemoTown.GuardianPassword), ct));
        return (family, account.UserId);
    }

    private static async Task<Guid> ChildAsync(
        ISender sender, Guid family, string first, string last, DateOnly birth, string school, string level, CancellationToken ct) =>
        Ok(await sender.Send(new RegisterChildCommand(family, first, last, birth, school, level), ct));

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo seed refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));

    private static void Ok(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("Demo seed refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}
