using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Cantine.BuildingBlocks;

/// <summary>
/// The texts of one .resx file, formatted in the current culture. A missing key is a bug and throws
/// (a page must never show a key instead of French).
/// </summary>
public sealed class ResourceTexts(string baseName, Assembly assembly)
{
    private readonly ResourceManager _resources = new(baseName, assembly);

    public string Get(string key, params object[] args)
    {
        var text = _resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No text '{key}'.");
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }
}
