namespace Cantine.Host.Tenancy;

/// <summary>The structure a request is for (first path segment), as a request feature.</summary>
public sealed record CurrentTenant(string Slug, string Name, int PasswordMinLength, Guid? LogoId = null);
