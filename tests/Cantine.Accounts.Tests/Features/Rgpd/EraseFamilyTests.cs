using Cantine.Accounts.Contracts.EraseFamily;
using Cantine.Accounts.Contracts.ExportFamilyData;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Messaging.Contracts.SendContactMessage;

namespace Cantine.Accounts.Tests.Features.Rgpd;

/// <summary>
/// RGPD erasure (ADR 0018): after it, the family's names, e-mails, phone numbers and children's names are nowhere in
/// the database — events included —, its guardians cannot sign in, and a child shared with another family stays there.
/// </summary>
public sealed class EraseFamilyTests(EraseFamilyTests.App app) : IClassFixture<EraseFamilyTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public async Task The_erased_familys_personal_data_is_nowhere_in_the_database_tables()
    {
        var family = await RgpdFamily.CreateAsync(app, "lyon", "Zorglubien");
        var guardianEmail = family.PersonalValues[1];
        await app.SendTrackedAsync("lyon", s => s.Send(new RequestPasswordResetCommand(family.Login, null)));
        await app.SendTrackedAsync("lyon", s => s.Send(new SendContactMessageCommand(
            family.FamilyId, family.GuardianId, family.PersonalValues[4] + " Zorglubien", guardianEmail, "Cantine de " + family.PersonalValues[5],
            "Bonjour, " + family.PersonalValues[5] + " mangera le 12. Mon numéro : " + family.PersonalValues[2], null, null)));
        (await TablesContainingAsync(family.PersonalValues)).ShouldNotBeEmpty();

        var (result, messages) = await app.SendTrackedAsync("lyon", s => s.Send(new EraseFamilyCommand(family.FamilyId, "Départ de la commune")));

        result.ShouldSucceed();
        messages.Sent.MessagesOf<FamilyErasedIntegrationEvent>().ShouldHaveSingleItem().ChildIds.ShouldBe([family.ChildId]);
        (await TablesContainingAsync(family.PersonalValues)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_guardians_can_no_longer_sign_in_and_the_export_shows_no_personal_data()
    {
        var family = await RgpdFamily.CreateAsync(app, "lyon", "Effacien");

        (await app.SendAsync("lyon", s => s.Send(new EraseFamilyCommand(family.FamilyId, "Demande de la famille")))).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(family.Login, TestTown.Password, StaffOnly: false)))).ShouldBeRefused("SignInFailed");
        var export = (await app.SendAsync("lyon", s => s.Send(new ExportFamilyDataQuery(family.FamilyId)))).ShouldNotBeNull();
        export.Family.IsErased.ShouldBeTrue();
        export.Family.Name.ShouldBe("(effacé)");
        export.Guardians.ShouldHaveSingleItem().Email.ShouldBeEmpty();
        export.Guardians.Single().HasPassword.ShouldBeFalse();
        export.Children.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_child_shared_with_another_family_is_detached_not_erased()
    {
        var town = app.Town;

        (await app.SendAsync("lyon", s => s.Send(new EraseFamilyCommand(town.OtherFamily.FamilyId, "Départ")))).ShouldSucceed();

        var remaining = (await app.SendAsync("lyon", s => s.Send(new ExportFamilyDataQuery(town.Family.FamilyId)))).ShouldNotBeNull();
        var child = remaining.Children.ShouldHaveSingleItem();
        child.Id.ShouldBe(town.SharedChildId);
        child.FirstName.ShouldBe("Jade");
        child.FamilyIds.ShouldBe([town.Family.FamilyId]);
    }

    [Fact]
    public async Task Refuses_an_unknown_family_a_second_erasure_and_an_empty_reason()
    {
        var family = await RgpdFamily.CreateAsync(app, "lyon", "Deuxfois");
        (await app.SendAsync("lyon", s => s.Send(new EraseFamilyCommand(family.FamilyId, "Départ")))).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new EraseFamilyCommand(family.FamilyId, "Départ")))).ShouldBeRefused("Erase.AlreadyErased");
        (await app.SendAsync("lyon", s => s.Send(new EraseFamilyCommand(Guid.NewGuid(), "Départ")))).ShouldBeRefused("Erase.FamilyNotFound");
        (await app.SendAsync("lyon", s => s.Send(new EraseFamilyCommand(app.Town.Family.FamilyId, " ")))).ShouldBeRefused("Required", "Reason");
    }

    private Task<IReadOnlyList<string>> TablesContainingAsync(IReadOnlyList<string> values) =>
        DatabaseScan.TablesContainingAsync(app.Database.ConnectionString, values);
}
