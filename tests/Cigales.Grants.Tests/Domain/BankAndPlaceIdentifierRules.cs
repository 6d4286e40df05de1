using Cigales.SharedKernel;

namespace Cigales.Grants.Tests.Domain;

public sealed class BankAndPlaceIdentifierRules
{
    [Theory]
    [InlineData("FR7630006000011234567890189")] // France, 27 characters
    [InlineData("DE89370400440532013000")] // Germany, 22
    [InlineData("BE68539007547034")] // Belgium, 16
    [InlineData("NO9386011117947")] // Norway, 15
    [InlineData("MT84MALT011000012345MTLCAST001S")] // Malta, 31
    public void IbansOfSepaCountriesWithTheirLengthAndCheckDigitsAreValid(string iban) => Assert.Null(Iban.Check(iban, "iban"));

    [Theory]
    [InlineData("FR7630006000011234567890188", "iban.check_digits")] // one digit off
    [InlineData("FR60300060000112345678", "iban.length")] // passes mod 97 but has 22 characters, France's have 27
    [InlineData("US12345678901234567890", "iban.country")]
    [InlineData("7630006000011234567890189", "iban.format")]
    [InlineData("FR76-3000-6000", "iban.format")]
    public void OtherNumbersAreRefusedNamingTheRule(string iban, string rule)
    {
        var refusal = Iban.Check(iban, "bank_details.iban");

        Assert.Equal(("bank_details.iban", rule), (refusal?.Field, refusal?.Rule));
    }

    [Fact]
    public void AnIbanIsWrittenInGroupsOfFourAndStoredWithoutSpaces()
    {
        Assert.Equal("FR7630006000011234567890189", Iban.Normalise(" fr76 3000 6000 0112 3456 7890 189"));
        Assert.Equal("FR76 3000 6000 0112 3456 7890 189", Iban.Grouped("FR7630006000011234567890189"));
    }

    [Theory]
    [InlineData("AGRIFRPP", true)]
    [InlineData("AGRIFRPP882", true)]
    [InlineData("CEPAFRPP627", true)]
    [InlineData("AGRIFRP", false)] // 7 characters
    [InlineData("AGRIFRPP88", false)] // a branch has 3 characters
    [InlineData("AGR1FRPP", false)] // the bank's code is letters
    [InlineData("agrifrpp", false)] // stored in capitals
    public void ABicIsSixLettersTwoLettersOrDigitsAndAnOptionalBranch(string bic, bool valid) => Assert.Equal(valid, Bic.IsValid(bic));

    [Theory]
    [InlineData("732829320")] // the SIREN of a real company
    [InlineData("380356774")] // the regional association's
    public void SirensPassingLuhnAreValid(string siren) => Assert.True(Siret.IsValidSiren(siren));

    [Theory]
    [InlineData("732829321")]
    [InlineData("73282932")]
    public void OtherSirensAreNot(string siren) => Assert.False(Siret.IsValidSiren(siren));

    [Theory]
    [InlineData("62193", "62")]
    [InlineData("59350", "59")]
    [InlineData("2A004", "2A")]
    [InlineData("2B033", "2B")]
    [InlineData("97411", "974")]
    [InlineData("01053", "01")]
    public void ACommuneLiesInTheDepartmentItsCodeBegins(string commune, string department)
    {
        Assert.True(InseeCommune.IsIn(commune, department));
        Assert.Null(InseeCommune.Check(commune, department));
    }

    [Theory]
    [InlineData("62193", "59", "department", "commune.department")]
    [InlineData("2A004", "2B", "department", "commune.department")]
    [InlineData("97411", "97", "department", "commune.department")]
    [InlineData("6219", "62", "commune_code", "commune.code")]
    [InlineData("2C004", "2C", "commune_code", "commune.code")]
    [InlineData("62l93", "62", "commune_code", "commune.code")]
    public void OtherCodesOrDepartmentsAreRefusedNamingTheField(string commune, string department, string field, string rule)
    {
        var refusal = InseeCommune.Check(commune, department);

        Assert.Equal((field, rule), (refusal?.Field, refusal?.Rule));
    }
}
