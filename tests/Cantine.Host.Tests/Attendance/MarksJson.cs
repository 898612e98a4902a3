using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Attendance;

/// <summary>Sends marks as the sheet's script does: JSON to the sheet's endpoint, the form's antiforgery token in a header.</summary>
public static class MarksJson
{
    public sealed record Mark(Guid Id, Guid Child, string Kind, string? Reason = null, string? Note = null);

    public static async Task<(HttpStatusCode Status, string Body)> PostAsync(PortalClient client, string sheetUrl, IEnumerable<Mark> marks, bool withToken = true)
    {
        var (response, page) = await client.GetAsync(sheetUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {sheetUrl}");
        var form = page.QuerySelector("form[data-sheet]") ?? throw new InvalidOperationException("No sheet form.");
        var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("data-endpoint"))
        {
            Content = JsonContent.Create(new { marks = marks.Select(m => new { id = m.Id, child = m.Child, kind = m.Kind, reason = m.Reason, note = m.Note }) }),
        };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", form.QuerySelector($"input[name={Forms.AntiforgeryField}]")!.GetAttribute("value"));
        }

        var posted = await client.Http.SendAsync(request);
        return (posted.StatusCode, await posted.Content.ReadAsStringAsync());
    }

    /// <summary>The outcomes of a reply: (mark id, refusal or null), in order.</summary>
    public static IReadOnlyList<(Guid Id, string? Refusal)> Outcomes(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("outcomes").EnumerateArray()
            .Select(o => (o.GetProperty("id").GetGuid(), o.GetProperty("refusal").ValueKind == JsonValueKind.Null ? null : o.GetProperty("refusal").GetString()))];
}
