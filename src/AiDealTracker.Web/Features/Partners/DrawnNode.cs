namespace AiDealTracker.Web.Features.Partners;

/// <summary>A company on the graph; <see cref="Rank"/> 0 is the biggest, and labels go to the best ranks.</summary>
public sealed record DrawnNode(int Id, string Name, double X, double Y, double Radius, int Rank, int Deals, decimal ValueUsd, bool InCycle)
{
    public string Tooltip => $"{Name}: {Deals} deals, {Common.Money.Compact(ValueUsd)}";
}
