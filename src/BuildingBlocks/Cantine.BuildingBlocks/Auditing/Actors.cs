namespace Cantine.BuildingBlocks.Auditing;

/// <summary>The authors of events that no signed-in person caused.</summary>
public static class Actors
{
    /// <summary>Platform tools, the demo seed, tests: the default of a scope outside a request.</summary>
    public const string System = "systeme";

    /// <summary>A scheduled job (Hangfire).</summary>
    public const string Job = "job";

    /// <summary>A file import confirmed by staff and run in the background.</summary>
    public const string Import = "import";

    /// <summary>A request of a visitor who is not signed in (sign-in, password link).</summary>
    public const string Anonymous = "anonyme";

    /// <summary>The non-person actors whose changes the audit log shows with the staff's.</summary>
    public static readonly IReadOnlyList<string> Automated = [System, Job, Import];
}
