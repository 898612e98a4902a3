namespace Cantine.Host;

/// <summary>
/// Marker for the host's texts (<c>Resources/HostText.*.resx</c>). Pages write <c>@T["French text"]</c>:
/// the French text is the key, so French needs no entry and another language adds a resource file (ADR 0009).
/// </summary>
public sealed class HostText;
