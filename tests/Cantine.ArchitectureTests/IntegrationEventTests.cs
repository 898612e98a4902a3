using Cantine.ArchitectureTests.Rules;
using Xunit.Abstractions;

namespace Cantine.ArchitectureTests;

public sealed class IntegrationEventTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Type> Types = Product.Types(Product.All);

    [Fact]
    public void Integration_events_live_in_the_producers_contracts()
    {
        RuleAssert.Holds(IntegrationEventRules.IntegrationEventsLiveInContractsIntegrationEvents(Types), output);
    }

    [Fact]
    public void Integration_events_end_in_IntegrationEvent()
    {
        RuleAssert.Holds(IntegrationEventRules.IntegrationEventsEndInIntegrationEvent(Types), output);
    }
}
