using Cantine.Accounts.Contracts.ChangePassword;
using Cantine.Accounts.Contracts.ChangePasswordPolicy;
using Cantine.Accounts.Contracts.DisableStaffMember;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Domain;
using Cantine.Audit.Contracts.ListAuditEntries;
using Cantine.BuildingBlocks.Auditing;
using Cantine.Documents.Contracts.PublishDocument;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Audit.Tests.Features;

/// <summary>The audit log (ADRs 0017, 0023): staff and jobs' changes, who, when, what, before → after; filters; one town only.</summary>
public sealed class ListAuditEntriesTests(ListAuditEntriesTests.App app) : IClassFixture<ListAuditEntriesTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public TestTown Other { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "lyon");
            Other = await TestTown.CreateAsync(this, "vienne");
        }
    }

    private Task<AuditLogDto> ListAsync(string tenant = "lyon", DateOnly? from = null, DateOnly? to = null, Guid? author = null, Guid? family = null) =>
        app.SendAsync(tenant, s => s.Send(new ListAuditEntriesQuery(from, to, author, family)));

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    [Fact]
    public async Task Shows_who_changed_what_with_the_value_before_and_after()
    {
        var admin = app.Town.Administrator.UserId;
        (await app.SendAsAsync("lyon", admin, s => s.Send(new ChangePasswordPolicyCommand(14)))).ShouldSucceed();

        var log = await ListAsync(author: admin);

        var entry = log.Entries.First();
        entry.Author.ShouldBe("Anne Admin");
        entry.AuthorId.ShouldBe(admin);
        entry.Description.ShouldBe("Longueur minimale des mots de passe : 12 → 14");
        entry.At.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        log.Authors.ShouldContain(a => a.UserId == admin && a.DisplayName == "Anne Admin");
    }

    [Fact]
    public async Task Describes_a_rename_from_the_stream_state_before_it()
    {
        var admin = app.Town.Administrator.UserId;
        var family = (await app.SendAsAsync("lyon", admin, s => s.Send(new RegisterFamilyCommand("Dupont")))).ShouldSucceed();
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession("lyon"))
        {
            session.LastModifiedBy = admin.ToString();
            session.Events.Append(family, new FamilyRenamed(family, "Dupond"));
            await session.SaveChangesAsync();
        }

        var log = await ListAsync(family: family);

        log.Entries.Select(e => e.Description).ShouldBe(["Famille renommée : Dupont → Dupond", "Famille créée : Dupont"]);
    }

    [Fact]
    public async Task Keeps_the_changes_of_one_family_its_guardians_and_children()
    {
        var admin = app.Town.Administrator.UserId;
        var family = (await app.SendAsync("lyon", s => s.Send(new RegisterFamilyCommand("Blanc")))).ShouldSucceed();
        (await app.SendAsync("lyon", s => s.Send(new RegisterGuardianCommand(family, "M.", "Hugo", "Blanc", "hugo.blanc@example.org", "06 00 00 00 00", null))))
            .ShouldSucceed();
        (await app.SendAsAsync("lyon", admin, s => s.Send(new RegisterChildCommand(family, "Lina", "Blanc", new DateOnly(2018, 2, 3), "École B", "CP"))))
            .ShouldSucceed();

        var log = await ListAsync(family: family);

        log.Entries.Select(e => e.Description).ShouldContain("Enfant inscrit dans la famille Blanc : Lina Blanc");
        log.Entries.Select(e => e.Description).ShouldContain(d => d.StartsWith("Responsable ajouté à la famille Blanc : Hugo Blanc", StringComparison.Ordinal));
        log.Entries.Select(e => e.Description).ShouldContain("Famille créée : Blanc");
        log.Entries.ShouldNotContain(e => e.Description.Contains("Durand", StringComparison.Ordinal));
        log.Entries.First().Author.ShouldBe("Anne Admin");
        log.Entries.Last().Author.ShouldBe("Système");
    }

    [Fact]
    public async Task Leaves_out_what_guardians_did_themselves_and_sign_ins()
    {
        var guardian = app.Town.Family.Guardian;
        (await app.SendAsAsync("lyon", guardian.UserId, s => s.Send(
            new ChangePasswordCommand(guardian.UserId, TestTown.Password, "Une-Autre-Phrase-Secrete-77", "Une-Autre-Phrase-Secrete-77")))).ShouldSucceed();

        var log = await ListAsync(author: guardian.UserId);
        var all = await ListAsync();

        log.Entries.ShouldBeEmpty();
        all.Entries.ShouldNotContain(e => e.AuthorId == guardian.UserId);
        all.Entries.ShouldNotContain(e => e.Description.StartsWith("signed_in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_by_day_in_Paris_time()
    {
        (await app.SendAsAsync("lyon", app.Town.Administrator.UserId, s => s.Send(new DisableStaffMemberCommand(app.Town.Agent.UserId)))).ShouldSucceed();

        var today = await ListAsync(from: Today, to: Today);
        var tomorrow = await ListAsync(from: Today.AddDays(1));
        var yesterday = await ListAsync(to: Today.AddDays(-1));

        today.Entries.ShouldContain(e => e.Description == "Compte de Paul Agent désactivé");
        tomorrow.Entries.ShouldBeEmpty();
        yesterday.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Names_a_job_as_the_author_of_its_changes()
    {
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession("lyon"))
        {
            session.LastModifiedBy = Actors.Job;
            session.Events.Append(app.Town.Family.FamilyId, new FamilyArchived(app.Town.Family.FamilyId));
            await session.SaveChangesAsync();
        }

        var log = await ListAsync(family: app.Town.Family.FamilyId);

        log.Entries.First().Author.ShouldBe("Tâche planifiée");
        log.Entries.First().Description.ShouldBe("Famille archivée : Durand");
    }

    [Fact]
    public async Task Never_shows_another_towns_changes()
    {
        (await app.SendAsAsync("vienne", app.Other.Administrator.UserId, s => s.Send(new RegisterFamilyCommand("Famille-De-Vienne")))).ShouldSucceed();

        var lyon = await ListAsync();
        var lyonByViennesAdmin = await ListAsync(author: app.Other.Administrator.UserId);
        var vienne = await ListAsync("vienne");

        lyon.Entries.ShouldNotContain(e => e.Description.Contains("Famille-De-Vienne", StringComparison.Ordinal));
        lyon.Entries.ShouldNotContain(e => e.Description.Contains("Vienne", StringComparison.Ordinal));
        lyonByViennesAdmin.Entries.ShouldBeEmpty();
        lyon.Authors.ShouldNotContain(a => a.UserId == app.Other.Administrator.UserId);
        vienne.Entries.ShouldContain(e => e.Description == "Famille créée : Famille-De-Vienne");
    }

    [Fact]
    public async Task Pages_fifty_entries_at_a_time()
    {
        var admin = app.Town.Administrator.UserId;
        for (var i = 0; i < 51; i++)
        {
            (await app.SendAsAsync("lyon", admin, s => s.Send(new RegisterFamilyCommand($"Page-{i:00}")))).ShouldSucceed();
        }

        var first = await ListAsync(author: admin);
        var second = await app.SendAsync("lyon", s => s.Send(new ListAuditEntriesQuery(null, null, admin, null, 2)));

        first.Entries.Count.ShouldBe(50);
        first.HasNextPage.ShouldBeTrue();
        second.Page.ShouldBe(2);
        second.Entries.ShouldNotBeEmpty();
        second.Entries.Select(e => e.Sequence).ShouldAllBe(s => s < first.Entries.Min(e => e.Sequence));
    }

    [Fact]
    public async Task Describes_another_modules_events_with_its_describer()
    {
        var admin = app.Town.Administrator.UserId;
        (await app.SendAsAsync("lyon", admin, s => s.Send(new PublishDocumentCommand("Menus de mars", "Menus", "menus.pdf", TestFiles.Menu, null, null))))
            .ShouldSucceed();

        var log = await ListAsync(author: admin);

        log.Entries.First().Description.ShouldBe("Document publié : « Menus de mars » (Menus, fichier menus.pdf)");
    }
}
