namespace Cantine.Messaging;

/// <summary>Settings of the Messaging module (configuration section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>The site's public address, to turn the links of e-mails into absolute URLs.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>When set (development), e-mails are written as .eml files under <c>{folder}/{tenant}/</c> instead of sent.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The platform's DKIM key, signing the e-mails of every town without a key of its own (optional).</summary>
    public DkimOptions Dkim { get; set; } = new();

    /// <summary>Towns' own sender addresses and DKIM keys, by slug (optional; ADR 0034).</summary>
    public Dictionary<string, TownMailOptions> Towns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Largest PDF a family may attach to a contact message (10 MB by default).</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}
