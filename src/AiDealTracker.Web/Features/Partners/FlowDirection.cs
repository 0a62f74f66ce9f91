using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Partners;

/// <summary>
/// Which way money and compute move in a deal, read from the parties' roles: an investor pays an investee, an acquirer
/// pays a target, a buyer or customer pays a supplier, seller or provider; chips and cloud capacity move the other way.
/// </summary>
public static class FlowDirection
{
    public static bool Pays(DealRole role) => role is DealRole.Investor or DealRole.Acquirer or DealRole.Buyer or DealRole.Customer;

    public static bool IsPaid(DealRole role) => role is DealRole.Investee or DealRole.Target or DealRole.Seller or DealRole.Supplier or DealRole.Provider;

    public static bool Supplies(DealRole role) => role is DealRole.Supplier or DealRole.Seller or DealRole.Provider;

    public static bool Receives(DealRole role) => role is DealRole.Buyer or DealRole.Customer;

    /// <summary>The flows between two parties of a deal of <paramref name="type"/>, each as (from, to, kind).</summary>
    public static IEnumerable<(int From, int To, FlowKind Kind)> Between(DealType type, int a, DealRole roleA, int b, DealRole roleB)
    {
        if (Pays(roleA) && IsPaid(roleB))
        {
            yield return (a, b, FlowKind.Money);
        }
        else if (Pays(roleB) && IsPaid(roleA))
        {
            yield return (b, a, FlowKind.Money);
        }

        if (type is DealType.ChipSupply or DealType.CloudCapacity)
        {
            if (Supplies(roleA) && Receives(roleB))
            {
                yield return (a, b, FlowKind.Compute);
            }
            else if (Supplies(roleB) && Receives(roleA))
            {
                yield return (b, a, FlowKind.Compute);
            }
        }
    }
}
