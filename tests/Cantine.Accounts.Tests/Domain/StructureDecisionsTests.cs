using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given a structure's events, when its administrator changes a setting, then these events or this refusal (no database).</summary>
public sealed class StructureDecisionsTests
{
    private static readonly Guid StructureId = Structure.IdFor("lyon");
    private static readonly DateTimeOffset Now = new(2030, 9, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly PostalAddress Address = new("1 place de la Comédie", "69001", "Lyon");
    private static readonly Guid LogoId = Guid.NewGuid();

    private static readonly StructureCreated Created = new(
        StructureId, "lyon", "Lyon", Address, "0472100000", "cantine@lyon.fr", BookingPeriodKind.Week, [DayOfWeek.Monday], 12);

    private static readonly Structure Lyon = History.Of<Structure>(Created)!;

    private static CreateStructure Create(string tenant = "lyon") => new(
        tenant, "lyon", " Lyon ", " 1 place de la Comédie ", " 69001 ", " Lyon ", " 0472100000 ", " cantine@lyon.fr ",
        BookingPeriodKind.Week, [DayOfWeek.Thursday, DayOfWeek.Monday, DayOfWeek.Thursday]);

    [Fact]
    public void Creates_a_structure_trimmed_with_its_opening_days_once_each_in_week_order_and_the_default_password_length()
    {
        var decision = StructureDecisions.Decide(Create(), null, Now);

        var created = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<StructureCreated>();
        created.OpeningDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Thursday]);
        (created with { OpeningDays = Created.OpeningDays }).ShouldBe(Created with { PasswordMinLength = PasswordPolicy.DefaultMinLength });
    }

    [Fact]
    public void Refuses_to_create_a_structure_from_another_town()
    {
        StructureDecisions.Decide(Create(tenant: "vienne"), null, Now).ShouldRefuse("WrongTenant");
    }

    [Fact]
    public void Refuses_to_create_a_structure_twice()
    {
        StructureDecisions.Decide(Create(), Lyon, Now).ShouldRefuse("StructureExists", "Slug");
    }

    [Fact]
    public void Changes_the_contact_details_trimmed()
    {
        StructureDecisions.Decide(new ChangeStructureDetails(" Ville de Lyon ", " 1 place de la Comédie ", "69001", "Lyon", "0472100000", "cantine@lyon.fr"), Lyon, Now)
            .ShouldAppend(new StructureContactDetailsChanged(StructureId, "Ville de Lyon", Address, "0472100000", "cantine@lyon.fr"));
    }

    [Fact]
    public void The_same_contact_details_again_change_nothing()
    {
        StructureDecisions.Decide(new ChangeStructureDetails("Lyon", "1 place de la Comédie", "69001", "Lyon", "0472100000", "cantine@lyon.fr"), Lyon, Now)
            .ShouldChangeNothing();
    }

    [Fact]
    public void Changes_the_logo()
    {
        StructureDecisions.Decide(new ChangeStructureLogo(LogoId, "image/png"), Lyon, Now)
            .ShouldAppend(new StructureLogoChanged(StructureId, LogoId, "image/png"));
    }

    [Fact]
    public void Removes_the_logo()
    {
        var withLogo = Lyon.Apply(new StructureLogoChanged(StructureId, LogoId, "image/png"));

        StructureDecisions.Decide(new RemoveStructureLogo(), withLogo, Now).ShouldAppend(new StructureLogoRemoved(StructureId));
    }

    [Fact]
    public void Removing_a_logo_that_is_not_there_changes_nothing()
    {
        StructureDecisions.Decide(new RemoveStructureLogo(), Lyon, Now).ShouldChangeNothing();
    }

    [Fact]
    public void Turns_online_payment_on_with_the_trimmed_client_number()
    {
        StructureDecisions.Decide(new ChangeOnlinePayment(true, " 012345 "), Lyon, Now).ShouldAppend(new PayfipSettingsChanged(StructureId, true, "012345", "T"));
    }

    [Fact]
    public void Changing_only_the_environment_is_a_change()
    {
        var enabled = Lyon with { OnlinePaymentEnabled = true, PayfipClientNumber = "012345", PayfipEnvironment = "T" };
        StructureDecisions.Decide(new ChangeOnlinePayment(true, "012345", "W"), enabled, Now).ShouldAppend(new PayfipSettingsChanged(StructureId, true, "012345", "W"));
        StructureDecisions.Decide(new ChangeOnlinePayment(true, "012345", "T"), enabled, Now).ShouldChangeNothing();
    }

    [Fact]
    public void A_blank_client_number_is_none_and_the_same_setting_again_changes_nothing()
    {
        StructureDecisions.Decide(new ChangeOnlinePayment(false, "  "), Lyon, Now).ShouldChangeNothing();
    }

    [Fact]
    public void Changes_the_password_length()
    {
        StructureDecisions.Decide(new ChangePasswordPolicy(14), Lyon, Now).ShouldAppend(new PasswordPolicyChanged(StructureId, 14));
    }

    [Fact]
    public void The_same_password_length_again_changes_nothing()
    {
        StructureDecisions.Decide(new ChangePasswordPolicy(12), Lyon, Now).ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_every_setting_of_a_structure_that_does_not_exist()
    {
        StructureDecisions.Decide(new ChangeStructureDetails("Lyon", "1 rue", "69001", "Lyon", "", "a@b.fr"), null, Now).ShouldRefuse("StructureNotFound");
        StructureDecisions.Decide(new ChangeStructureLogo(LogoId, "image/png"), null, Now).ShouldRefuse("StructureNotFound");
        StructureDecisions.Decide(new RemoveStructureLogo(), null, Now).ShouldRefuse("StructureNotFound");
        StructureDecisions.Decide(new ChangeOnlinePayment(true, "1"), null, Now).ShouldRefuse("StructureNotFound");
        StructureDecisions.Decide(new ChangePasswordPolicy(14), null, Now).ShouldRefuse("StructureNotFound");
    }
}
