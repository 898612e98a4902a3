using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Features.SignIn;
using Cantine.ArchitectureTests.Rules;
using Cantine.Messaging.Contracts.ListPickedUpEmails;

namespace Cantine.ArchitectureTests;

public sealed class MessageRulesCanFailTests
{
    // Good real types ride along: the rules must report the bad ones only.
    private static readonly IReadOnlyList<Type> Requests =
        [.. RulesCanFail.BadTypes("Requests"), typeof(SignInCommand), typeof(ListPickedUpEmailsQuery)];

    private static readonly IReadOnlyList<Type> Handlers = [.. RulesCanFail.BadTypes("Handlers"), typeof(SignInHandler)];

    private static string Request(string name) => RulesCanFail.Bad("Requests", name);

    private static string Handler(string name) => RulesCanFail.Bad("Handlers", name);

    [Fact]
    public void Rule_5_reports_commands_and_queries_outside_contracts()
    {
        RuleAssert.ReportsExactly(MessageRules.CommandsAndQueriesLiveInContracts(Requests),
            Request("DoTheThing"), Request("FetchEverything"), Request("GetThingsCommand"), Request("UnsealedCommand"));
    }

    [Fact]
    public void Rule_5_reports_an_unsealed_command()
    {
        RuleAssert.ReportsExactly(MessageRules.CommandsAndQueriesAreSealed(Requests), Request("UnsealedCommand"));
    }

    [Fact]
    public void Rule_5_reports_commands_and_queries_whose_names_do_not_say_what_they_are()
    {
        RuleAssert.ReportsExactly(MessageRules.CommandsAndQueriesSayWhatTheyAre(Requests),
            Request("DoTheThing"), Request("FetchEverything"), Request("GetThingsCommand"));
    }

    [Fact]
    public void Rule_5_reports_a_command_without_a_validator()
    {
        RuleAssert.ReportsExactly(
            MessageRules.EveryCommandHasAValidator(Requests, [RulesCanFail.TestAssembly, Product.Accounts]),
            Request("UnsealedCommand"));
    }

    [Fact]
    public void Rule_5_looks_for_the_validator_in_the_commands_own_module()
    {
        // SignInValidator exists, but not in the assembly offered here.
        RuleAssert.ReportsExactly(MessageRules.EveryCommandHasAValidator([typeof(SignInCommand)], [Product.Messaging]),
            typeof(SignInCommand).FullName!);
    }

    [Fact]
    public void Rule_5_reports_an_unsealed_handler()
    {
        RuleAssert.ReportsExactly(MessageRules.HandlersAreSealed(Handlers), Handler("UnsealedHandler"));
    }

    [Fact]
    public void Rule_5_reports_a_handler_not_named_Handler()
    {
        RuleAssert.ReportsExactly(MessageRules.HandlersEndInHandler(Handlers), Handler("FetchEverythingProcessor"));
    }

    [Fact]
    public void Rule_5_reports_handlers_outside_features()
    {
        RuleAssert.ReportsExactly(MessageRules.HandlersLiveInFeatures(Handlers),
            Handler("FetchEverythingProcessor"), Handler("OutsideFeaturesHandler"), Handler("UnsealedHandler"));
    }
}
