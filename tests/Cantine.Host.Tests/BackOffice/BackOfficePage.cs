namespace Cantine.Host.Tests.BackOffice;

/// <summary>A page of the Admin area: its path (<c>/Accounts/Families/Detail</c>) and its route template.</summary>
public sealed record BackOfficePage(string Path, string Route)
{
    public override string ToString() => Path;
}
