using Cigales.Contracts.Finance.V1;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Investissements;
using Grpc.Core;

namespace Cigales.Web.Tests.Investissements;

public sealed class TheRequestKey
{
    [Fact]
    public void ARequestRefusedForInputIsRetriedChangedUnderTheSameKey()
    {
        // Nothing was recorded under the key: the corrected request may use it.
        var key = new RequestKey();
        var first = key.Stamp(Repayment(100)).RequestId;
        key.Answered(ApiRefusal.From(Refusals.Invalid("on", "investment.after_disbursement")));

        Assert.Equal(first, key.Stamp(Repayment(200)).RequestId);
    }

    [Fact]
    public void AKeyThatHoldsAnotherRequestIsNotUsedAgain()
    {
        var key = new RequestKey();
        var first = key.Stamp(Repayment(100)).RequestId;
        key.Answered(ApiRefusal.From(Refusals.Of(StatusCode.AlreadyExists, "request_id", "investment.key_reused", "the key already recorded another movement")));

        Assert.NotEqual(first, key.Stamp(Repayment(100)).RequestId);
    }

    [Fact]
    public void ASuccessStartsANewKey()
    {
        var key = new RequestKey();
        var first = key.Stamp(Repayment(100)).RequestId;
        key.Answered(null);

        Assert.NotEqual(first, key.Stamp(Repayment(100)).RequestId);
    }

    private static RecordRepaymentRequest Repayment(long cents) => new() { InvestmentId = "investment", Amount = new() { Cents = cents }, On = "2025-06-01" };
}
