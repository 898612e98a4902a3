namespace Cantine.EndToEnd.Browser;

/// <summary>The product on a loopback Kestrel port that the browser can reach, with its own database and SMTP server.</summary>
public abstract class BrowserApp : CantineApp
{
    protected override bool ServeOverHttp => true;

    /// <summary>The path and query of the first link in <paramref name="text"/> (e-mails link to the configured public address).</summary>
    public static string LinkPathIn(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"http://cantine\.test(/\S+)");
        match.Success.ShouldBeTrue($"No portal link in the e-mail:\n{text}");
        return match.Groups[1].Value;
    }
}
