using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;

namespace Cantine.Accounts.Features.Shared;

internal static class ResetLinkReader
{
    /// <summary>The token's document, account and structure, or the refusal to show.</summary>
    public static async Task<Result<(PasswordResetToken Token, UserAccount Account, Structure Structure)>> ReadAsync(
        IQuerySession session, ResetLinks links, string tenantId, string? rawToken, DateTimeOffset now, CancellationToken ct)
    {
        var expired = false;
        var tokenId = string.IsNullOrWhiteSpace(rawToken) || rawToken.Length > 2048 ? null : links.Read(rawToken, tenantId, out expired);
        if (tokenId is null)
        {
            return Mapping.Refusal(expired ? "ResetLinkExpired" : "ResetLinkInvalid");
        }

        var token = await session.LoadAsync<PasswordResetToken>(tokenId.Value, ct);
        if (token is null || token.UsedAt is not null)
        {
            return Mapping.Refusal("ResetLinkInvalid");
        }

        if (!token.IsUsable(now))
        {
            return Mapping.Refusal("ResetLinkExpired");
        }

        var account = await session.LoadAsync<UserAccount>(token.UserId, ct);
        var structure = await session.LoadStructureAsync(tenantId, ct);
        return account is null || structure is null ? Mapping.Refusal("ResetLinkInvalid") : (token, account, structure);
    }
}
