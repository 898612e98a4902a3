using System.Collections.Concurrent;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Cantine.Host.Pages;

/// <summary>
/// Whether the application serves a route, e.g. <c>{slug}/admin/reservations/famille/{familyId}</c>: pages link to
/// pages another part of the product may not have yet, and only when they exist (no dead links). Parameters are
/// compared by position, not by name or constraint.
/// </summary>
public sealed class PageRoutes(EndpointDataSource endpoints)
{
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool Exists(string template) => _known.GetOrAdd(Shape(RoutePatternFactory.Parse(template)), shape =>
        endpoints.Endpoints.OfType<RouteEndpoint>().Any(e => Shape(e.RoutePattern) == shape));

    private static string Shape(RoutePattern pattern) => string.Join('/', pattern.PathSegments.Select(segment =>
        segment.IsSimple && segment.Parts[0] is RoutePatternLiteralPart literal ? literal.Content.ToLowerInvariant() : "{}"));
}
