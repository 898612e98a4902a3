using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Services;

/// <summary>What <c>_ServiceFields</c> renders: the input, its form prefix, and which fields were refused.</summary>
public sealed record ServiceFields(string Prefix, ServiceInput Input, ModelStateDictionary State)
{
    public string? Invalid(string field) =>
        State.TryGetValue($"{Prefix}.{field}", out var entry) && entry.Errors.Count > 0 ? "true" : null;
}
