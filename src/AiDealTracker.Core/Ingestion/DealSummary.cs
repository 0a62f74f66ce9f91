using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Ingestion;

/// <summary>A one-line description of a deal from its type and parties: "Meta invests in Scale AI".</summary>
public static class DealSummary
{
    public static string Describe(DealType type, IReadOnlyList<(string Name, DealRole Role)> parties)
    {
        string Names(params DealRole[] roles) =>
            string.Join(", ", parties.Where(p => roles.Contains(p.Role)).Select(p => p.Name));

        var all = string.Join(", ", parties.Select(p => p.Name));
        var investors = Names(DealRole.Investor);
        var investees = Names(DealRole.Investee);
        var buyers = Names(DealRole.Acquirer, DealRole.Buyer);
        var targets = Names(DealRole.Target, DealRole.Seller);
        var suppliers = Names(DealRole.Supplier, DealRole.Provider);
        var customers = Names(DealRole.Customer);

        return type switch
        {
            DealType.Investment when investors.Length > 0 && investees.Length > 0 => $"{investors} invests in {investees}",
            DealType.Acquisition when buyers.Length > 0 && targets.Length > 0 => $"{buyers} acquires {targets}",
            DealType.ChipSupply when suppliers.Length > 0 && customers.Length > 0 => $"{suppliers} supplies chips to {customers}",
            DealType.CloudCapacity when suppliers.Length > 0 && customers.Length > 0 => $"{suppliers} provides compute to {customers}",
            DealType.Power when suppliers.Length > 0 && customers.Length > 0 => $"{suppliers} supplies power to {customers}",
            DealType.Hiring when buyers.Length > 0 && targets.Length > 0 => $"{buyers} hires from {targets}",
            _ => $"{DealTypeNames.Display(type)}: {all}",
        };
    }
}
