using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.ArchitectureTests.Rules;

namespace Cantine.ArchitectureTests;

public sealed class IntegrationEventRulesCanFailTests
{
    private static readonly IReadOnlyList<Type> Events =
        [.. RulesCanFail.BadTypes("IntegrationEvents"), typeof(PasswordChangedIntegrationEvent)];

    [Fact]
    public void Rule_6_reports_integration_events_outside_a_modules_contracts()
    {
        RuleAssert.ReportsExactly(IntegrationEventRules.IntegrationEventsLiveInContractsIntegrationEvents(Events),
            RulesCanFail.Bad("IntegrationEvents", "ChildWasRegistered"),
            RulesCanFail.Bad("IntegrationEvents", "SomethingHappenedIntegrationEvent"));
    }

    [Fact]
    public void Rule_6_reports_a_misnamed_integration_event()
    {
        RuleAssert.ReportsExactly(IntegrationEventRules.IntegrationEventsEndInIntegrationEvent(Events),
            RulesCanFail.Bad("IntegrationEvents", "ChildWasRegistered"));
    }
}
