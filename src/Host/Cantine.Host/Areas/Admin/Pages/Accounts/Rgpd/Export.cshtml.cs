using System.Text.Encodings.Web;
using System.Text.Json;
using Cantine.Accounts.Contracts.ExportFamilyData;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Rgpd;

/// <summary>The family's data as a JSON file (RGPD right of access and portability).</summary>
public sealed class ExportModel(ISender sender, ILogger<ExportModel> log) : CantinePageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct)
    {
        if (await sender.Send(new ExportFamilyDataQuery(familyId), ct) is not { } data)
        {
            return NotFound();
        }

        log.LogInformation("Family {FamilyId} data exported by {UserId} at {Tenant}", familyId, User.FindFirst("sub")?.Value, Tenant.Slug);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(data, Json);
        return File(bytes, "application/json; charset=utf-8", $"famille-{familyId:N}.json");
    }
}
