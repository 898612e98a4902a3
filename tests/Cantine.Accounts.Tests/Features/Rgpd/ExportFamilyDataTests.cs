using Cantine.Accounts.Contracts.ExportFamilyData;

namespace Cantine.Accounts.Tests.Features.Rgpd;

/// <summary>RGPD access and portability: everything Accounts holds about a family, never a secret, never another town's.</summary>
public sealed class ExportFamilyDataTests(ExportFamilyDataTests.App app) : IClassFixture<ExportFamilyDataTests.App>
{
    public sealed class App : CantineApp
    {
        public RgpdFamily Family { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            await TestTown.CreateAsync(this, "lyon");
            await TestTown.CreateAsync(this, "vienne");
            Family = await RgpdFamily.CreateAsync(this, "lyon", "Exportard");
        }
    }

    [Fact]
    public async Task Exports_the_family_its_guardians_with_their_sign_ins_and_its_children_with_care_notes()
    {
        var export = (await app.SendAsync("lyon", s => s.Send(new ExportFamilyDataQuery(app.Family.FamilyId)))).ShouldNotBeNull();

        export.Structure.ShouldBe("Ville de Lyon");
        export.Family.Name.ShouldBe("Exportard");
        var guardian = export.Guardians.ShouldHaveSingleItem();
        guardian.FirstName.ShouldBe("Philomène-Exportard");
        guardian.Email.ShouldBe("exportard.parent@familles.test");
        guardian.Login.ShouldBe(app.Family.Login);
        guardian.HasPassword.ShouldBeTrue();
        guardian.SignIns.ShouldHaveSingleItem();
        var child = export.Children.ShouldHaveSingleItem();
        child.FirstName.ShouldBe("Cunégonde-Exportard");
        child.BirthDate.ShouldBe(new DateOnly(2016, 5, 17));
        child.Allergies.ShouldBe("Allergie aux arachides-Exportard");
        child.HasPai.ShouldBeTrue();
    }

    [Fact]
    public async Task Never_exports_a_password_hash_or_second_factor_secret()
    {
        var export = await app.SendAsync("lyon", s => s.Send(new ExportFamilyDataQuery(app.Family.FamilyId)));

        var json = System.Text.Json.JsonSerializer.Serialize(export);
        json.ShouldNotContain("Hash", Case.Insensitive);
        json.ShouldNotContain("Totp", Case.Insensitive);
        json.ShouldNotContain("Stamp", Case.Insensitive);
        json.ShouldNotContain("AQAAAA");
    }

    [Fact]
    public async Task Another_town_finds_nothing()
    {
        (await app.SendAsync("vienne", s => s.Send(new ExportFamilyDataQuery(app.Family.FamilyId)))).ShouldBeNull();
        (await app.SendAsync("lyon", s => s.Send(new ExportFamilyDataQuery(Guid.NewGuid())))).ShouldBeNull();
    }
}
