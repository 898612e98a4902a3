using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class UserAccountTests
{
    private static readonly Guid UserId = Guid.NewGuid();
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly GuardianRegistered Guardian =
        new(UserId, FamilyId, " Jean.Dupont ", "M.", "Jean", "Dupont", " Jean.Dupont@Exemple.FR ", "06 12 34 56 78");

    private static readonly StaffMemberRegistered Staff =
        new(UserId, "Agnes.Morel", "Agnès", "Morel", "agnes.morel@demo.fr", StaffRole.Agent);

    [Fact]
    public void Registers_a_guardian_in_a_family_without_password_nor_second_factor()
    {
        var account = UserAccount.Create(Guardian);

        account.Id.ShouldBe(UserId);
        account.Kind.ShouldBe(AccountKind.Guardian);
        account.FamilyId.ShouldBe(FamilyId);
        account.Role.ShouldBeNull();
        account.Civility.ShouldBe("M.");
        account.Phone.ShouldBe("06 12 34 56 78");
        account.HasPassword.ShouldBeFalse();
        account.TwoFactorEnabled.ShouldBeFalse();
        account.LastSignInAt.ShouldBeNull();
    }

    [Fact]
    public void Looks_a_guardian_up_by_login_and_email_regardless_of_case_and_spaces()
    {
        var account = UserAccount.Create(Guardian);

        account.Login.ShouldBe(" Jean.Dupont ");
        account.LoginKey.ShouldBe("jean.dupont");
        account.EmailKey.ShouldBe("jean.dupont@exemple.fr");
    }

    [Fact]
    public void Registers_a_staff_member_with_a_role_and_no_family()
    {
        var account = UserAccount.Create(Staff);

        account.Kind.ShouldBe(AccountKind.Staff);
        account.Role.ShouldBe(StaffRole.Agent);
        account.FamilyId.ShouldBeNull();
        account.LoginKey.ShouldBe("agnes.morel");
        account.Civility.ShouldBeEmpty();
        account.Phone.ShouldBeEmpty();
        account.HasPassword.ShouldBeFalse();
    }

    [Theory]
    [InlineData(PasswordChangeReason.SetByOperator)]
    [InlineData(PasswordChangeReason.ChosenFromLink)]
    [InlineData(PasswordChangeReason.ChangedByUser)]
    public void Has_a_password_once_one_was_set_for_any_reason(PasswordChangeReason reason)
    {
        UserAccount.Create(Guardian).Apply(new PasswordChanged(UserId, Now, reason)).HasPassword.ShouldBeTrue();
    }

    [Fact]
    public void Remembers_the_last_sign_in()
    {
        var account = UserAccount.Create(Guardian)
            .Apply(new SignedIn(UserId, Now))
            .Apply(new SignedIn(UserId, Now.AddDays(1)));

        account.LastSignInAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void Keeps_its_state_when_locked_out_because_the_lock_lives_in_the_credentials()
    {
        var account = UserAccount.Create(Guardian);

        account.Apply(new AccountLockedOut(UserId, Now.AddMinutes(15))).ShouldBe(account);
    }

    [Fact]
    public void Has_two_factor_enabled_once_enrolled()
    {
        UserAccount.Create(Staff).Apply(new TwoFactorEnabled(UserId, Now)).TwoFactorEnabled.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Jean", "Dupont", "Jean Dupont")]
    [InlineData("", "Dupont", "Dupont")]
    [InlineData("Jean", "", "Jean")]
    public void Shows_first_and_last_name(string firstName, string lastName, string expected)
    {
        UserAccount.Create(Guardian with { FirstName = firstName, LastName = lastName }).DisplayName.ShouldBe(expected);
    }
}
