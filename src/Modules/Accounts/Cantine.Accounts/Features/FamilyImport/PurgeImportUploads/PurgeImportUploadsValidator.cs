using Cantine.Accounts.Contracts.PurgeImportUploads;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.FamilyImport.PurgeImportUploads;

/// <summary>The command has no input; the validator exists so that every command has one.</summary>
public sealed class PurgeImportUploadsValidator : CommandValidator<PurgeImportUploadsCommand>;
