using Cigales.Finance.Domain;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces.Clubs;
using Cigales.GrainInterfaces.Reports;
using Cigales.SharedKernel;
using Marten;
using Orleans.Concurrency;

namespace Cigales.Finance.Grains;

/// <summary>
/// The pipeline and the investments the reports need, from this service's read models; stateless,
/// so any Finance silo answers. A holder counts for a department when their project is known to be
/// there; the region counts them all.
/// </summary>
[StatelessWorker]
public sealed class FinanceFiguresGrain(IDocumentStore store) : Grain, IFinanceFigures
{
    public async Task<FinancePeriod> PeriodAsync(DateOnly from, DateOnly to, string department)
    {
        await using var session = store.QuerySession();
        var holders = await session.Query<ProjectHolderView>().ToListAsync();
        var investments = (await session.Query<InvestmentView>().ToListAsync()).Select(view => view.ToFacts()).ToList();
        var enterprises = (await session.Query<EnterpriseView>().ToListAsync()).ToDictionary(view => view.Id, view => view.ToFacts());

        var pipeline = PipelineFigures.Compute(
            holders.Where(holder => department.Length == 0 || holder.Department == department).Select(holder => holder.Steps), from, to);
        var inDepartment = investments
            .Where(investment => department.Length == 0 || (enterprises.TryGetValue(investment.EnterpriseId, out var enterprise) && enterprise.Department == department))
            .ToList();
        var made = Portfolio.Made(from, to, department, inDepartment, enterprises);
        var held = Portfolio.Holdings(to, inDepartment, enterprises);
        var names = await GrainFactory.GetGrain<IClubDirectory>(0).NamesAsync(made.SelectMany(row => row.ClubIds).ToList());
        return new FinancePeriod(
            pipeline.Welcomed,
            pipeline.Studied,
            pipeline.Financed,
            made.Sum(row => row.Investments),
            made.Sum(row => row.Amount),
            made.Count,
            held.Count,
            made.Select(row => new InvestmentRow(
                row.Enterprise.Name, row.Enterprise.Activity, row.Enterprise.LegalForm.ToString(), row.Enterprise.Town, row.Enterprise.Department,
                row.Amount, row.ClubIds.Select(id => names.GetValueOrDefault(id, id)).ToList())).ToList());
    }
}
