using Cigales.Clubs.Domain;
using Cigales.Clubs.People;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;
using Microsoft.Extensions.Options;

namespace Cigales.Clubs.Grains;

/// <summary>
/// The single writer of a club's stream. Thin: gathers the facts the rules need (today's date,
/// the settings, whether a person or another club exists), lets <see cref="ClubRules"/> decide,
/// stores the outcome and answers from the new state.
/// </summary>
public sealed class ClubGrain(IDocumentStore store, TimeProvider clock, IOptions<ClubSettings> settings, ILogger<ClubGrain> logger)
    : EventSourcedGrain<ClubState, ClubEvent>(store, logger), IClubGrain, IClubFundsGrain
{
    public async Task<ClubSnapshot> RegisterAsync(RegisterClub command)
    {
        var renews = command.RenewsClubId.Trim();
        if (renews.Length > 0 && renews != StreamId && await GrainFactory.GetGrain<IClubGrain>(renews).GetAsync() is null)
        {
            throw new RefusedException(Unknown.Club(renews, "renews_club_id"));
        }

        await CommitAsync(ClubRules.Register(State, StreamId, command, clock.GetUtcNow()));
        return ClubReports.Snapshot(State)!;
    }

    public Task<ClubSnapshot?> GetAsync() => AnswerReadAsync(ClubReports.Snapshot(State));

    public Task<ClubPage?> GetPageAsync(DateOnly asOf) => AnswerReadAsync(ClubReports.Page(State, asOf, settings.Value));

    public Task<ArrearsReport?> GetArrearsAsync(DateOnly asOf) =>
        AnswerReadAsync(State.Exists ? Arrears.Compute(State, asOf) : null);

    public Task<MemberStatement> GetMemberStatementAsync(string memberId, int year)
    {
        var (statement, refusal) = MemberStatement.For(State, memberId, year, clock.Today());
        return statement is not null ? Task.FromResult(statement) : throw new RefusedException(refusal!);
    }

    public Task<LedgerReport?> GetLedgerAsync(DateOnly asOf) => AnswerReadAsync(ClubReports.Ledger(State, asOf));

    public Task<ClubPage> ChangeStatusAsync(ChangeClubStatus command) =>
        ChangeAsync(ClubRules.ChangeStatus(State, command, settings.Value, clock.Today()));

    public Task<ClubPage> RenewTermAsync(RenewTerm command) =>
        ChangeAsync(ClubRules.RenewTerm(State, command, settings.Value, clock.Today()));

    public async Task<ClubPage> JoinAsync(JoinClub command)
    {
        var personKnown = await PersonKnownAsync(command.MemberId);
        return await ChangeAsync(ClubRules.Join(State, command, personKnown, settings.Value, clock.Today()));
    }

    public Task<ClubPage> LeaveAsync(LeaveClub command) => ChangeAsync(ClubRules.Leave(State, command, settings.Value, clock.Today()));

    public Task<ClubPage> SetInternalRulesAsync(SetInternalRules command) => ChangeAsync(ClubRules.SetInternalRules(State, command, clock.Today()));

    public Task<ClubPage> AssignOfficerAsync(AssignOfficer command) =>
        ChangeAsync(ClubRules.AssignOfficer(State, command, settings.Value, clock.Today()));

    public Task<ClubPage> RenewManagerMandateAsync(RenewManagerMandate command) =>
        ChangeAsync(ClubRules.RenewManagerMandate(State, command, settings.Value, clock.Today()));

    public Task<ClubPage> SetPledgeAsync(SetPledge command) => ChangeAsync(ClubRules.SetPledge(State, command));

    public async Task<ContributionReceipt> RecordContributionAsync(RecordContribution command)
    {
        await CommitAsync(ClubRules.RecordContribution(State, command, clock.Today()));
        var recorded = (ContributionRecorded)State.Outcomes[ClubState.OutcomeKey("contribution", command.Key)];
        return new ContributionReceipt(recorded.Key, recorded.MemberId, recorded.Month, recorded.Amount, recorded.PaidOn);
    }

    public Task<ClubPage> NameSponsorsAsync(NameSponsors command) => ChangeAsync(ClubRules.NameSponsors(State, command, clock.Today()));

    public Task<ClubPage> NoteFollowUpAsync(NoteFollowUp command) => ChangeAsync(ClubRules.NoteFollowUp(State, command, clock.Today()));

    public Task<FundsMovement> ReserveAsync(ReserveFunds command) =>
        MoveFundsAsync(ClubRules.Reserve(State, command, clock.Today()), "reservation", command.Key);

    public Task<FundsMovement> ConfirmDisbursementAsync(ConfirmDisbursement command) =>
        MoveFundsAsync(ClubRules.ConfirmDisbursement(State, command, clock.Today()), "disbursement", command.PaymentKeyOrKey);

    public Task<FundsMovement> ReleaseReservationAsync(ReleaseReservation command) =>
        MoveFundsAsync(ClubRules.ReleaseReservation(State, command, clock.Today()), "release", command.Key);

    public Task<FundsMovement> RecordReturnAsync(RecordReturn command) =>
        MoveFundsAsync(ClubRules.RecordReturn(State, command, clock.Today()), "return", command.Key);

    public Task<FundsMovement> WriteOffStakeAsync(WriteOffStake command) =>
        MoveFundsAsync(ClubRules.WriteOffStake(State, command, clock.Today()), "write-off", command.Key);

    public Task CheckVoteAsync(ClubVote vote, DateOnly on) =>
        ClubRules.CheckVote(State, vote, on) is { } refusal ? throw new RefusedException(refusal) : Task.CompletedTask;

    public Task<Money> GetAvailableFundsAsync() => State.Exists
        ? Task.FromResult(State.AvailableFunds)
        : throw new RefusedException(Unknown.Club(StreamId));

    private async Task<ClubPage> ChangeAsync(Decision<ClubEvent> decision)
    {
        await CommitAsync(decision);
        return ClubReports.Page(State, clock.Today(), settings.Value)!;
    }

    /// <summary>Answers the movement first recorded under the key, whether just now or by an earlier try.</summary>
    private async Task<FundsMovement> MoveFundsAsync(Decision<ClubEvent> decision, string kind, string key)
    {
        await CommitAsync(decision);
        var movement = State.Outcomes[ClubState.OutcomeKey(kind, key)];
        var index = State.Movements.IndexOf(movement);
        var availableAfter = State.Movements.Take(index + 1).SelectMany(m => m.Postings).Where(p => p.Account == Ledger.Cash).Sum(p => p.Amount);
        return movement switch
        {
            FundsReserved reserved => new FundsMovement(FundsMovementKind.Reserved, key, reserved.InvestmentId, reserved.Amount, reserved.On, availableAfter),
            DisbursementConfirmed disbursed => new FundsMovement(FundsMovementKind.Disbursed, key, disbursed.InvestmentId, disbursed.Amount, disbursed.On, availableAfter),
            ReservationReleased released => new FundsMovement(FundsMovementKind.Released, key, State.Reservations[key].InvestmentId, released.Amount, released.On, availableAfter),
            FundsReturned returned => new FundsMovement(FundsMovementKind.Returned, key, returned.InvestmentId, returned.Amount, returned.On, availableAfter),
            StakeWrittenOff writtenOff => new FundsMovement(FundsMovementKind.WrittenOff, key, writtenOff.InvestmentId, writtenOff.Amount, writtenOff.On, availableAfter),
            _ => throw new InvalidOperationException($"{movement.GetType().Name} is not a movement of funds"),
        };
    }

    private async Task<bool> PersonKnownAsync(string personId)
    {
        await using var session = Store.QuerySession();
        return await session.LoadAsync<PersonRecord>(personId) is { Erased: false };
    }
}
