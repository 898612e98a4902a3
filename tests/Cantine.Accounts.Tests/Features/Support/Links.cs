using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RequestPasswordReset;

namespace Cantine.Accounts.Tests.Features.Support;

public static class Links
{
    /// <summary>Asks for a password link for <paramref name="login"/> and returns the one the Accounts module published.</summary>
    public static async Task<PasswordResetRequestedIntegrationEvent> RequestAsync(CantineApp app, string tenant, string login)
    {
        var (result, messages) = await app.SendTrackedAsync(tenant, s => s.Send(new RequestPasswordResetCommand(login, null)));
        result.ShouldSucceed();
        return messages.LinksRequested().ShouldHaveSingleItem();
    }
}
