using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Composition;

/// <summary>
/// Bounds what the binder hands to a page, for every page at once (issue #18, defect 1; ADR 0031). A date outside
/// <see cref="FirstDate"/>–<see cref="LastDate"/> (<c>?jour=0001-01-01</c>, <c>9999-12-31</c>) is refused as if it did
/// not parse: the page gets none and shows "Cette date n'est pas valide.", where the period arithmetic of the modules
/// would have overflowed. A NUL character, which PostgreSQL refuses in any text, is dropped from every string.
/// </summary>
public sealed class BoundedInputBinders : IModelBinderProvider
{
    public static readonly DateOnly FirstDate = new(1900, 1, 1);

    public static readonly DateOnly LastDate = new(2199, 12, 31);

    /// <summary>What the usual binders bind (query, form, route); headers, bodies and services keep theirs.</summary>
    private static readonly BindingSource[] Others = [BindingSource.Header, BindingSource.Body, BindingSource.Services, BindingSource.Special, BindingSource.FormFile];

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        var source = context.BindingInfo.BindingSource;
        if (context.BindingInfo.BinderType is null && (source is null || !Others.Contains(source)) && (type == typeof(DateOnly) || type == typeof(string)))
        {
            var services = context.Services;
            var inner = new SimpleTypeModelBinder(context.Metadata.ModelType, services.GetRequiredService<ILoggerFactory>());
            return new Binder(inner, services.GetRequiredService<IStringLocalizer<HostText>>());
        }

        return null;
    }

    public static bool IsPlausible(object? value) => value is not DateOnly d || (d >= FirstDate && d <= LastDate);

    private sealed class Binder(SimpleTypeModelBinder inner, IStringLocalizer<HostText> text) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (!context.Result.IsModelSet)
            {
                return;
            }

            switch (context.Result.Model)
            {
                case string s when s.Contains('\0', StringComparison.Ordinal):
                    context.Result = ModelBindingResult.Success(s.Replace("\0", string.Empty, StringComparison.Ordinal));
                    break;
                case { } date when !IsPlausible(date):
                    context.ModelState.TryAddModelError(context.ModelName, text["Cette date n'est pas valide."]);
                    context.Result = ModelBindingResult.Failed();
                    break;
            }
        }
    }
}
