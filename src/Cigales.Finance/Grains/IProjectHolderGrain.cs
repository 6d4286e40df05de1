using Cigales.Finance.Domain;

namespace Cigales.Finance.Grains;

/// <summary>A project holder welcomed by the association, keyed by its id: the pipeline's single writer.</summary>
public interface IProjectHolderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers the holder; a referring club, when named, must exist. A retry with the same
    /// details answers the holder as registered.
    /// </summary>
    Task<ProjectHolderSnapshot> RegisterAsync(RegisterProjectHolder command);

    /// <summary>The holder, or null when none has this id.</summary>
    Task<ProjectHolderSnapshot?> GetAsync();

    /// <summary>Moves the holder forward along the pipeline (steps may be skipped, never undone).</summary>
    Task<ProjectHolderSnapshot> AdvanceAsync(AdvanceProjectHolder command);

    /// <summary>The holder leaves the pipeline before the end, with the reason.</summary>
    Task<ProjectHolderSnapshot> DropAsync(DropProjectHolder command);

    /// <summary>Shares the project with the partners (again, after a withdrawal).</summary>
    Task<SharedProjectSnapshot> ShareAsync(ShareProject command);

    /// <summary>Changes what the partners see of a shared project.</summary>
    Task<SharedProjectSnapshot> UpdateSharingAsync(UpdateSharing command);

    /// <summary>Stops sharing the project; the partners see it withdrawn.</summary>
    Task<SharedProjectSnapshot> WithdrawSharingAsync(WithdrawSharing command);

    /// <summary>A partner's co-financing of the shared project, recorded or updated; a retry with the same request id changes nothing.</summary>
    Task<SharedProjectSnapshot> RecordPartnerCoFinancingAsync(RecordPartnerCoFinancing command);

    /// <summary>The project as shared with the partners; null when it never was.</summary>
    Task<SharedProjectSnapshot?> GetSharedAsync();
}
