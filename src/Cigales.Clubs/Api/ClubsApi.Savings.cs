using Cigales.Clubs.Domain;
using Cigales.Contracts.Clubs.V1;
using Cigales.ServiceKit.Grpc;
using Grpc.Core;
using Arrears = Cigales.Contracts.Clubs.V1.Arrears;
using ClubPage = Cigales.Contracts.Clubs.V1.ClubPage;
using Ledger = Cigales.Contracts.Clubs.V1.Ledger;

namespace Cigales.Clubs.Api;

public sealed partial class ClubsApi
{
    public override async Task<ClubPage> SetPledge(SetPledgeRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).SetPledgeAsync(
            new SetPledge(request.PersonId, request.Monthly.ToDomain(), RequestMonths.Month("from_month", request.FromMonth))), context);

    public override async Task<Contribution> RecordContribution(RecordContributionRequest request, ServerCallContext context)
    {
        var receipt = await Club(request.ClubId).RecordContributionAsync(new RecordContribution(
            RequestValues.Key(request.RequestId),
            request.PersonId,
            RequestMonths.Month("month", request.Month),
            request.Amount.ToDomain(),
            RequestValues.Date("paid_on", request.PaidOn)));
        return receipt.ToContract(request.ClubId);
    }

    public override async Task<Arrears> GetArrears(GetArrearsRequest request, ServerCallContext context)
    {
        var report = await Club(request.ClubId).GetArrearsAsync(AsOf("as_of", request.AsOf)) ?? throw UnknownClub(request.ClubId);
        var names = await people.GetManyAsync(report.Lines.Select(line => line.MemberId), context.CancellationToken);
        return report.ToContract(names);
    }

    public override async Task<Ledger> GetLedger(GetLedgerRequest request, ServerCallContext context)
    {
        var report = await Club(request.ClubId).GetLedgerAsync(AsOf("as_of", request.AsOf)) ?? throw UnknownClub(request.ClubId);
        return report.ToContract();
    }
}
