namespace Cantine.Host.Security;

/// <summary>Authorization policies: who may open which part of a structure's site.</summary>
public static class Policies
{
    public const string Guardian = "guardian";
    public const string Staff = "staff";
    public const string Administrator = "administrator";
}
