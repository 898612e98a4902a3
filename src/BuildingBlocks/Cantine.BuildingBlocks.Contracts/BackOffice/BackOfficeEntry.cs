namespace Cantine.BuildingBlocks.Contracts.BackOffice;

/// <summary>
/// One entry of the staff back office, declared once by the module that owns its pages (ADR 0024). The Host
/// builds the band, the home tiles and the authorization conventions from these declarations: there is no
/// second list to keep in step.
/// </summary>
/// <param name="Group">The band's group it appears under.</param>
/// <param name="Label">Its French label, in the band and on its home tile.</param>
/// <param name="Folder">
/// Its Razor Pages folder under <c>Areas/Admin/Pages</c> (e.g. <c>/Accounts/Families</c>): every page in it is
/// opened with <paramref name="Access"/>. Folders of two entries never nest.
/// </param>
/// <param name="Access">Who may open it.</param>
/// <param name="Summary">What is done there, one French sentence for its home tile.</param>
public sealed record BackOfficeEntry(BackOfficeGroup Group, string Label, string Folder, StaffAccess Access, string Summary)
{
    /// <summary>
    /// The page the band and the tile open, in <see cref="Folder"/>; null when the folder is only reached from
    /// other pages (a family's bookings, from the family's page): it has an access rule but no link.
    /// </summary>
    public string? Page { get; init; } = "Index";

    /// <summary>
    /// For a screen that is not a Razor page (Hangfire's dashboard), its path below <c>/{slug}/admin/</c>;
    /// whoever serves it checks <see cref="Access"/> itself.
    /// </summary>
    public string? MountedAt { get; init; }

    /// <summary>The page path the band links to (<c>/Accounts/Families/Index</c>), or null.</summary>
    public string? PagePath => Page is null || MountedAt is not null ? null : $"{Folder}/{Page}";

    /// <summary>Whether a Razor page path (<c>/Accounts/Families/Detail</c>) lies in <see cref="Folder"/>.</summary>
    public bool Covers(string pagePath) =>
        MountedAt is null && pagePath.StartsWith(Folder + "/", StringComparison.Ordinal);

    /// <summary>Whether a staff member with <paramref name="isAdministrator"/> may open it.</summary>
    public bool IsOpenTo(bool isAdministrator) => isAdministrator || Access == StaffAccess.Agent;
}
