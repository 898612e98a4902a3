using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Cantine.Messaging.Tests.Support;

public static partial class EmailReading
{
    public static string Text(this MimeMessage message) => message.TextBody.ShouldNotBeNull();

    /// <summary>The HTML part with its entities decoded (the templates encode values, "à" becomes "&amp;#224;").</summary>
    public static string DecodedHtml(this MimeMessage message) => WebUtility.HtmlDecode(message.HtmlBody.ShouldNotBeNull());

    /// <summary>The single absolute password link of a text body.</summary>
    public static string PasswordLink(this MimeMessage message) => PasswordLink(message.Text());

    public static string PasswordLink(string text) =>
        LinkPattern().Matches(text).Select(m => m.Value).Distinct().ShouldHaveSingleItem();

    /// <summary>The token of a password link, as the page reads it from the query string.</summary>
    public static string Token(string link)
    {
        var query = new Uri(link).Query;
        query.ShouldStartWith("?jeton=");
        return Uri.UnescapeDataString(query["?jeton=".Length..]);
    }

    [GeneratedRegex(@"https?://\S+/mot-de-passe/choisir\?jeton=[^\s<>""]+")]
    private static partial Regex LinkPattern();
}
