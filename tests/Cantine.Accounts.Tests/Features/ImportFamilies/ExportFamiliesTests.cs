using System.Diagnostics;
using System.Text;
using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.ExportFamilies;
using Cantine.Accounts.Contracts.RegisterChild;
using Xunit.Abstractions;

namespace Cantine.Accounts.Tests.Features.ImportFamilies;

public sealed class ExportFamiliesTests(ExportFamiliesTests.App app, ITestOutputHelper output) : IClassFixture<ExportFamiliesTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            foreach (var slug in new[] { "exp-a", "exp-b", "exp-big" })
            {
                (await this.SendAsync(slug, s => s.Send(Structures.Command(slug, "Ville " + slug)))).ShouldSucceed();
            }
        }
    }

    [Fact]
    public async Task Exports_in_the_import_format_and_importing_the_export_changes_nothing()
    {
        await FamilyCsv.ImportAsync(app, "exp-a", FamilyCsv.Utf8(
            FamilyCsv.Line("X-1", "Morel", "Julie", "julie.morel@familles.test", "X-1-A", "Sacha", phone: "+33 6 12 34 56 78",
                second: "M.;Morel;=Paul;paul.morel@familles.test;"),
            FamilyCsv.Line("X-2", "Noël", "Agnès", "agnes.noel@familles.test")));
        var family = await Seed.FamilyWithGuardianAsync(app, "exp-a", "Rémi", "Sans-Référence", withPassword: false);
        var childId = (await app.SendAsync("exp-a", s => s.Send(new RegisterChildCommand(family.FamilyId, "Nina", "Sans-Référence", new DateOnly(2017, 4, 1), "École B", "")))).ShouldSucceed();
        var other = await Seed.FamilyWithGuardianAsync(app, "exp-a", "Yann", "Autre-Foyer", withPassword: false);
        (await app.SendAsync("exp-a", s => s.Send(new AttachChildToFamilyCommand(childId, other.FamilyId)))).ShouldSucceed();

        var export = await app.SendAsync("exp-a", s => s.Send(new ExportFamiliesQuery()));

        export.AsSpan(0, 3).ToArray().ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(export.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(FamilyCsv.Header);
        lines.ShouldContain("X-1;Morel;Mme;Morel;Julie;julie.morel@familles.test;\"'+33 6 12 34 56 78\";3 rue des Lilas;69003;Lyon;M.;Morel;\"'=Paul\";paul.morel@familles.test;;X-1-A;Morel;Sacha;05/09/2018;École Jean Macé;CP");
        lines.ShouldContain("X-2;Noël;Mme;Noël;Agnès;agnes.noel@familles.test;06 12 34 56 78;3 rue des Lilas;69003;Lyon;;;;;;;;;;;");
        lines.Count(l => l.Contains($";{childId};", StringComparison.Ordinal)).ShouldBe(2);

        var preview = await FamilyCsv.PreviewAsync(app, "exp-a", export);
        preview.Refused.ShouldBeEmpty();
        preview.Counts.ChangesNothing.ShouldBeTrue(string.Join(" | ", preview.Lines.SelectMany(l => l.Changes)));
        preview.UnchangedLines.ShouldBe(lines.Length - 1);
    }

    [Fact]
    public async Task The_export_of_a_town_holds_none_of_another_towns_families()
    {
        await FamilyCsv.ImportAsync(app, "exp-b", FamilyCsv.Utf8(FamilyCsv.Line("Y-1", "Barbier", "Odile", "odile.barbier@familles.test", "Y-1-A")));

        var export = Encoding.UTF8.GetString(await app.SendAsync("exp-a", s => s.Send(new ExportFamiliesQuery())));

        export.ShouldNotContain("Barbier");
        Encoding.UTF8.GetString(await app.SendAsync("exp-b", s => s.Send(new ExportFamiliesQuery()))).ShouldContain("Barbier");
    }

    /// <summary>ADR 0016: a town's whole file is imported in one command, in seconds (the time is printed, not asserted).</summary>
    [Fact]
    public async Task Imports_five_thousand_lines_in_one_command()
    {
        var lines = Enumerable.Range(1, 2500).SelectMany(i => new[]
        {
            FamilyCsv.Line($"G-{i}", $"Famille{i}", "Camille", $"parent{i}@familles.test", $"G-{i}-A", "Aya"),
            FamilyCsv.Line($"G-{i}", $"Famille{i}", "Camille", $"parent{i}@familles.test", $"G-{i}-B", "Noa"),
        }).ToArray();
        var csv = FamilyCsv.Utf8(lines);

        var watch = Stopwatch.StartNew();
        var counts = await FamilyCsv.ImportAsync(app, "exp-big", csv);
        output.WriteLine($"5,000 lines imported in {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        var again = await FamilyCsv.PreviewAsync(app, "exp-big", csv);
        output.WriteLine($"5,000 lines previewed again in {watch.Elapsed.TotalSeconds:0.0} s");

        counts.ShouldBe(new Contracts.PreviewFamilyImport.ImportCountsDto(2500, 0, 2500, 0, 5000, 0));
        again.Counts.ChangesNothing.ShouldBeTrue();
    }
}
