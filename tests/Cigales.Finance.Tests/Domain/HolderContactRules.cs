using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

/// <summary>A holder's contact details and exchange log: apart from the history, erasable, each entry once.</summary>
public sealed class HolderContactRulesBehaviour
{
    private static readonly DateOnly Today = new(2025, 6, 10);
    private static readonly ContactDetails Lea = new("Léa Martin", "lea@example.org", "06 12 34 56 78");
    private static readonly HolderExchange Call = new("k1", Today.AddDays(-1), ExchangeKind.Call, "Premier appel : projet de recyclerie", "Camille (staff)");

    private static HolderContact With(Decision<HolderContact> decision) => Assert.Single(decision.Events);

    [Fact]
    public void StaffRecordTheDetailsAndWhetherTheClubsSeeThem()
    {
        var contact = With(HolderContactRules.Set(HolderContact.Empty("h"), Lea with { FullName = "  Léa Martin " }, sharedWithClubs: true));

        Assert.Equal(("Léa Martin", "lea@example.org", true), (contact.FullName, contact.Email, contact.SharedWithClubs));
    }

    [Fact]
    public void ContactDetailsWithoutANameAreRefusedNamingTheField()
    {
        var decision = HolderContactRules.Set(HolderContact.Empty("h"), Lea with { FullName = " " }, sharedWithClubs: false);

        Assert.Equal(("details.full_name", "holder_contact.full_name_required"), (decision.Refusal?.Field, decision.Refusal?.Rule));
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void AReferralGivesTheDetailsOnlyWhenNoneAreKept()
    {
        var kept = With(HolderContactRules.Set(HolderContact.Empty("h"), Lea, sharedWithClubs: false));

        Assert.Empty(HolderContactRules.Referred(kept, Lea with { FullName = "Autre nom" }).Events);
        Assert.Equal("Léa Martin", With(HolderContactRules.Referred(HolderContact.Empty("h"), Lea)).FullName);
    }

    [Fact]
    public void AnExchangeIsLoggedOnceForTheSameKey()
    {
        var logged = With(HolderContactRules.LogExchange(HolderContact.Empty("h"), Call, Today));

        Assert.Empty(HolderContactRules.LogExchange(logged, Call, Today).Events);
        var reused = HolderContactRules.LogExchange(logged, Call with { Summary = "Autre chose" }, Today);
        Assert.Equal((RefusalKind.AlreadyExists, "exchange.request_reused"), (reused.Refusal?.Kind, reused.Refusal?.Rule));
    }

    [Fact]
    public void AnExchangeInTheFutureOrWithoutSummaryIsRefused()
    {
        Assert.Equal("date.not_future", HolderContactRules.LogExchange(HolderContact.Empty("h"), Call with { On = Today.AddDays(1) }, Today).Refusal?.Rule);
        Assert.Equal("exchange.summary_required", HolderContactRules.LogExchange(HolderContact.Empty("h"), Call with { Summary = "  " }, Today).Refusal?.Rule);
    }

    [Fact]
    public void ErasingRemovesEverythingThatIdentifiesThePersonAndKeepsTheDatesOfTheExchanges()
    {
        var contact = With(HolderContactRules.Set(HolderContact.Empty("h"), Lea, sharedWithClubs: true));
        contact = With(HolderContactRules.LogExchange(contact, Call, Today));

        var erased = With(HolderContactRules.Erase(contact, Today));

        Assert.Equal((string.Empty, string.Empty, string.Empty, false, Today), (erased.FullName, erased.Email, erased.Phone, erased.SharedWithClubs, erased.ErasedOn));
        var exchange = Assert.Single(erased.Exchanges);
        Assert.Equal((Call.On, Call.Kind, string.Empty, string.Empty), (exchange.On, exchange.Kind, exchange.Summary, exchange.RecordedBy));
        Assert.Empty(HolderContactRules.Erase(erased, Today.AddDays(3)).Events);
    }

    [Fact]
    public void AnErasedContactTakesNoNewDetailsNorExchanges()
    {
        var erased = With(HolderContactRules.Erase(HolderContact.Empty("h"), Today));

        Assert.Equal("holder_contact.erased", HolderContactRules.Set(erased, Lea, sharedWithClubs: false).Refusal?.Rule);
        Assert.Equal("holder_contact.erased", HolderContactRules.LogExchange(erased, Call, Today).Refusal?.Rule);
        Assert.Empty(HolderContactRules.Referred(erased, Lea).Events);
    }
}
