using Cantine.Host.Composition;
using Cantine.Host.Platform;
using JasperFx;

if (PlatformCommand.Matches(args))
{
    return await PlatformCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCantine();
var app = builder.Build();
app.UseCantine();
return await app.RunJasperFxCommands(args);

/// <summary>The web host's entry point (public so that test factories can start it).</summary>
public partial class Program;
