using Cantine.ArchitectureTests.Rules;
using Xunit.Abstractions;

namespace Cantine.ArchitectureTests;

public sealed class MessageTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Type> Types = Product.Types(Product.All);

    [Fact]
    public void Commands_and_queries_live_in_contracts()
    {
        RuleAssert.Holds(MessageRules.CommandsAndQueriesLiveInContracts(Types), output);
    }

    [Fact]
    public void Commands_and_queries_are_sealed()
    {
        RuleAssert.Holds(MessageRules.CommandsAndQueriesAreSealed(Types), output);
    }

    [Fact]
    public void Commands_end_in_Command_and_queries_in_Query()
    {
        RuleAssert.Holds(MessageRules.CommandsAndQueriesSayWhatTheyAre(Types), output);
    }

    [Fact]
    public void Every_command_has_a_validator()
    {
        RuleAssert.Holds(MessageRules.EveryCommandHasAValidator(Types, Product.ModuleImplementations), output);
    }

    [Fact]
    public void Handlers_are_sealed()
    {
        RuleAssert.Holds(MessageRules.HandlersAreSealed(Types), output);
    }

    [Fact]
    public void Handlers_end_in_Handler()
    {
        RuleAssert.Holds(MessageRules.HandlersEndInHandler(Types), output);
    }

    [Fact]
    public void Handlers_live_in_their_modules_features()
    {
        RuleAssert.Holds(MessageRules.HandlersLiveInFeatures(Types), output);
    }
}
