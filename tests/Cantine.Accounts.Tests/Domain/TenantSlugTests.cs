using Cantine.BuildingBlocks.Tenancy;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>The slug is the first segment of every URL of a structure's portal.</summary>
public sealed class TenantSlugTests
{
    [Theory]
    [InlineData("demo")]
    [InlineData("ville-de-demo")]
    [InlineData("saint-martin-d-heres")]
    [InlineData("a")]
    [InlineData("x1")]
    [InlineData("75")]
    [InlineData("a--b")]
    public void Accepts_lower_case_letters_digits_and_inner_hyphens(string slug)
    {
        TenantSlug.IsValid(slug).ShouldBeTrue();
    }

    [Fact]
    public void Accepts_forty_characters()
    {
        TenantSlug.IsValid(new string('a', 40)).ShouldBeTrue();
    }

    [Fact]
    public void Refuses_forty_one_characters()
    {
        TenantSlug.IsValid(new string('a', 41)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-demo")]
    [InlineData("demo-")]
    [InlineData("Demo")]
    [InlineData("démo")]
    [InlineData("ville de demo")]
    [InlineData("ville_de_demo")]
    [InlineData("ville.demo")]
    [InlineData("demo/admin")]
    public void Refuses_anything_else(string? slug)
    {
        TenantSlug.IsValid(slug).ShouldBeFalse();
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("platform")]
    [InlineData("plateforme")]
    [InlineData("health")]
    [InlineData("css")]
    [InlineData("js")]
    [InlineData("lib")]
    [InlineData("img")]
    [InlineData("images")]
    [InlineData("erreur")]
    [InlineData("error")]
    [InlineData("hangfire")]
    [InlineData("api")]
    [InlineData("static")]
    [InlineData("payfip")]
    [InlineData("simulateur-payfip")]
    public void Refuses_a_path_the_platform_uses_itself(string slug)
    {
        TenantSlug.Reserved.ShouldContain(slug);
        TenantSlug.IsValid(slug).ShouldBeFalse();
    }

    [Theory]
    [InlineData("demo\n")]
    [InlineData("demo\r\n")]
    public void Refuses_a_slug_followed_by_a_line_break(string slug)
    {
        // Regex "$" matches before a final "\n"; the pattern must anchor on the very end.
        TenantSlug.IsValid(slug).ShouldBeFalse();
    }

    [Fact]
    public void Allows_a_slug_that_merely_starts_with_a_reserved_word()
    {
        TenantSlug.IsValid("admin-ville").ShouldBeTrue();
    }
}
