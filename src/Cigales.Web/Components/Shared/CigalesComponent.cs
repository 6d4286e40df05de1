using Cigales.Web.Access;
using Cigales.Web.Api;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Cigales.Web.Components.Shared;

/// <summary>
/// What every screen does alike: asks whether the person may do something, sends a command and
/// keeps the API's refusal to show beside the fields it names.
/// </summary>
public abstract class CigalesComponent : ComponentBase
{
    [Inject]
    protected PersonAccess Access { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    /// <summary>The last refusal of a command sent from this screen; null once one succeeds.</summary>
    protected ApiRefusal? Refusal { get; set; }

    /// <summary>While a command is on its way: its button is disabled, so it is never sent twice by a double click.</summary>
    protected bool Sending { get; private set; }

    /// <summary>Today, as the services count it (UTC).</summary>
    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Sends a command; on a refusal keeps it in <see cref="Refusal"/> and returns null.</summary>
    protected async Task<T?> SendAsync<T>(Func<Task<T>> call, string? done = null)
        where T : class
    {
        Sending = true;
        Refusal = null;
        try
        {
            var answer = await call();
            if (done is not null)
            {
                Snackbar.Add(done, Severity.Success);
            }

            return answer;
        }
        catch (RpcException refused)
        {
            Refusal = ApiRefusal.From(refused);
            return null;
        }
        finally
        {
            Sending = false;
        }
    }

    /// <summary>The French sentence for a field of the last refusal, or null.</summary>
    protected string? ProblemWith(string field) => Refusal?.For(field);
}
