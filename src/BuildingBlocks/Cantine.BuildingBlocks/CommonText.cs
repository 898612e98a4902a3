using System.Globalization;
using System.Resources;

namespace Cantine.BuildingBlocks;

/// <summary>French texts shared by every module (Resources/CommonText.resx).</summary>
public static class CommonText
{
    private static readonly ResourceManager Resources = new("Cantine.BuildingBlocks.Resources.CommonText", typeof(CommonText).Assembly);

    public static string Get(string key, params object[] args)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No text '{key}'.");
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }
}
