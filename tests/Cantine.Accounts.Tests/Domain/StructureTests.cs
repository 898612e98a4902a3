using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class StructureTests
{
    private static readonly PostalAddress TownHall = new("1 place de la Mairie", "12345", "Démo");

    private static StructureCreated Created(string slug = "ville-de-demo") => new(
        Structure.IdFor(slug), slug, "Ville de Démo", TownHall, "01 23 45 67 89", "cantine@demo.fr",
        BookingPeriodKind.Week, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        PasswordPolicy.DefaultMinLength);

    [Fact]
    public void Is_created_with_every_setting_of_its_first_event()
    {
        var e = Created();

        var structure = Structure.Create(e);

        structure.Id.ShouldBe(e.StructureId);
        structure.Slug.ShouldBe("ville-de-demo");
        structure.Name.ShouldBe("Ville de Démo");
        structure.Address.ShouldBe(TownHall);
        structure.Phone.ShouldBe("01 23 45 67 89");
        structure.ContactEmail.ShouldBe("cantine@demo.fr");
        structure.PasswordMinLength.ShouldBe(12);
    }

    [Fact]
    public void Changes_its_contact_details_and_keeps_its_other_settings()
    {
        var moved = new PostalAddress("2 rue des Écoles", "12345", "Démo");
        var structure = Structure.Create(Created())
            .Apply(new StructureContactDetailsChanged(Structure.IdFor("ville-de-demo"), "Commune de Démo", moved, "01 98 76 54 32", "mairie@demo.fr"));

        structure.Name.ShouldBe("Commune de Démo");
        structure.Address.ShouldBe(moved);
        structure.Phone.ShouldBe("01 98 76 54 32");
        structure.ContactEmail.ShouldBe("mairie@demo.fr");
        structure.Slug.ShouldBe("ville-de-demo");
        structure.PasswordMinLength.ShouldBe(12);
    }

    [Fact]
    public void Changes_its_password_minimum_and_nothing_else()
    {
        var before = Structure.Create(Created());

        var after = before.Apply(new PasswordPolicyChanged(before.Id, 16));

        after.PasswordMinLength.ShouldBe(16);
        (after with { PasswordMinLength = 12 }).ShouldBe(before);
    }

    [Fact]
    public void Finds_its_stream_id_from_its_slug_alone()
    {
        Structure.IdFor("ville-de-demo").ShouldBe(Structure.IdFor("ville-de-demo"));
        Structure.IdFor("ville-de-demo").ShouldNotBe(Structure.IdFor("autre-ville"));
    }

    [Fact]
    public void Keeps_the_same_stream_id_across_runs_and_machines()
    {
        // A pinned value: if this changes, every existing structure's stream is lost.
        Structure.IdFor("demo").ShouldBe(Guid.Parse("34c75368-6667-8fd0-94e8-ce90d0e21ce9"));
    }

    [Fact]
    public void Writes_its_address_on_one_line()
    {
        TownHall.ToString().ShouldBe("1 place de la Mairie, 12345 Démo");
    }
}
