namespace Cantine.Accounts.Domain;

// What the staff ask of a guardian's account as part of the family's file (sign-in matters are UserAccount's own).

/// <summary>New contact details, with the postal address if any.</summary>
public sealed record ChangeGuardianDetails(string Civility, string FirstName, string LastName, string Email, string Phone, PostalAddress? Address);

/// <summary>The guardian's family is being erased (ADR 0018).</summary>
public sealed record EraseGuardian;
