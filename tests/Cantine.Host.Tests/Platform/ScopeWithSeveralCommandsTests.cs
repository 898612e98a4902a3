using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Platform;

/// <summary>A tool, a seed or a job may send several commands in one scope: every command's messages must go out.</summary>
public sealed class ScopeWithSeveralCommandsTests(ScopeWithSeveralCommandsTests.App app) : IClassFixture<ScopeWithSeveralCommandsTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "scope");
    }

    [Fact]
    public async Task Each_command_of_a_scope_delivers_its_integration_events()
    {
        await using (var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create("scope"))
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            (await sender.Send(new RequestPasswordResetCommand(app.Town.Family.Guardian.Login, null))).IsSuccess.ShouldBeTrue();
            (await sender.Send(new RequestPasswordResetCommand(app.Town.OtherFamily.Guardian.Login, null))).IsSuccess.ShouldBeTrue();
        }

        await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == app.Town.Family.Guardian.Email) && (m.TextBody ?? string.Empty).Contains("mot-de-passe/choisir", StringComparison.Ordinal));
        await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == app.Town.OtherFamily.Guardian.Email) && (m.TextBody ?? string.Empty).Contains("mot-de-passe/choisir", StringComparison.Ordinal));
    }
}
