namespace Cantine.Accounts.Domain;

/// <summary>
/// A structure (town service) and its settings; one per tenant. The booking calendar (period kind, opening days)
/// is Reservations' (ADR 0020): the values given at creation are passed on in the integration event, not kept here.
/// </summary>
public sealed record Structure(
    Guid Id,
    string Slug,
    string Name,
    PostalAddress Address,
    string Phone,
    string ContactEmail,
    int PasswordMinLength,
    Guid? LogoFileId = null,
    string? LogoContentType = null,
    bool OnlinePaymentEnabled = false,
    string? PayfipClientNumber = null,
    string PayfipEnvironment = "T")
{
    /// <summary>Every structure's stream has an id derived from its slug, so it is found without a lookup.</summary>
    public static Guid IdFor(string slug) => DeterministicGuid.Create("structure:" + slug);

    public static Structure Create(StructureCreated e) =>
        new(e.StructureId, e.Slug, e.Name, e.Address, e.Phone, e.ContactEmail, e.PasswordMinLength);

    public Structure Apply(StructureContactDetailsChanged e) =>
        this with { Name = e.Name, Address = e.Address, Phone = e.Phone, ContactEmail = e.ContactEmail };

    public Structure Apply(PasswordPolicyChanged e) => this with { PasswordMinLength = e.PasswordMinLength };

    public Structure Apply(StructureLogoChanged e) => this with { LogoFileId = e.FileId, LogoContentType = e.ContentType };

    public Structure Apply(StructureLogoRemoved e) => this with { LogoFileId = null, LogoContentType = null };

    public Structure Apply(OnlinePaymentChanged e) => this with { OnlinePaymentEnabled = e.Enabled, PayfipClientNumber = e.PayfipClientNumber };

    public Structure Apply(PayfipSettingsChanged e) =>
        this with { OnlinePaymentEnabled = e.Enabled, PayfipClientNumber = e.PayfipClientNumber, PayfipEnvironment = e.PayfipEnvironment };
}
