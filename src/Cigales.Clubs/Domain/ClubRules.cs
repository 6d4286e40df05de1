using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>The rules a club's commands must pass; pure functions of the state, the command and the date.</summary>
public static class ClubRules
{
    public static Decision<ClubEvent> Register(ClubState state, string clubId, RegisterClub command, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length == 0)
        {
            return Refusal.Invalid("name", "club.name_required", "name must not be blank");
        }

        var registration = new ClubRegistered(
            clubId, name, command.Commune.Trim(), command.Department.Trim(), command.Territory.Trim(), now);

        if (state.Registration is { } existing)
        {
            // The same registration again is a retry of the same request: answer it, change nothing.
            return existing with { RegisteredAt = now } == registration
                ? Decision<ClubEvent>.Accept()
                : Refusal.Conflict("request_id", "club.request_reused", $"request_id already registered the club '{existing.Name}' with other details");
        }

        return Decision<ClubEvent>.Accept(registration);
    }
}
