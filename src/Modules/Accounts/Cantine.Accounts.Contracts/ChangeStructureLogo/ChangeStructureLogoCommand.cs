using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeStructureLogo;

/// <summary>
/// Replaces the structure's logo, shown in the header of the portal and the back office: a PNG, JPEG or SVG
/// recognised by its content (an SVG with scripts or external references is refused), at most <see cref="MaxBytes"/>.
/// </summary>
public sealed record ChangeStructureLogoCommand(string FileName, byte[] Content) : ICommand<Result>
{
    public const long MaxBytes = 512 * 1024;
}
