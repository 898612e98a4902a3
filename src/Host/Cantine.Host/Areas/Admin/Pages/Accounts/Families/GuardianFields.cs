namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>A guardian's identity and contact fields, as the forms that create or edit one bind them.</summary>
public interface IGuardianFields
{
    string? Civility { get; set; }

    string? FirstName { get; set; }

    string? LastName { get; set; }

    string? Email { get; set; }

    string? Phone { get; set; }
}

/// <summary>The civilities offered (the empty choice means none is given).</summary>
public static class Civilities
{
    public static readonly IReadOnlyList<string> All = ["Mme", "M."];
}
