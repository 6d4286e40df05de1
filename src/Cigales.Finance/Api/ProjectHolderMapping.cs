using Cigales.Contracts.Finance.V1;
using Cigales.GrainInterfaces.Finance;
using Google.Protobuf.WellKnownTypes;
using ContractStage = Cigales.Contracts.Finance.V1.PipelineStage;
using PipelineStage = Cigales.GrainInterfaces.Finance.PipelineStage;

namespace Cigales.Finance.Api;

internal static class ProjectHolderMapping
{
    public static RegisterProjectHolder ToCommand(this RegisterProjectHolderRequest request) =>
        new(request.ProjectName, request.Activity, request.Town, request.ReferringClubId);

    public static ProjectHolder ToContract(this ProjectHolderSnapshot holder) => new()
    {
        ProjectHolderId = holder.ProjectHolderId,
        ProjectName = holder.ProjectName,
        Activity = holder.Activity,
        Town = holder.Town,
        ReferringClubId = holder.ReferringClubId,
        Stage = holder.Stage.ToContract(),
        RegisteredAt = Timestamp.FromDateTimeOffset(holder.RegisteredAt),
    };

    public static ContractStage ToContract(this PipelineStage stage) => stage switch
    {
        PipelineStage.Welcomed => ContractStage.Welcomed,
        PipelineStage.Oriented => ContractStage.Oriented,
        PipelineStage.Pitched => ContractStage.Pitched,
        PipelineStage.Studied => ContractStage.Studied,
        PipelineStage.Financed => ContractStage.Financed,
        PipelineStage.Followed => ContractStage.Followed,
        PipelineStage.Exited => ContractStage.Exited,
        PipelineStage.Dropped => ContractStage.Dropped,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "unknown pipeline stage"),
    };
}
