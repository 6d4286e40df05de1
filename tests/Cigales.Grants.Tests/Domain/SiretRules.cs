using Cigales.SharedKernel;

namespace Cigales.Grants.Tests.Domain;

public sealed class SiretRules
{
    [Theory]
    [InlineData("38035677400055")] // the regional association
    [InlineData("22620001200012")] // the Département du Pas-de-Calais
    [InlineData("35600000000048")] // La Poste's head office follows the general rule
    [InlineData("35600000012341")] // a La Poste establishment: fails Luhn, but its digits sum to 30
    public void RealSiretsAreValid(string siret) => Assert.True(Siret.IsValid(siret));

    [Theory]
    [InlineData("38035677400056")] // one digit off
    [InlineData("3803567740005")] // 13 digits
    [InlineData("380356774000550")] // 15 digits
    [InlineData("3803567740005A")]
    [InlineData("35600000012345")] // a La Poste number whose digits sum to 34
    [InlineData("38035677500003")] // passes Luhn on 14 digits, but its SIREN 380356775 does not
    public void OtherNumbersAreNot(string siret) => Assert.False(Siret.IsValid(siret));
}
