namespace Cantine.Accounts.Domain;

/// <summary>Someone who signs in: a guardian of a family, or a member of the structure's staff.</summary>
public sealed record UserAccount(
    Guid Id,
    AccountKind Kind,
    Guid? FamilyId,
    StaffRole? Role,
    string Login,
    string LoginKey,
    string Email,
    string EmailKey,
    string Civility,
    string FirstName,
    string LastName,
    string Phone,
    bool HasPassword,
    bool TwoFactorEnabled,
    DateTimeOffset? LastSignInAt,
    PostalAddress? Address = null,
    bool IsDisabled = false)
{
    public string DisplayName => $"{FirstName} {LastName}".Trim();

    public static UserAccount Create(GuardianRegistered e) =>
        new(e.UserId, AccountKind.Guardian, e.FamilyId, null, e.Login, Keys.Login(e.Login), e.Email, Keys.Email(e.Email),
            e.Civility, e.FirstName, e.LastName, e.Phone, false, false, null);

    public static UserAccount Create(StaffMemberRegistered e) =>
        new(e.UserId, AccountKind.Staff, null, e.Role, e.Login, Keys.Login(e.Login), e.Email, Keys.Email(e.Email),
            string.Empty, e.FirstName, e.LastName, string.Empty, false, false, null);

    public UserAccount Apply(PasswordChanged e) => this with { HasPassword = true };

    public UserAccount Apply(SignedIn e) => this with { LastSignInAt = e.At };

    public UserAccount Apply(AccountLockedOut e) => this;

    public UserAccount Apply(TwoFactorEnabled e) => this with { TwoFactorEnabled = true };

    public UserAccount Apply(GuardianDetailsChanged e) => this with
    {
        Civility = e.Civility, FirstName = e.FirstName, LastName = e.LastName, Email = e.Email, EmailKey = Keys.Email(e.Email),
        Phone = e.Phone, Address = e.Address,
    };

    public UserAccount Apply(LoginChanged e) => this with { Login = e.Login, LoginKey = Keys.Login(e.Login) };

    public UserAccount Apply(StaffMemberDisabled e) => this with { IsDisabled = true };

    public UserAccount Apply(StaffMemberEnabled e) => this with { IsDisabled = false };

    public UserAccount Apply(TwoFactorReset e) => this with { TwoFactorEnabled = false };

    public UserAccount Apply(GuardianErased e) => this with
    {
        Login = Erasure.LoginOf(e.UserId), LoginKey = Keys.Login(Erasure.LoginOf(e.UserId)), Email = string.Empty, EmailKey = string.Empty,
        Civility = string.Empty, FirstName = Erasure.Masked, LastName = Erasure.Masked, Phone = string.Empty, Address = null,
        HasPassword = false, IsDisabled = true,
    };
}
