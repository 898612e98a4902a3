using Cantine.PayfipSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Shouldly;
using Xunit;

namespace Cantine.Host.Tests.Payfip;

/// <summary>The PayFiP simulator runs in Development and the tests only, whatever the configuration says (ADR 0029).</summary>
public sealed class PayfipSimulatorPlacementTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Testing", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public async Task The_simulator_is_served_only_in_development_and_tests(string environment, bool served)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Services.AddPayfipSimulator();
        await using var app = builder.Build();

        PayfipSimulatorApp.IsAllowedIn(app.Environment).ShouldBe(served);
        if (served)
        {
            Should.NotThrow(() => app.UsePayfipSimulator("/simulateur-payfip"));
        }
        else
        {
            Should.Throw<InvalidOperationException>(() => app.UsePayfipSimulator("/simulateur-payfip")).Message.ShouldContain(environment);
        }
    }
}
