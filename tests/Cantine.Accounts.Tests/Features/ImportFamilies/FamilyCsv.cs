using System.Text;
using Cantine.Accounts.Contracts.ImportFamilies;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.StageFamilyImport;

namespace Cantine.Accounts.Tests.Features.ImportFamilies;

/// <summary>Builds families CSVs as a town's spreadsheet saves them, and runs them through stage → preview → import.</summary>
public static class FamilyCsv
{
    public const string Header =
        "Référence famille;Nom famille;Civilité responsable 1;Nom responsable 1;Prénom responsable 1;E-mail responsable 1;Téléphone responsable 1;" +
        "Adresse;Code postal;Ville;Civilité responsable 2;Nom responsable 2;Prénom responsable 2;E-mail responsable 2;Téléphone responsable 2;" +
        "Référence enfant;Nom enfant;Prénom enfant;Date de naissance;École;Classe";

    /// <summary>A line of family <paramref name="family"/> with one guardian and, when <paramref name="child"/> is given, one child.</summary>
    public static string Line(
        string family, string name, string guardianFirst, string email, string? child = null, string childFirst = "Léa", string birth = "05/09/2018",
        string school = "École Jean Macé", string klass = "CP", string phone = "06 12 34 56 78", string second = ";;;;")
    {
        var childPart = child is null ? ";;;;;" : $"{child};{name};{childFirst};{birth};{school};{klass}";
        return $"{family};{name};Mme;{name};{guardianFirst};{email};{phone};3 rue des Lilas;69003;Lyon;{second};{childPart}";
    }

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. lines]) + "\r\n");

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    public static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    public static async Task<Guid> StageAsync(CantineApp app, string tenant, byte[] content) =>
        (await app.SendAsync(tenant, s => s.Send(new StageFamilyImportCommand("familles.csv", content)))).ShouldSucceed();

    public static async Task<FamilyImportPreviewDto> PreviewAsync(CantineApp app, string tenant, byte[] content)
    {
        var id = await StageAsync(app, tenant, content);
        return (await app.SendAsync(tenant, s => s.Send(new PreviewFamilyImportQuery(id))))!;
    }

    public static async Task<ImportCountsDto> ImportAsync(CantineApp app, string tenant, byte[] content)
    {
        var id = await StageAsync(app, tenant, content);
        return (await app.SendAsync(tenant, s => s.Send(new ImportFamiliesCommand(id)))).ShouldSucceed();
    }
}
