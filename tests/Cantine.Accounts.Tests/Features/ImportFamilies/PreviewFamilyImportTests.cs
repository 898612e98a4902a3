using Cantine.Accounts.Contracts.ExportFamilies;
using Cantine.Accounts.Contracts.ListGuardianAccounts;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.StageFamilyImport;

namespace Cantine.Accounts.Tests.Features.ImportFamilies;

public sealed class PreviewFamilyImportTests(PreviewFamilyImportTests.App app) : IClassFixture<PreviewFamilyImportTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("apercu", s => s.Send(Structures.Command("apercu", "Ville d'Aperçu")))).ShouldSucceed();
    }

    [Fact]
    public async Task Previews_what_would_be_created_without_writing_anything()
    {
        var csv = FamilyCsv.Utf8(
            FamilyCsv.Line("P-1", "Martin", "Claire", "claire.martin@familles.test", "P-1-A", "Léa"),
            FamilyCsv.Line("P-1", "Martin", "Claire", "claire.martin@familles.test", "P-1-B", "Hugo", "12/01/2016"),
            FamilyCsv.Line("P-2", "Nguyen", "Minh", "minh.nguyen@familles.test", "P-2-A", "Anh", second: "M.;Nguyen;Bao;bao.nguyen@familles.test;"));

        var preview = await FamilyCsv.PreviewAsync(app, "apercu", csv);

        preview.LineCount.ShouldBe(3);
        preview.Counts.ShouldBe(new ImportCountsDto(2, 0, 3, 0, 3, 0));
        preview.Refused.ShouldBeEmpty();
        preview.Lines.Select(l => l.LineNumber).ShouldBe([2, 3, 4]);
        preview.Lines[0].Changes.ShouldBe([
            "Nouvelle famille « Martin »", "Nouveau responsable : Claire Martin (identifiant claire.martin)", "Nouvel enfant : Léa Martin"]);
        preview.Lines[0].Creates.ShouldBeTrue();
        (await app.SendAsync("apercu", s => s.Send(new ListGuardianAccountsQuery(1, false, null)))).Total.ShouldBe(0);
        System.Text.Encoding.UTF8.GetString(await app.SendAsync("apercu", s => s.Send(new ExportFamiliesQuery()))).ShouldNotContain("Martin");
    }

    [Fact]
    public async Task Lists_every_refused_line_with_its_number_and_reason()
    {
        var csv = FamilyCsv.Utf8(
            FamilyCsv.Line("", "Sans", "Réf", "sans@familles.test", "X-1"),
            FamilyCsv.Line("R-2", "Dupont", "Jean", "jean.dupont@familles.test", "R-2-A", birth: "31/02/2018"),
            FamilyCsv.Line("R-3", "Petit", "Anne", "pas-une-adresse", "R-3-A"),
            FamilyCsv.Line("R-4", "Leroy", "Paul", "paul.leroy@familles.test", "R-4-A"),
            FamilyCsv.Line("R-4", "Leroy", "Paul", "paul.leroy@familles.test", "R-4-A", "Zoé"),
            FamilyCsv.Line("R-4", "Leroy", "Pauline", "paul.leroy@familles.test", "R-4-B"),
            FamilyCsv.Line("R-5", "Moreau", "Eva", "eva.moreau@familles.test", "R-5-A", school: ""),
            FamilyCsv.Line("R-6", "Garnier", "Yves", "yves.garnier@familles.test", "R-6-A", birth: "2018/09/05"));

        var preview = await FamilyCsv.PreviewAsync(app, "apercu", csv);

        preview.Refused.ShouldBe([
            new RefusedLineDto(2, "La colonne « Référence famille » est vide."),
            new RefusedLineDto(3, "Date de naissance « 31/02/2018 » illisible : écrivez-la jj/mm/aaaa, par exemple 05/09/2018."),
            new RefusedLineDto(4, "« pas-une-adresse » n'est pas une adresse e-mail valide (colonne « E-mail responsable 1 »)."),
            new RefusedLineDto(6, "L'enfant « R-4-A » figure déjà à la ligne 5 pour cette famille."),
            new RefusedLineDto(7, "La famille « R-4 » est décrite différemment à la ligne 5 (nom, responsables ou adresse) : chaque ligne d'une famille doit répéter les mêmes informations."),
            new RefusedLineDto(8, "La colonne « École » est vide."),
            new RefusedLineDto(9, "Date de naissance « 2018/09/05 » illisible : écrivez-la jj/mm/aaaa, par exemple 05/09/2018."),
        ]);
        preview.Counts.ShouldBe(new ImportCountsDto(1, 0, 1, 0, 1, 0));
    }

    [Fact]
    public async Task Refuses_a_file_without_the_required_columns()
    {
        var csv = System.Text.Encoding.UTF8.GetBytes("Nom;Prénom\r\nMartin;Léa\r\n");

        var result = await app.SendAsync("apercu", s => s.Send(new StageFamilyImportCommand("eleves.csv", csv)));

        result.ShouldBeRefused("File.MissingColumns").Message.ShouldStartWith("Colonnes obligatoires absentes de la première ligne : Référence famille, Nom famille,");
    }

    [Fact]
    public async Task Refuses_an_empty_or_too_large_file()
    {
        (await app.SendAsync("apercu", s => s.Send(new StageFamilyImportCommand("vide.csv", [])))).ShouldBeRefused("File.Empty", "Content");
        var large = new byte[StageFamilyImportCommand.MaxBytes + 1];
        (await app.SendAsync("apercu", s => s.Send(new StageFamilyImportCommand("gros.csv", large)))).ShouldBeRefused("File.TooLarge", "Content");
    }

    [Fact]
    public async Task An_upload_of_one_town_is_unknown_to_another()
    {
        (await app.SendAsync("autre", s => s.Send(Structures.Command("autre", "Ville Autre")))).ShouldSucceed();
        var id = await FamilyCsv.StageAsync(app, "apercu", FamilyCsv.Utf8(FamilyCsv.Line("T-1", "Blanc", "Luc", "luc.blanc@familles.test", "T-1-A")));

        (await app.SendAsync("autre", s => s.Send(new PreviewFamilyImportQuery(id)))).ShouldBeNull();
        (await app.SendAsync("autre", s => s.Send(new Contracts.ImportFamilies.ImportFamiliesCommand(id)))).ShouldBeRefused("Upload.NotFound");
        (await app.SendAsync("apercu", s => s.Send(new PreviewFamilyImportQuery(id)))).ShouldNotBeNull();
    }
}
