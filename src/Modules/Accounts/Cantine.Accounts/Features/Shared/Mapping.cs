using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Features.Shared;

internal static class Mapping
{
    public static SignedInUserDto ToSignedIn(this UserAccount account, UserCredentials credentials) =>
        new(account.Id, account.Kind.ToString(), account.Role?.ToString(), account.FamilyId, account.Login,
            account.DisplayName, credentials.SecurityStamp, account.TwoFactorEnabled);

    public static StructureDto ToDto(this Structure s) =>
        new(s.Id, s.Slug, s.Name, s.Address.Street, s.Address.PostalCode, s.Address.City, s.Phone, s.ContactEmail,
            s.PasswordMinLength, s.LogoFileId, s.OnlinePaymentEnabled, s.PayfipClientNumber, s.PayfipEnvironment);

    public static Error Refusal(string key, string? field = null, params object[] args) =>
        new(key, AccountsText.Get(key, args), field);

    /// <summary>The French error of a refused decision.</summary>
    public static Error Refusal(Decision refused) => Refusal(refused.Refusal!, refused.Field, refused.Args);
}
