using Cantine.Accounts.Contracts.ChangeGuardianDetails;
using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Accounts.Contracts.ChangeStructureDetails;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RenameFamily;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Domain.Parties;
using Cantine.Invoicing.Features.Batch;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cantine.Invoicing.Tests.Rendering.Parties;

/// <summary>
/// What invoices print about the town and each family comes from Accounts' billing-details messages, published with the
/// change itself; Invoicing keeps the newest copy whatever the order messages arrive in, and forgets an erased family.
/// </summary>
public sealed class BillingPartiesTests(BillingPartiesTests.App app) : IClassFixture<BillingPartiesTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            await this.TrackAsync(async () => Town = await TestTown.CreateAsync(this, "tiers"));
        }
    }

    private async Task<T?> LoadAsync<T>(string tenant, Guid id)
        where T : notnull
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        return await session.LoadAsync<T>(id);
    }

    private async Task SendTrackedAsync(string tenant, Func<Mediator.ISender, ValueTask<Result>> send)
    {
        var (result, _) = await app.SendTrackedAsync(tenant, send);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private async Task PublishAsync<T>(string tenant, T message)
        where T : notnull
    {
        await app.TrackAsync(async () =>
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            bus.TenantId = tenant;
            await bus.PublishAsync(message);
        });
    }

    private async Task<InvoiceParties> PartiesAsync(string tenant, params Guid[] families)
    {
        await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
        return await scope.ServiceProvider.GetRequiredService<IInvoiceParties>().LoadAsync(families, "Régie de test", CancellationToken.None);
    }

    [Fact]
    public async Task A_created_town_and_family_reach_the_invoices_copies_and_a_guardians_address_follows()
    {
        var durand = app.Town.Family;
        (await LoadAsync<FamilyCopy>("tiers", durand.FamilyId)).ShouldNotBeNull().Name.ShouldBe("Durand");

        await SendTrackedAsync("tiers", s => s.Send(new ChangeGuardianDetailsCommand(
            durand.Guardian.UserId, "Mme", "Marie", "Durand", durand.Guardian.Email, "06 00 00 00 00", "3 rue des Lilas", "69002", "Lyon")));

        var parties = await PartiesAsync("tiers", durand.FamilyId);
        parties.Town.Name.ShouldBe("Ville de Tiers");
        parties.Town.AddressLines.ShouldBe(["1 rue de la Paix", "69001 Lyon"]);
        parties.Town.Phone.ShouldBe("04 72 00 00 00");
        parties.Town.Email.ShouldBe("contact@tiers.test");
        parties.Town.ChequePayableTo.ShouldBe("Régie de test");
        var recipient = parties.Of(durand.FamilyId);
        (recipient.FamilyName, recipient.GuardianName).ShouldBe(("Durand", "Marie Durand"));
        recipient.AddressLines.ShouldBe(["3 rue des Lilas", "69002 Lyon"]);
        (await LoadAsync<FamilyCopy>("tiers", durand.FamilyId)).ShouldNotBeNull().Email.ShouldBe(durand.Guardian.Email);
    }

    [Fact]
    public async Task The_billing_guardian_is_the_first_with_an_address_and_a_rename_keeps_it()
    {
        var roux = app.Town.OtherFamily;
        var (second, _) = await app.SendTrackedAsync("tiers", s => s.Send(new RegisterGuardianCommand(roux.FamilyId, "M.", "Paul", "Roux", "paul.roux@familles.test", "06 11 11 11 11")));
        await SendTrackedAsync("tiers", s => s.Send(new ChangeGuardianDetailsCommand(
            second.Value.UserId, "M.", "Paul", "Roux", "paul.roux@familles.test", "06 11 11 11 11", "8 avenue Foch", "69006", "Lyon")));
        await SendTrackedAsync("tiers", s => s.Send(new RenameFamilyCommand(roux.FamilyId, "Roux-Martin")));

        var copy = (await LoadAsync<FamilyCopy>("tiers", roux.FamilyId)).ShouldNotBeNull();
        (copy.Name, copy.GuardianId, copy.GuardianName, copy.Street, copy.City).ShouldBe(("Roux-Martin", second.Value.UserId, "Paul Roux", "8 avenue Foch", "Lyon"));
        copy.Version.ShouldBe(5, "registered, first guardian, second guardian, his address, the rename");
    }

    [Fact]
    public async Task The_towns_new_details_and_online_payment_reach_the_copy()
    {
        await app.TrackAsync(() => TestTown.CreateAsync(app, "mairie"));
        (await LoadAsync<TownCopy>("mairie", TownCopy.SingletonId)).ShouldNotBeNull().OnlinePayment.ShouldBeFalse();

        await SendTrackedAsync("mairie", s => s.Send(new ChangeStructureDetailsCommand("Mairie de Mairie", "2 place du Marché", "69003", "Lyon", "04 78 00 00 00", "mairie@mairie.test")));
        await SendTrackedAsync("mairie", s => s.Send(new ChangeOnlinePaymentCommand(true, "123456")));

        var town = (await LoadAsync<TownCopy>("mairie", TownCopy.SingletonId)).ShouldNotBeNull();
        (town.Name, town.Street, town.PostalCode, town.Phone, town.Email, town.OnlinePayment).ShouldBe(
            ("Mairie de Mairie", "2 place du Marché", "69003", "04 78 00 00 00", "mairie@mairie.test", true));
        town.Version.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task A_csv_import_publishes_the_billing_details_of_the_families_it_creates()
    {
        const string header =
            "Référence famille;Nom famille;Civilité responsable 1;Nom responsable 1;Prénom responsable 1;E-mail responsable 1;Téléphone responsable 1;" +
            "Adresse;Code postal;Ville;Civilité responsable 2;Nom responsable 2;Prénom responsable 2;E-mail responsable 2;Téléphone responsable 2;" +
            "Référence enfant;Nom enfant;Prénom enfant;Date de naissance;École;Classe";
        const string line = "F-77;Moreau;Mme;Moreau;Lina;lina.moreau@familles.test;06 12 34 56 78;5 allée des Tilleuls;69008;Lyon;;;;;;;;;;;";
        var csv = System.Text.Encoding.UTF8.GetBytes($"{header}\r\n{line}\r\n");
        var (upload, _) = await app.SendTrackedAsync("tiers", s => s.Send(new Cantine.Accounts.Contracts.StageFamilyImport.StageFamilyImportCommand("familles.csv", csv)));
        var (imported, _) = await app.SendTrackedAsync("tiers", s => s.Send(new Cantine.Accounts.Contracts.ImportFamilies.ImportFamiliesCommand(upload.Value)));
        imported.IsSuccess.ShouldBeTrue();
        imported.Value.FamiliesCreated.ShouldBe(1);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession("tiers");
        var copy = (await session.Query<FamilyCopy>().Where(f => f.Name == "Moreau").ToListAsync()).ShouldHaveSingleItem();
        (copy.GuardianName, copy.Street, copy.PostalCode, copy.City, copy.Email).ShouldBe(
            ("Lina Moreau", "5 allée des Tilleuls", "69008", "Lyon", "lina.moreau@familles.test"));
    }

    [Fact]
    public async Task An_older_message_handled_after_a_newer_one_changes_nothing()
    {
        var family = Guid.NewGuid();
        await PublishAsync("ordre", new FamilyBillingDetailsChangedIntegrationEvent("ordre", family, "Nouveau", null, "Ana Nouveau", "1 rue Neuve", "75001", "Paris", "ana@x.test", 3));
        await PublishAsync("ordre", new FamilyBillingDetailsChangedIntegrationEvent("ordre", family, "Ancien", null, "Ana Ancien", "9 rue Vieille", "75002", "Paris", "old@x.test", 2));
        await PublishAsync("ordre", new StructureBillingDetailsChangedIntegrationEvent("ordre", "Mairie 2", "2 rue", "75003", "Paris", "01", "m2@x.test", null, true, 2));
        await PublishAsync("ordre", new StructureBillingDetailsChangedIntegrationEvent("ordre", "Mairie 1", "1 rue", "75003", "Paris", "01", "m1@x.test", null, false, 1));

        var copy = (await LoadAsync<FamilyCopy>("ordre", family)).ShouldNotBeNull();
        (copy.Name, copy.Street, copy.Version).ShouldBe(("Nouveau", "1 rue Neuve", 3L));
        var town = (await LoadAsync<TownCopy>("ordre", TownCopy.SingletonId)).ShouldNotBeNull();
        (town.Name, town.OnlinePayment, town.Version).ShouldBe(("Mairie 2", true, 2L));
    }

    [Fact]
    public async Task An_erased_family_loses_its_details_for_good_even_when_a_change_arrives_late()
    {
        var family = Guid.NewGuid();
        await PublishAsync("rgpd", new FamilyBillingDetailsChangedIntegrationEvent("rgpd", family, "Efface", null, "Eva Efface", "1 rue", "75001", "Paris", "eva@x.test", 1));
        await PublishAsync("rgpd", new FamilyErasedIntegrationEvent("rgpd", family, []));
        await PublishAsync("rgpd", new FamilyBillingDetailsChangedIntegrationEvent("rgpd", family, "Efface", null, "Eva Efface", "2 rue", "75001", "Paris", "eva@x.test", 2));

        var copy = (await LoadAsync<FamilyCopy>("rgpd", family)).ShouldNotBeNull();
        copy.Erased.ShouldBeTrue();
        (copy.Name, copy.GuardianName, copy.Street, copy.Email).ShouldBe(("", "", "", ""));
    }

    [Fact]
    public void Versions_are_taken_only_when_newer_and_never_after_erasure()
    {
        var copy = new FamilyCopy(Guid.NewGuid(), "A", null, "", "", "", "", "", 4);

        copy.Takes(5).ShouldBeTrue();
        copy.Takes(4).ShouldBeFalse();
        copy.Takes(3).ShouldBeFalse();
        copy.Erase().Takes(long.MaxValue).ShouldBeFalse();
        new TownCopy(TownCopy.SingletonId, "T", "", "", "", "", "", null, false, 2).Takes(3).ShouldBeTrue();
        PartyAddress.Lines("  ", "69001", "Lyon").ShouldBe(["69001 Lyon"]);
    }
}
