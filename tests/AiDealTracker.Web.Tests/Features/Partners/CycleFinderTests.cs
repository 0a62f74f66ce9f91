using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Partners;

namespace AiDealTracker.Web.Tests.Features.Partners;

public class CycleFinderTests
{
    [Fact]
    public void Find_AInvestsInBWhileBBuysComputeFromA_ReportsOneMoneyCycle()
    {
        var flows = Flows(
            (DealType.Investment, 1, DealRole.Investor, 2, DealRole.Investee),
            (DealType.CloudCapacity, 1, DealRole.Provider, 2, DealRole.Customer));

        var cycles = CycleFinder.Find(flows);

        var cycle = Assert.Single(cycles);
        Assert.Equal(FlowKind.Money, cycle.Kind);
        Assert.Equal([1, 2], cycle.Companies);
    }

    [Fact]
    public void Find_ThreeCompaniesPayingInACircle_ReportsTheCycleOnceFromItsSmallestId()
    {
        var flows = Flows(
            (DealType.Investment, 3, DealRole.Investor, 5, DealRole.Investee),
            (DealType.ChipSupply, 9, DealRole.Supplier, 5, DealRole.Buyer),
            (DealType.Acquisition, 9, DealRole.Acquirer, 3, DealRole.Target));

        var cycles = CycleFinder.Find(flows);

        var cycle = Assert.Single(cycles, c => c.Kind == FlowKind.Money);
        Assert.Equal([3, 5, 9], cycle.Companies);
    }

    [Fact]
    public void Find_MoneyFlowingOneWayOnly_ReportsNothing()
    {
        var flows = Flows(
            (DealType.Investment, 1, DealRole.Investor, 2, DealRole.Investee),
            (DealType.Investment, 2, DealRole.Investor, 3, DealRole.Investee),
            (DealType.Partnership, 3, DealRole.Partner, 1, DealRole.Partner));

        Assert.Empty(CycleFinder.Find(flows));
    }

    [Fact]
    public void Find_ALongerCycleThanAllowed_IsNotReported()
    {
        var flows = Enumerable.Range(1, 5)
            .Select(i => new FlowEdge(i, i % 5 + 1, FlowKind.Money, ""))
            .ToList();

        Assert.Empty(CycleFinder.Find(flows, maxLength: 4));
        Assert.Single(CycleFinder.Find(flows, maxLength: 5));
    }

    [Fact]
    public void Find_ManyCycles_StopsAtTheLimit()
    {
        var flows = new List<FlowEdge>();
        for (var a = 1; a <= 12; a++)
        {
            for (var b = 1; b <= 12; b++)
            {
                if (a != b)
                {
                    flows.Add(new FlowEdge(a, b, FlowKind.Money, ""));
                }
            }
        }

        Assert.Equal(50, CycleFinder.Find(flows, maxCycles: 50).Count);
    }

    [Fact]
    public void Between_ChipSupply_MovesMoneyToTheSupplierAndChipsToTheBuyer()
    {
        var flows = FlowDirection.Between(DealType.ChipSupply, 1, DealRole.Supplier, 2, DealRole.Buyer).ToList();

        Assert.Contains((2, 1, FlowKind.Money), flows);
        Assert.Contains((1, 2, FlowKind.Compute), flows);
    }

    private static List<FlowEdge> Flows(params (DealType Type, int A, DealRole RoleA, int B, DealRole RoleB)[] deals) =>
        deals.SelectMany(d => FlowDirection.Between(d.Type, d.A, d.RoleA, d.B, d.RoleB).Select(f => new FlowEdge(f.From, f.To, f.Kind, d.Type.ToString()))).ToList();
}
