namespace Cantine.Messaging.Domain;

/// <summary>What replaces a family's words in its contact threads once it is erased (RGPD, ADR 0018).</summary>
public static class ContactErasure
{
    public const string Masked = "(effacé)";

    public static ContactMessageReceived Mask(ContactMessageReceived e) => e with
    {
        AuthorName = Masked, AuthorEmail = string.Empty, Subject = Masked, Body = Masked, AttachmentName = null,
    };

    /// <summary>A staff reply quotes or names the family: its text goes too; the staff member's name stays.</summary>
    public static ContactReplied Mask(ContactReplied e) => e with { Body = Masked };
}
