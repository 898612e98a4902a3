using System.Text.RegularExpressions;
using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.ArchitectureTests.Rules;

/// <summary>STYLE §5 and §8 rule 6: integration events are the producer's public, named facts.</summary>
public static partial class IntegrationEventRules
{
    public static bool IsIntegrationEvent(Type type) =>
        !type.IsInterface && typeof(IIntegrationEvent).IsAssignableFrom(type);

    /// <summary>In <c>Cantine.&lt;Module&gt;.Contracts.IntegrationEvents</c> exactly, in the assembly Cantine.&lt;Module&gt;.Contracts.</summary>
    public static RuleResult IntegrationEventsLiveInContractsIntegrationEvents(IEnumerable<Type> types) =>
        Check("Integration events live in Cantine.<Module>.Contracts.IntegrationEvents", types, t =>
            ContractsAssembly().Match(t.Assembly.GetName().Name!) is { Success: true } contracts
            && t.Namespace == contracts.Value + ".IntegrationEvents");

    public static RuleResult IntegrationEventsEndInIntegrationEvent(IEnumerable<Type> types) =>
        Check("Integration events end in IntegrationEvent", types, t => t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal));

    private static RuleResult Check(string rule, IEnumerable<Type> types, Func<Type, bool> holds)
    {
        var selected = types.Where(IsIntegrationEvent).ToList();
        return RuleResult.From(rule, selected.Select(t => t.FullName!), selected.Where(t => !holds(t)).Select(t => t.FullName!));
    }

    [GeneratedRegex(@"^Cantine\.[A-Z][A-Za-z0-9]*\.Contracts$")]
    private static partial Regex ContractsAssembly();
}
