using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Cantine.Host.Security;

/// <summary>
/// Data Protection's key ring in PostgreSQL (table <c>platform.data_protection_keys</c>), so that every
/// instance reads the cookies, reset links and TOTP secrets the others protected (ADR 0008).
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    private const string CreateTable = """
        CREATE SCHEMA IF NOT EXISTS platform;
        CREATE TABLE IF NOT EXISTS platform.data_protection_keys (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            friendly_name text NOT NULL UNIQUE,
            xml text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now());
        """;

    private readonly Lazy<bool> _ready = new(() =>
    {
        using var command = dataSource.CreateCommand(CreateTable);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateObject)
        {
            // Another instance created it at the same moment.
        }

        return true;
    });

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        _ = _ready.Value;
        using var command = dataSource.CreateCommand("SELECT xml FROM platform.data_protection_keys ORDER BY id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        _ = _ready.Value;
        using var command = dataSource.CreateCommand(
            "INSERT INTO platform.data_protection_keys (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = friendlyName });
        command.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
