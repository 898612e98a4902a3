using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using Npgsql;

namespace Cantine.Host.Tests.Instances;

/// <summary>
/// Issue #18, ADR 0039: Wolverine's durable inbox and its node agents in the balanced mode, on two production instances.
/// An integration event stored by one instance (a password link asked there: Accounts stores the event in its transaction,
/// Messaging's handler e-mails the link once per cause) is handled once, by that instance, and never also by the other.
/// Then the second instance dies with such a message still in its inbox — its SMTP server down, so the handler is retrying,
/// and its database connections cut before it stops, so it can neither finish nor give the message back: the survivor
/// sees the dead node's health record go stale, ejects the node, takes over its persisted envelope and sends the e-mail,
/// once. Each host has its own SMTP server, so the mailbox says which instance handled what.
/// </summary>
[Trait("Category", "Instances")]
public sealed class DurableMessagesRunOnceTests(DurableMessagesRunOnceTests.App app) : IClassFixture<DurableMessagesRunOnceTests.App>
{
    public sealed class App : TwoProductionNodes
    {
        public PostgresOutage SecondDatabase { get; } = new();

        public TestTown Town { get; private set; } = null!;

        protected override string SecondConnectionString => SecondDatabase.Relay(Database.ConnectionString);

        protected override async Task SeedTownsAsync() => Town = await TestTown.CreateAsync(this, "lyon");

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await SecondDatabase.DisposeAsync();
        }
    }

    private static PortalClient On(CantineHost host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), host.Clock);

    private static async Task AskForLinkAsync(PortalClient client, TestAccount guardian)
    {
        var response = await client.SubmitAsync("/lyon", new Dictionary<string, string> { ["Demande.Identifiant"] = guardian.Login }, "handler=Envoyer");
        ((int)response.StatusCode).ShouldBeLessThan(400);
    }

    private static IReadOnlyList<MimeMessage> LinksTo(TestSmtpServer smtp, TestAccount guardian) =>
        [.. smtp.Messages.Where(m => m.To.Mailboxes.Any(a => a.Address == guardian.Email))];

    [Fact]
    public async Task A_stored_message_is_handled_once_and_a_dead_instances_inbox_is_taken_over_by_the_survivor()
    {
        var first = app.Town.Family.Guardian;
        var second = app.Town.OtherFamily.Guardian;
        (await NodesAsync()).ShouldBe(2, "both instances registered as Wolverine nodes");

        // Both up: each instance handles what it stored, once.
        using (var client = app.CreatePortalClient())
        {
            await AskForLinkAsync(client, first);
        }

        using (var client = On(app.Second))
        {
            await AskForLinkAsync(client, second);
        }

        await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == first.Email));
        await app.Second.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == second.Email));
        await Task.Delay(TimeSpan.FromSeconds(2));
        LinksTo(app.Smtp, first).Count.ShouldBe(1);
        LinksTo(app.Second.Smtp, second).Count.ShouldBe(1);
        LinksTo(app.Second.Smtp, first).ShouldBeEmpty();
        LinksTo(app.Smtp, second).ShouldBeEmpty();
        (await SentLinksAsync(first)).ShouldBe(1);
        (await SentLinksAsync(second)).ShouldBe(1);

        // The second instance's SMTP server goes down: the link it stores now fails to send and waits for a retry.
        await app.Second.Smtp.DisposeAsync();
        using (var client = On(app.Second))
        {
            await AskForLinkAsync(client, second);
        }

        await UntilAsync(async () => await OwnedBySecondAsync() > 0, "the second instance's inbox holds the link's event");
        await Task.Delay(TimeSpan.FromSeconds(1));

        // It dies: no database (no health check, nothing given back), then its process stops.
        app.SecondDatabase.Cut();
        app.SecondStopped = true;
        await StopQuietlyAsync(app.Second);

        var link = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == second.Email), TimeSpan.FromSeconds(60));
        link.Subject.ShouldNotBeNull();
        await Task.Delay(TimeSpan.FromSeconds(2));
        LinksTo(app.Smtp, second).Count.ShouldBe(1, "the survivor sent the dead instance's e-mail once");
        (await SentLinksAsync(second)).ShouldBe(2);
        (await NodesAsync()).ShouldBe(1, "the dead node was ejected");
        (await PendingAsync()).ShouldBe(0, "nothing left in the inbox");
    }

    private static async Task StopQuietlyAsync(CantineHost host)
    {
        try
        {
            await host.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException or AggregateException or InvalidOperationException)
        {
            // A process whose database is gone does not stop cleanly; what matters is what it left in the database.
        }

        await host.Database.DisposeAsync();
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string because)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), because);
            await Task.Delay(100);
        }
    }

    private Task<long> NodesAsync() => CountAsync("select count(*) from wolverine.wolverine_nodes");

    private Task<long> PendingAsync() => CountAsync("select count(*) from wolverine.wolverine_incoming_envelopes where status <> 'Handled'");

    /// <summary>Envelopes waiting to be handled and owned by a node (the one that stored them), not released to any node (0).</summary>
    private Task<long> OwnedBySecondAsync() =>
        CountAsync("select count(*) from wolverine.wolverine_incoming_envelopes where status = 'Incoming' and owner_id <> 0");

    /// <summary>Messaging's trace of each e-mail sent (one per cause): the links sent to <paramref name="guardian"/>.</summary>
    private Task<long> SentLinksAsync(TestAccount guardian) => CountAsync(
        $"select count(*) from cantine.mt_doc_sentemail where data ->> 'template' = 'password-link' and data ->> 'to' = '{guardian.Email}'");

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
