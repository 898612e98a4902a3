namespace Cantine.Host.Tests.Support;

/// <summary>
/// Clients signed in once per test class and reused by its tests: a staff member's authenticator code is
/// accepted once per 30-second step, so signing the same administrator in for every test would be refused.
/// </summary>
public sealed class SignedInClients(CantineApp app) : IAsyncDisposable
{
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private readonly Dictionary<string, PortalClient> _clients = [];

    public Task<PortalClient> GuardianAsync(string slug, TestAccount guardian) =>
        GetAsync($"{slug}|{guardian.Login}", c => c.SignInGuardianAsync(slug, guardian.Login));

    public Task<PortalClient> StaffAsync(string slug, TestAccount staff, string secret = TestTown.AdministratorSecret) =>
        GetAsync($"{slug}|{staff.Login}", c => c.SignInStaffAsync(slug, staff.Login, secret));

    private async Task<PortalClient> GetAsync(string key, Func<PortalClient, Task> signIn)
    {
        await _signIn.WaitAsync();
        try
        {
            if (!_clients.TryGetValue(key, out var client))
            {
                client = app.CreatePortalClient();
                await signIn(client);
                _clients[key] = client;
            }

            return client;
        }
        finally
        {
            _signIn.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _signIn.Dispose();
        return ValueTask.CompletedTask;
    }
}
