using AngleSharp.Html.Dom;

namespace Cantine.Host.Tests.Sweep;

/// <summary>A rendered form's fields as a browser would send them, and the same with one field changed or all emptied.</summary>
public static class FormFields
{
    public sealed record Field(string Name, string Type, string Value);

    /// <summary>What the browser sends as rendered: inputs, ticked boxes, selected options, text areas (file inputs as empty).</summary>
    public static IReadOnlyList<Field> Read(IHtmlFormElement form)
    {
        var fields = new List<Field>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    fields.Add(new Field(input.Name!, input.Type, input.IsChecked ? input.Value : "\0unsent"));
                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button" or "image" or "reset"):
                    fields.Add(new Field(input.Name!, input.Type, input.Type == "file" ? string.Empty : input.Value));
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    fields.Add(new Field(select.Name!, "select", select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    fields.Add(new Field(area.Name!, "textarea", area.Value));
                    break;
                case IHtmlButtonElement { Name.Length: > 0 } button:
                    fields.Add(new Field(button.Name!, "hidden", button.Value));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The form with every field named <paramref name="name"/> replaced by one <paramref name="value"/>.</summary>
    public static IReadOnlyList<Field> With(IReadOnlyList<Field> fields, string name, string value)
    {
        var first = fields.First(f => f.Name == name);
        return [.. fields.Where(f => f.Name != name), first with { Value = value }];
    }

    /// <summary>Every field a person fills in emptied (boxes unticked); hidden fields and the token as rendered.</summary>
    public static IReadOnlyList<Field> Emptied(IReadOnlyList<Field> fields) =>
        fields.Select(f => f.Type switch
        {
            "hidden" => f,
            "checkbox" or "radio" => f with { Value = "\0unsent" },
            _ => f with { Value = string.Empty },
        }).ToList();

    public static string AsQuery(string action, IReadOnlyList<Field> fields) =>
        action.Split('?')[0] + "?" + string.Join("&", Sent(fields).Where(f => f.Type != "file").Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));

    /// <summary>Posts the fields, as <c>multipart/form-data</c> (with a small PDF named by the file field's value) when the form says so.</summary>
    public static Task<HttpResponseMessage> PostAsync(PortalClient client, IHtmlFormElement form, string action, IReadOnlyList<Field> fields)
    {
        if (string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var content = new MultipartFormDataContent();
            foreach (var field in Sent(fields))
            {
                if (field.Type == "file")
                {
                    if (field.Value.Length > 0)
                    {
                        var part = new ByteArrayContent(TestFiles.Menu);
                        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
                        // Written by hand: HttpClient refuses the control characters a hostile browser may send in a file name.
                        part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field.Name}\"; filename=\"{field.Value}\"");
                        content.Add(part);
                    }
                }
                else
                {
                    content.Add(new StringContent(field.Value), field.Name);
                }
            }

            return client.Http.PostAsync(action, content);
        }

        return client.Http.PostAsync(action, new FormUrlEncodedContent(Sent(fields).Where(f => f.Type != "file").Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
    }

    private static IEnumerable<Field> Sent(IReadOnlyList<Field> fields) => fields.Where(f => f.Value != "\0unsent");
}
