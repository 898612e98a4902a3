using System.Text;
using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Accounts.Contracts.ChangeStructureDetails;
using Cantine.Accounts.Contracts.ChangeStructureLogo;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.OpenStructureLogo;
using Cantine.Accounts.Contracts.RemoveStructureLogo;

namespace Cantine.Accounts.Tests.Features.StructureSettings;

public sealed class StructureSettingsTests(StructureSettingsTests.App app) : IClassFixture<StructureSettingsTests.App>
{
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            foreach (var slug in new[] { "reglages", "logo", "paiement" })
            {
                (await this.SendAsync(slug, s => s.Send(Structures.Command(slug, "Ville " + slug)))).ShouldSucceed();
            }
        }
    }

    [Fact]
    public async Task Changes_the_details_and_tells_Messaging_the_new_contact_address()
    {
        var (result, messages) = await app.SendTrackedAsync("reglages", s => s.Send(
            new ChangeStructureDetailsCommand(" Mairie de Réglages ", "2 place du Marché", "01100", "Oyonnax", "04 74 11 22 33", "cantine@reglages.test")));

        result.ShouldSucceed();
        var structure = (await app.SendAsync("reglages", s => s.Send(new GetStructureQuery())))!;
        (structure.Name, structure.Street, structure.PostalCode, structure.City, structure.Phone, structure.ContactEmail)
            .ShouldBe(("Mairie de Réglages", "2 place du Marché", "01100", "Oyonnax", "04 74 11 22 33", "cantine@reglages.test"));
        // Executed once per consuming module, and again when a consumer retries (its copy changed concurrently): one message.
        var published = messages.Executed.MessagesOf<StructureDetailsChangedIntegrationEvent>().Distinct().ShouldHaveSingleItem();
        (published.TenantId, published.Name, published.ContactEmail).ShouldBe(("reglages", "Mairie de Réglages", "cantine@reglages.test"));
        published.Version.ShouldBeGreaterThan(1, "the creation is version 1 at least; a change comes after it");
    }

    [Fact]
    public async Task Refuses_details_without_a_valid_contact_email()
    {
        (await app.SendAsync("reglages", s => s.Send(new ChangeStructureDetailsCommand("Mairie", "1 rue", "01100", "Oyonnax", "", "pas-un-email"))))
            .ShouldBeRefused("Email", "ContactEmail");
    }

    [Fact]
    public async Task Accepts_a_PNG_by_its_content_even_named_svg_and_serves_it_as_PNG()
    {
        (await app.SendAsync("logo", s => s.Send(new ChangeStructureLogoCommand("logo.svg", Png)))).ShouldSucceed();

        var logo = (await app.SendAsync("logo", s => s.Send(new OpenStructureLogoQuery())))!;
        await using (logo.Content)
        {
            logo.ContentType.ShouldBe("image/png");
            using var copy = new MemoryStream();
            await logo.Content.CopyToAsync(copy);
            copy.ToArray().ShouldBe(Png);
        }

        (await app.SendAsync("logo", s => s.Send(new GetStructureQuery())))!.LogoId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Accepts_a_plain_SVG_and_removes_it()
    {
        var svg = Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>""");
        (await app.SendAsync("logo", s => s.Send(new ChangeStructureLogoCommand("logo.svg", svg)))).ShouldSucceed();
        var logo = (await app.SendAsync("logo", s => s.Send(new OpenStructureLogoQuery())))!;
        await logo.Content.DisposeAsync();
        logo.ContentType.ShouldBe("image/svg+xml");

        (await app.SendAsync("logo", s => s.Send(new RemoveStructureLogoCommand()))).ShouldSucceed();

        (await app.SendAsync("logo", s => s.Send(new OpenStructureLogoQuery()))).ShouldBeNull();
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "Logo.UnsafeSvg")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>""", "Logo.UnsafeSvg")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image href="https://pisteur.example/x.png"/></svg>""", "Logo.UnsafeSvg")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>""", "Logo.UnsafeSvg")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>""", "Logo.UnsafeSvg")]
    [InlineData("""<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>""", "Logo.UnsafeSvg")]
    [InlineData("""<html><body>pas une image</body></html>""", "Logo.Format")]
    [InlineData("""GIF89a""", "Logo.Format")]
    public async Task Refuses_an_unsafe_SVG_or_a_file_that_is_not_an_image(string content, string code)
    {
        (await app.SendAsync("logo", s => s.Send(new ChangeStructureLogoCommand("logo.svg", Encoding.UTF8.GetBytes(content))))).ShouldBeRefused(code, "Content");
    }

    [Fact]
    public async Task Refuses_an_empty_or_too_large_logo()
    {
        (await app.SendAsync("logo", s => s.Send(new ChangeStructureLogoCommand("logo.png", [])))).ShouldBeRefused("Logo.Empty", "Content");
        byte[] large = [.. Png, .. new byte[ChangeStructureLogoCommand.MaxBytes]];
        (await app.SendAsync("logo", s => s.Send(new ChangeStructureLogoCommand("logo.png", large)))).ShouldBeRefused("Logo.TooLarge", "Content");
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(true, "12345")]
    [InlineData(true, "12345A")]
    [InlineData(false, "1234567")]
    public async Task Refuses_online_payment_without_a_six_digit_client_number(bool enabled, string? number)
    {
        (await app.SendAsync("paiement", s => s.Send(new ChangeOnlinePaymentCommand(enabled, number)))).ShouldBeRefused("Payment.ClientNumber", "PayfipClientNumber");
    }

    [Fact]
    public async Task Turns_online_payment_on_with_its_client_number_then_off()
    {
        (await app.SendAsync("paiement", s => s.Send(new ChangeOnlinePaymentCommand(true, " 012345 ")))).ShouldSucceed();
        var on = (await app.SendAsync("paiement", s => s.Send(new GetStructureQuery())))!;
        (on.OnlinePaymentEnabled, on.PayfipClientNumber).ShouldBe((true, "012345"));

        (await app.SendAsync("paiement", s => s.Send(new ChangeOnlinePaymentCommand(false, "012345")))).ShouldSucceed();
        var off = (await app.SendAsync("paiement", s => s.Send(new GetStructureQuery())))!;
        (off.OnlinePaymentEnabled, off.PayfipClientNumber).ShouldBe((false, "012345"));
    }
}
