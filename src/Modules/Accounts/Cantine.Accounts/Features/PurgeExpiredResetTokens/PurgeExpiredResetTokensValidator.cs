using Cantine.Accounts.Contracts.PurgeExpiredResetTokens;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.PurgeExpiredResetTokens;

/// <summary>The command has no input; the validator exists so that every command has one.</summary>
public sealed class PurgeExpiredResetTokensValidator : CommandValidator<PurgeExpiredResetTokensCommand>;
