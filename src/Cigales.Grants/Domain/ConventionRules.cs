using Cigales.GrainInterfaces.Grants;
using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>The rules a convention's commands must pass; pure functions of the state, the command and the date.</summary>
public static class ConventionRules
{
    public static Decision<ConventionEvent> Register(
        ConventionState state, string conventionId, RegisterConvention command, DateTimeOffset now)
    {
        var refusal = CheckParty("funder", command.Funder)
            ?? CheckParty("beneficiary", command.Beneficiary)
            ?? CheckFileNumber(command.FileNumber)
            ?? CheckAmount(command.AmountCents)
            ?? CheckPeriod(command.Start, command.End);
        if (refusal is not null)
        {
            return refusal;
        }

        var registration = new ConventionRegistered(
            conventionId,
            command.FileNumber.Trim(),
            Normalize(command.Funder),
            Normalize(command.Beneficiary),
            command.AmountCents,
            command.Start,
            command.End,
            now);

        if (state.Registration is { } existing)
        {
            // The same registration again is a retry of the same request: answer it, change nothing.
            return existing with { RegisteredAt = now } == registration
                ? Decision<ConventionEvent>.Accept()
                : Refusal.Conflict("request_id", "convention.request_reused", $"request_id already registered the convention '{existing.FileNumber}' with other details");
        }

        return Decision<ConventionEvent>.Accept(registration);
    }

    private static Refusal? CheckParty(string field, Party party)
    {
        if (party.Name.Trim().Length == 0)
        {
            return Refusal.Invalid($"{field}.name", "party.name_required", $"{field}.name must not be blank");
        }

        return party.Siret.Length > 0 && !Siret.IsValid(party.Siret)
            ? Refusal.Invalid($"{field}.siret", "siret.valid", $"{field}.siret '{party.Siret}' is not a valid SIRET (14 digits passing the Luhn check)")
            : null;
    }

    private static Refusal? CheckFileNumber(string fileNumber) =>
        fileNumber.Trim().Length == 0
            ? Refusal.Invalid("file_number", "convention.file_number_required", "file_number must not be blank")
            : null;

    private static Refusal? CheckAmount(long amountCents) =>
        amountCents <= 0
            ? Refusal.Invalid("amount.cents", "convention.amount_positive", $"amount must be more than zero cents, not {amountCents}")
            : null;

    private static Refusal? CheckPeriod(DateOnly start, DateOnly end) =>
        end < start
            ? Refusal.Invalid("period.end", "period.end_not_before_start", $"period.end {CalendarDate.ToIso(end)} is before period.start {CalendarDate.ToIso(start)}")
            : null;

    private static Party Normalize(Party party) => new(party.Name.Trim(), party.Siret);
}
