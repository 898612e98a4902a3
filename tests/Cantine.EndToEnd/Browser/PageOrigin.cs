namespace Cantine.EndToEnd.Browser;

/// <summary>Whose page is in view: ours answer to axe-core and to the phone layout; a third party's (Hangfire's dashboard) does not.</summary>
public enum PageOrigin
{
    Product,
    ThirdParty,
}
