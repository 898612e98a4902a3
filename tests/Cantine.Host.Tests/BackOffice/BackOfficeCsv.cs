using System.Text;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>Families CSVs in the import format (docs/csv-import.md).</summary>
public static class BackOfficeCsv
{
    public const string Header =
        "Référence famille;Nom famille;Civilité responsable 1;Nom responsable 1;Prénom responsable 1;E-mail responsable 1;Téléphone responsable 1;" +
        "Adresse;Code postal;Ville;Civilité responsable 2;Nom responsable 2;Prénom responsable 2;E-mail responsable 2;Téléphone responsable 2;" +
        "Référence enfant;Nom enfant;Prénom enfant;Date de naissance;École;Classe";

    public static byte[] OneFamily(string reference, string name, string firstName = "Alice", string? email = null) =>
        Encoding.UTF8.GetBytes(
            $"{Header}\r\n{reference};{name};Mme;{name};{firstName};{email ?? $"{firstName.ToLowerInvariant()}.{name.ToLowerInvariant()}@familles.test"};;1 rue Neuve;69001;Lyon;;;;;;{reference}-A;{name};Théo;03/02/2017;École Jean Moulin;CE1\r\n");
}
