using Cantine.Accounts.Contracts.CreateStructure;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Host.Composition;
using Cantine.Host.Tenancy;
using Mediator;

namespace Cantine.Host.Platform;

/// <summary>
/// <c>structure create --slug lyon --name "Ville de Lyon" --admin-email ...</c>: a platform operator creates a
/// structure and its first administrator, who receives a link to choose a password. Runs the host without
/// serving requests (random loopback port, no job server), so it works next to a running site.
/// </summary>
public static class PlatformCommand
{
    public static bool Matches(string[] args) => args is ["structure", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        string? problem = "Unknown command.";
        if (args is not ["structure", "create", .. var rest] || !StructureCreateArguments.TryParse(rest, out var input, out problem))
        {
            await Console.Error.WriteLineAsync(problem);
            await Console.Error.WriteLineAsync(StructureCreateArguments.Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Hangfire:Server"] = "false",
            ["Cantine:SeedDemo"] = "false",
        });
        builder.AddCantine();
        await using var app = builder.Build();
        app.UseCantine();
        await app.StartAsync();
        try
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(input.Slug);
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(input.ToCommand());
            if (!result.IsSuccess)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message}");
                }

                return 1;
            }

            app.Services.GetRequiredService<StructureLookup>().Forget(input.Slug);
            Console.WriteLine($"Structure '{input.Name}' created at /{input.Slug} (back office /{input.Slug}/admin).");
            Console.WriteLine($"Administrator login: {result.Value.AdminLogin}; a link to choose a password was e-mailed to {input.AdminEmail}.");
            // Let Wolverine hand the e-mail over before stopping; if it cannot, the outbox keeps it for the site.
            await Task.Delay(TimeSpan.FromSeconds(3));
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
