using Mediator;

namespace Cantine.Accounts.Contracts.OpenStructureLogo;

/// <summary>The current structure's logo to serve, or null when it has none. Dispose the content.</summary>
public sealed record OpenStructureLogoQuery : IQuery<LogoFileDto?>;
