namespace Cantine.Host.Security;

/// <summary>Authorization policies: who may open which part of a structure's site.</summary>
public static class Policies
{
    public const string Guardian = "guardian";
    public const string Staff = "staff";
    public const string Administrator = "administrator";

    /// <summary>A platform operator (<see cref="PlatformOperators"/>), whatever their role in their town.</summary>
    public const string PlatformOperator = "platform-operator";
}
