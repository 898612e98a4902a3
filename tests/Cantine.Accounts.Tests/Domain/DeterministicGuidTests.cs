using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Gives_the_same_id_for_the_same_name()
    {
        DeterministicGuid.Create("structure:demo").ShouldBe(DeterministicGuid.Create("structure:demo"));
    }

    [Fact]
    public void Gives_different_ids_for_names_differing_by_case_only()
    {
        DeterministicGuid.Create("structure:demo").ShouldNotBe(DeterministicGuid.Create("structure:Demo"));
    }

    [Theory]
    [InlineData("structure:demo")]
    [InlineData("")]
    [InlineData("é")]
    public void Lays_out_an_rfc_9562_version_8_id(string name)
    {
        var id = DeterministicGuid.Create(name);

        id.Version.ShouldBe(8);
        (id.Variant & 0xC).ShouldBe(0x8);
    }
}
