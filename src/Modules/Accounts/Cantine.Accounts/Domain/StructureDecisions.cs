using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>A structure's settings: pure functions of the command, the structure's state and the time.</summary>
public static class StructureDecisions
{
    /// <summary>
    /// A structure is created from within its own town only, once. The opening days are kept once each, in week order;
    /// the password policy starts at the default length.
    /// </summary>
    public static Decision Decide(CreateStructure command, Structure? existing, DateTimeOffset now) =>
        command.Tenant != command.Slug ? Decision.Refuse("WrongTenant")
        : existing is not null ? Decision.Refuse("StructureExists", "Slug")
        : Decision.Append(new StructureCreated(
            Structure.IdFor(command.Slug), command.Slug, command.Name.Trim(),
            new PostalAddress(command.Street.Trim(), command.PostalCode.Trim(), command.City.Trim()), command.Phone.Trim(),
            command.ContactEmail.Trim(), command.PeriodKind, [.. command.OpeningDays.Distinct().Order()], PasswordPolicy.DefaultMinLength));

    /// <summary>The same details again change nothing.</summary>
    public static Decision Decide(ChangeStructureDetails command, Structure? structure, DateTimeOffset now)
    {
        if (structure is null)
        {
            return Decision.Refuse("StructureNotFound");
        }

        var changed = new StructureContactDetailsChanged(
            structure.Id, command.Name.Trim(), new PostalAddress(command.Street.Trim(), command.PostalCode.Trim(), command.City.Trim()),
            command.Phone.Trim(), command.ContactEmail.Trim());
        return structure.Apply(changed) == structure ? Decision.Nothing : Decision.Append(changed);
    }

    public static Decision Decide(ChangeStructureLogo command, Structure? structure, DateTimeOffset now) =>
        structure is null ? Decision.Refuse("StructureNotFound")
        : Decision.Append(new StructureLogoChanged(structure.Id, command.FileId, command.ContentType));

    /// <summary>Removing a logo that is not there changes nothing.</summary>
    public static Decision Decide(RemoveStructureLogo command, Structure? structure, DateTimeOffset now) =>
        structure is null ? Decision.Refuse("StructureNotFound")
        : structure.LogoFileId is null ? Decision.Nothing
        : Decision.Append(new StructureLogoRemoved(structure.Id));

    public static Decision Decide(ChangeOnlinePayment command, Structure? structure, DateTimeOffset now)
    {
        if (structure is null)
        {
            return Decision.Refuse("StructureNotFound");
        }

        var number = string.IsNullOrWhiteSpace(command.PayfipClientNumber) ? null : command.PayfipClientNumber.Trim();
        var environment = command.PayfipEnvironment.Trim().ToUpperInvariant();
        return structure.OnlinePaymentEnabled == command.Enabled && structure.PayfipClientNumber == number && structure.PayfipEnvironment == environment
            ? Decision.Nothing
            : Decision.Append(new PayfipSettingsChanged(structure.Id, command.Enabled, number, environment));
    }

    public static Decision Decide(ChangePasswordPolicy command, Structure? structure, DateTimeOffset now) =>
        structure is null ? Decision.Refuse("StructureNotFound")
        : structure.PasswordMinLength == command.MinLength ? Decision.Nothing
        : Decision.Append(new PasswordPolicyChanged(structure.Id, command.MinLength));
}
