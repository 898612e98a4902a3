namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>A child's identity and schooling fields.</summary>
public interface IChildFields
{
    string? FirstName { get; set; }

    string? LastName { get; set; }

    DateOnly? BirthDate { get; set; }

    string? School { get; set; }

    string? Class { get; set; }
}

/// <summary>A child's care notes: health data that only staff see.</summary>
public interface ICareFields
{
    string? Allergies { get; set; }

    bool HasPai { get; set; }

    string? StaffNotes { get; set; }
}
