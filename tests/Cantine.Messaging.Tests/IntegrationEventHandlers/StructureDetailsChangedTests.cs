using Cantine.Accounts.Contracts.ChangeStructureDetails;
using Cantine.Messaging.Contracts.SendContactMessage;

namespace Cantine.Messaging.Tests.IntegrationEventHandlers;

/// <summary>When a structure changes its contact e-mail, families' messages are notified to the new address.</summary>
public sealed class StructureDetailsChangedTests(StructureDetailsChangedTests.App app) : IClassFixture<StructureDetailsChangedTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "issoire");
    }

    [Fact]
    public async Task A_family_message_is_notified_to_the_new_contact_address()
    {
        (await app.SendTrackedAsync("issoire", s => s.Send(new ChangeStructureDetailsCommand(
            "Mairie d'Issoire", "Place du Général de Gaulle", "63500", "Issoire", "04 73 89 03 54", "cantine@issoire.test")))).Result.ShouldSucceed();
        var guardian = app.Town.Family.Guardian;

        (await app.SendTrackedAsync("issoire", s => s.Send(new SendContactMessageCommand(
            app.Town.Family.FamilyId, guardian.UserId, "Marie Durand", guardian.Email, "Absence", "Jade sera absente lundi.", null, null)))).Result.ShouldSucceed();

        var notice = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "cantine@issoire.test"));
        notice.To.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("Mairie d'Issoire");
        app.EmailsTo("contact@issoire.test").ShouldBeEmpty();
    }
}
