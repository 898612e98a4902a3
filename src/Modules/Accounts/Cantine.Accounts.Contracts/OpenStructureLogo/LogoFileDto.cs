namespace Cantine.Accounts.Contracts.OpenStructureLogo;

public sealed record LogoFileDto(string ContentType, long Size, Stream Content);
