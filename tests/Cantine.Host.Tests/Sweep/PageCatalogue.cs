using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Sweep;

/// <summary>
/// Every Razor page of the product, read from the page descriptors (never listed by hand): its route template and
/// the query parameters its model binds on GET (<c>[BindProperty(SupportsGet = true)]</c>, <c>[FromQuery]</c> and
/// the parameters of its GET handlers). A new page is in the catalogue the day it is written.
/// </summary>
public sealed partial class PageCatalogue
{
    private PageCatalogue(IReadOnlyList<CataloguedPage> pages) => Pages = pages;

    public IReadOnlyList<CataloguedPage> Pages { get; }

    public static async Task<PageCatalogue> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var descriptors = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(p => p.AttributeRouteInfo?.Template is not null)
            .DistinctBy(p => p.AttributeRouteInfo!.Template);
        var pages = new List<CataloguedPage>();
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            var template = descriptor.AttributeRouteInfo!.Template!;
            var routeNames = RouteParameter().Matches(template).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var query = QueryParameters(compiled).Where(n => !routeNames.Contains(n)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            pages.Add(new CataloguedPage(template, Pattern(template), query));
        }

        return new PageCatalogue(pages);
    }

    /// <summary>The page whose template a path (without its query string) matches, the most specific first.</summary>
    public CataloguedPage? Match(string path) =>
        Pages.Where(p => p.Pattern.IsMatch(path)).OrderByDescending(p => p.Template.Split('/').Count(s => !s.Contains('{', StringComparison.Ordinal))).FirstOrDefault();

    private static IEnumerable<string> QueryParameters(CompiledPageActionDescriptor compiled)
    {
        var model = compiled.ModelTypeInfo?.AsType();
        if (model is not null)
        {
            var bindsAll = model.GetCustomAttribute<BindPropertiesAttribute>() is { SupportsGet: true };
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var bind = property.GetCustomAttribute<BindPropertyAttribute>();
                var fromQuery = property.GetCustomAttribute<FromQueryAttribute>();
                if (fromQuery is not null || bind is { SupportsGet: true } || (bindsAll && property.CanWrite))
                {
                    var name = fromQuery?.Name ?? bind?.Name ?? property.Name;
                    foreach (var leaf in Leaves(name, property.PropertyType))
                    {
                        yield return leaf;
                    }
                }
            }
        }

        foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var parameter in handler.Parameters.Where(p => p.ParameterType != typeof(CancellationToken)))
            {
                yield return parameter.BindingInfo?.BinderModelName ?? parameter.Name;
            }
        }
    }

    /// <summary>A bound complex type (a filter model) is bound field by field, as <c>Name.Field</c>.</summary>
    private static IEnumerable<string> Leaves(string name, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying.Namespace == "System"
            || underlying.IsGenericType)
        {
            return [name];
        }

        return underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => $"{name}.{p.Name}");
    }

    private static Regex Pattern(string template) =>
        new("^/" + string.Join("/", template.Split('/').Select(segment =>
            RouteParameter().Match(segment) is { Success: true } parameter ? Constraint(parameter.Groups["constraint"].Value) : Regex.Escape(segment))) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Constraint(string constraint) => constraint switch
    {
        ":guid" => "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        ":int" => "-?[0-9]+",
        _ => "[^/]+",
    };

    [GeneratedRegex(@"\{\**(?<name>\w+)(?<constraint>(:[^}?]+)?)\??\}")]
    private static partial Regex RouteParameter();
}

/// <summary>A page: its route template, the pattern its addresses match, and the query parameters its model binds.</summary>
public sealed record CataloguedPage(string Template, Regex Pattern, IReadOnlySet<string> QueryParameters);
