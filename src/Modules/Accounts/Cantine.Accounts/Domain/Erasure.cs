namespace Cantine.Accounts.Domain;

/// <summary>
/// RGPD erasure (ADR 0018): what replaces personal data in snapshots and, through Marten's masking rules,
/// in the events already stored. Ids, dates and amounts stay: they hold nothing personal and the town's
/// accounts need them.
/// </summary>
public static class Erasure
{
    public const string Masked = "(effacé)";

    /// <summary>A login nobody can type or choose (logins are at most 60 characters of a narrower alphabet).</summary>
    public static string LoginOf(Guid userId) => $"efface#{userId:N}";

    public static FamilyRegistered Mask(FamilyRegistered e) => e with { Name = Masked, ExternalReference = null };

    public static FamilyRenamed Mask(FamilyRenamed e) => e with { Name = Masked };

    public static GuardianRegistered Mask(GuardianRegistered e) => e with
    {
        Login = LoginOf(e.UserId), Civility = string.Empty, FirstName = Masked, LastName = Masked, Email = string.Empty, Phone = string.Empty,
    };

    public static GuardianDetailsChanged Mask(GuardianDetailsChanged e) => e with
    {
        Civility = string.Empty, FirstName = Masked, LastName = Masked, Email = string.Empty, Phone = string.Empty, Address = null,
    };

    public static LoginChanged Mask(LoginChanged e) => e with { Login = LoginOf(e.UserId) };

    public static ChildRegistered Mask(ChildRegistered e) => e with
    {
        FirstName = Masked, LastName = Masked, BirthDate = new DateOnly(e.BirthDate.Year, 1, 1), School = Masked, Class = Masked,
    };

    public static ChildDetailsChanged Mask(ChildDetailsChanged e) => e with
    {
        FirstName = Masked, LastName = Masked, BirthDate = new DateOnly(e.BirthDate.Year, 1, 1), School = Masked, Class = Masked,
    };

    public static ChildCareNotesChanged Mask(ChildCareNotesChanged e) => e with { Allergies = string.Empty, HasPai = false, StaffNotes = string.Empty };

    public static ChildExternalReferenceSet Mask(ChildExternalReferenceSet e) => e with { ExternalReference = Masked };
}
