using System.Text;
using Cantine.Accounts.Contracts.ExportFamilies;
using Cantine.Accounts.Contracts.ImportFamilies;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.ListGuardianAccounts;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.ImportFamilies;

public sealed class ImportFamiliesTests(ImportFamiliesTests.App app) : IClassFixture<ImportFamiliesTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            foreach (var slug in new[] { "imp-a", "imp-b", "imp-c", "imp-d", "imp-e", "imp-f" })
            {
                (await this.SendAsync(slug, s => s.Send(Structures.Command(slug, "Ville " + slug)))).ShouldSucceed();
            }
        }
    }

    [Fact]
    public async Task Imports_families_guardians_and_children_and_tells_the_other_modules()
    {
        var csv = FamilyCsv.Utf8(
            FamilyCsv.Line("A-1", "Martin", "Claire", "claire.martin@familles.test", "A-1-A", "Léa", klass: "CE1"),
            FamilyCsv.Line("A-1", "Martin", "Claire", "claire.martin@familles.test", "A-1-B", "Hugo"),
            FamilyCsv.Line("A-2", "Roux", "Inès", "ines.roux@familles.test"));
        var uploadId = await FamilyCsv.StageAsync(app, "imp-a", csv);

        var (result, messages) = await app.SendTrackedAsync("imp-a", s => s.Send(new ImportFamiliesCommand(uploadId)));

        result.ShouldSucceed().ShouldBe(new ImportCountsDto(2, 0, 2, 0, 2, 0));
        Published.Of<ChildRegisteredIntegrationEvent>(messages).Select(m => (m.TenantId, m.FirstName, m.Class)).OrderBy(m => m.FirstName)
            .ShouldBe([("imp-a", "Hugo", "CP"), ("imp-a", "Léa", "CE1")]);
        var guardians = await app.SendAsync("imp-a", s => s.Send(new ListGuardianAccountsQuery(1, true, null)));
        guardians.Guardians.Select(g => (g.DisplayName, g.Login, g.HasPassword)).ShouldBe([("Claire Martin", "claire.martin", false), ("Inès Roux", "ines.roux", false)]);
        (await app.SendAsync("imp-a", s => s.Send(new ImportFamiliesCommand(uploadId)))).ShouldBeRefused("Upload.NotFound");
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var csv = FamilyCsv.Utf8(
            FamilyCsv.Line("B-1", "Petit", "Anne", "anne.petit@familles.test", "B-1-A", second: "M.;Petit;Marc;marc.petit@familles.test;07 00 00 00 01"),
            FamilyCsv.Line("B-1", "Petit", "Anne", "anne.petit@familles.test", "B-1-B", "Tom", second: "M.;Petit;Marc;marc.petit@familles.test;07 00 00 00 01"));
        (await FamilyCsv.ImportAsync(app, "imp-b", csv)).ShouldBe(new ImportCountsDto(1, 0, 2, 0, 2, 0));

        var preview = await FamilyCsv.PreviewAsync(app, "imp-b", csv);
        var again = await FamilyCsv.ImportAsync(app, "imp-b", csv);

        preview.Counts.ChangesNothing.ShouldBeTrue();
        preview.UnchangedLines.ShouldBe(2);
        preview.Lines.ShouldBeEmpty();
        again.ChangesNothing.ShouldBeTrue();
        (await app.SendAsync("imp-b", s => s.Send(new ListGuardianAccountsQuery(1, false, null)))).Total.ShouldBe(2);
    }

    [Fact]
    public async Task A_changed_field_updates_the_family_guardian_or_child_it_belongs_to()
    {
        (await FamilyCsv.ImportAsync(app, "imp-c", FamilyCsv.Utf8(FamilyCsv.Line("C-1", "Durand", "Marie", "marie.durand@familles.test", "C-1-A", "Jade", klass: "CP"))))
            .ShouldBe(new ImportCountsDto(1, 0, 1, 0, 1, 0));
        var changed = FamilyCsv.Utf8(FamilyCsv.Line("C-1", "Durand-Lefort", "Marie", "marie.durand@familles.test", "C-1-A", "Jade", klass: "CE1", phone: "06 99 99 99 99"));

        var preview = await FamilyCsv.PreviewAsync(app, "imp-c", changed);
        var (result, messages) = await app.SendTrackedAsync("imp-c", async s => await s.Send(new ImportFamiliesCommand(await FamilyCsv.StageAsync(app, "imp-c", changed))));

        preview.Counts.ShouldBe(new ImportCountsDto(0, 1, 0, 1, 0, 1));
        preview.Lines.ShouldHaveSingleItem().Changes.ShouldBe([
            "Nom de la famille : « Durand » devient « Durand-Lefort »", "Coordonnées de Marie Durand-Lefort mises à jour", "Informations de Jade Durand-Lefort mises à jour"]);
        result.ShouldSucceed().ShouldBe(new ImportCountsDto(0, 1, 0, 1, 0, 1));
        Published.Of<ChildDetailsChangedIntegrationEvent>(messages).ShouldHaveSingleItem().Class.ShouldBe("CE1");
        var export = Encoding.UTF8.GetString(await app.SendAsync("imp-c", s => s.Send(new ExportFamiliesQuery())));
        export.ShouldContain("C-1;Durand-Lefort;Mme;Durand-Lefort;Marie;marie.durand@familles.test;06 99 99 99 99;");
        export.ShouldContain("C-1-A;Durand-Lefort;Jade;05/09/2018;École Jean Macé;CE1");
    }

    [Fact]
    public async Task Reads_a_Windows_1252_file_separated_by_commas_with_accents()
    {
        var text = string.Join("\r\n",
            FamilyCsv.Header.Replace(';', ','),
            "D-1,Bérard,Mme,Bérard,Hélène,helene.berard@familles.test,,\"12, allée des Châtaigniers\",69005,Lyon,,,,,,D-1-A,Bérard,Zoé,7/3/2017,École Saint-Exupéry,CE2");

        (await FamilyCsv.ImportAsync(app, "imp-d", FamilyCsv.Windows1252(text))).ShouldBe(new ImportCountsDto(1, 0, 1, 0, 1, 0));

        var export = Encoding.UTF8.GetString(await app.SendAsync("imp-d", s => s.Send(new ExportFamiliesQuery())));
        export.ShouldContain("D-1;Bérard;Mme;Bérard;Hélène;helene.berard@familles.test;;12, allée des Châtaigniers;69005;Lyon;;;;;;D-1-A;Bérard;Zoé;07/03/2017;École Saint-Exupéry;CE2");
    }

    [Fact]
    public async Task Reads_a_UTF8_file_with_BOM_and_a_header_written_loosely()
    {
        var header = "reference famille;NOM FAMILLE;Nom Responsable 1;Prenom responsable 1;Email responsable 1;Reference enfant;Nom enfant;Prénom enfant;date de naissance;ecole";
        var csv = FamilyCsv.Utf8WithBom($"{header}\r\nE-1;Lemaire;Lemaire;Noé;noe.lemaire@familles.test;E-1-A;Lemaire;Ève;1/9/2019;École Pasteur\r\n");

        var preview = await FamilyCsv.PreviewAsync(app, "imp-e", csv);

        preview.Refused.ShouldBeEmpty();
        preview.Counts.ShouldBe(new ImportCountsDto(1, 0, 1, 0, 1, 0));
        preview.Lines.ShouldHaveSingleItem().Changes.ShouldContain("Nouvel enfant : Ève Lemaire");
    }

    [Fact]
    public async Task An_imported_guardian_signs_in_once_a_password_is_chosen()
    {
        await FamilyCsv.ImportAsync(app, "imp-a", FamilyCsv.Utf8(FamilyCsv.Line("A-9", "Faure", "Louise", "louise.faure@familles.test")));
        var guardian = (await app.SendAsync("imp-a", s => s.Send(new ListGuardianAccountsQuery(1, false, "faure")))).Guardians.ShouldHaveSingleItem();

        (await app.SendAsync("imp-a", s => s.Send(new Contracts.SetPassword.SetPasswordCommand(guardian.UserId, TestTown.Password)))).ShouldSucceed();

        (await app.SendAsync("imp-a", s => s.Send(new SignInCommand("louise.faure", TestTown.Password, false)))).ShouldSucceed().DisplayName.ShouldBe("Louise Faure");
    }

    [Fact]
    public async Task Refuses_the_line_that_would_give_a_child_a_third_family()
    {
        var csv = FamilyCsv.Utf8(
            FamilyCsv.Line("F-1", "Bernard", "Paul", "paul.bernard@familles.test", "F-1-A", "Noé"),
            FamilyCsv.Line("F-2", "Bernard", "Julie", "julie.bernard@familles.test", "F-1-A", "Noé"),
            FamilyCsv.Line("F-3", "Bernard", "Anne", "anne.bernard@familles.test", "F-1-A", "Noé"));

        var preview = await FamilyCsv.PreviewAsync(app, "imp-f", csv);
        var imported = await FamilyCsv.ImportAsync(app, "imp-f", csv);

        preview.Refused.ShouldBe([
            new RefusedLineDto(4, "L'enfant « Noé Bernard » appartient déjà à deux familles : il ne peut pas être rattaché à la famille « Bernard »."),
        ]);
        imported.ChildrenCreated.ShouldBe(1);
        imported.FamiliesCreated.ShouldBe(3);
    }
}
