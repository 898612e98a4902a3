namespace Cantine.BuildingBlocks;

/// <summary>French texts shared by every module (Resources/CommonText.resx).</summary>
public static class CommonText
{
    private static readonly ResourceTexts Texts = new("Cantine.BuildingBlocks.Resources.CommonText", typeof(CommonText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}
