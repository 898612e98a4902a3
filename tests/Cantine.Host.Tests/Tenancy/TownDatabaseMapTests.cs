using Cantine.Host.Composition;
using Microsoft.Extensions.Configuration;

namespace Cantine.Host.Tests.Tenancy;

/// <summary>The map of towns to databases (ADR 0040) is read from configuration and refused at start-up when it is wrong.</summary>
public sealed class TownDatabaseMapTests
{
    private const string Main = "Host=127.0.0.1;Database=cantine";

    private static TownDatabaseMap Read(params (string Key, string Value)[] settings) =>
        TownDatabaseMap.From(new ConfigurationBuilder().AddInMemoryCollection(
            settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)).Append(new("ConnectionStrings:Cantine", Main))).Build());

    [Fact]
    public void Without_the_section_every_town_lives_in_the_one_database()
    {
        var map = Read();

        map.IsSingle.ShouldBeTrue();
        map.MainConnectionString.ShouldBe(Main);
    }

    [Fact]
    public void Towns_name_their_database()
    {
        var map = Read(("Persistence:Databases:est", "Host=10.0.0.2;Database=cantine_est"), ("Persistence:Towns:nancy", "est"), ("Persistence:Towns:lyon", "main"));

        map.IsSingle.ShouldBeFalse();
        map.Databases["est"].ShouldBe("Host=10.0.0.2;Database=cantine_est");
        map.Towns["nancy"].ShouldBe("est");
        map.Towns["lyon"].ShouldBe(TownDatabaseMap.Main);
    }

    [Theory]
    [InlineData("Persistence:Towns:nancy", "ouest", "does not list")]
    [InlineData("Persistence:Towns:Nancy!", "est", "not a town's slug")]
    [InlineData("Persistence:Databases:main", "Host=x", "ConnectionStrings:Cantine's name")]
    public void A_wrong_map_stops_the_host_with_a_message(string key, string value, string message)
    {
        var problem = Should.Throw<InvalidOperationException>(() => Read(("Persistence:Databases:est", "Host=10.0.0.2;Database=cantine_est"), (key, value)));

        problem.Message.ShouldContain(message);
    }
}
