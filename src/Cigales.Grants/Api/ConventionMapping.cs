using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.GrainInterfaces.Grants;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using ContractParty = Cigales.Contracts.Grants.V1.Party;
using Party = Cigales.GrainInterfaces.Grants.Party;

namespace Cigales.Grants.Api;

internal static class ConventionMapping
{
    public static RegisterConvention ToCommand(this RegisterConventionRequest request) => new(
        request.FileNumber,
        request.Funder.ToDomain(),
        request.Beneficiary.ToDomain(),
        request.Amount.Cents,
        RequestValues.Date("period.start", request.Period.Start),
        RequestValues.Date("period.end", request.Period.End));

    public static Convention ToContract(this ConventionSnapshot convention) => new()
    {
        ConventionId = convention.ConventionId,
        FileNumber = convention.FileNumber,
        Funder = convention.Funder.ToContract(),
        Beneficiary = convention.Beneficiary.ToContract(),
        Amount = new Money { Cents = convention.AmountCents },
        Period = new DateRange { Start = CalendarDate.ToIso(convention.Start), End = CalendarDate.ToIso(convention.End) },
        RegisteredAt = Timestamp.FromDateTimeOffset(convention.RegisteredAt),
    };

    private static Party ToDomain(this ContractParty party) => new(party.Name, party.Siret);

    private static ContractParty ToContract(this Party party) => new() { Name = party.Name, Siret = party.Siret };
}
