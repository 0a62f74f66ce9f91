using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>The spelling of types, statuses and roles in JSON and gold files ("chip-supply", "cloud-capacity", "talks").</summary>
public static class DealNames
{
    public static string Of(DealType type) => type switch
    {
        DealType.ChipSupply => "chip-supply",
        DealType.CloudCapacity => "cloud-capacity",
        DealType.JointVenture => "joint-venture",
        DealType.FundingProgram => "funding-program",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string Of(DealStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(DealRole role) => role.ToString().ToLowerInvariant();

    public static string Of(AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.UpTo => "up-to",
        AmountQualifier.MoreThan => "more-than",
        AmountQualifier.AtLeast => "at-least",
        AmountQualifier.LessThan => "less-than",
        _ => qualifier.ToString().ToLowerInvariant(),
    };

    public static DealType? ParseType(string? text) =>
        Enum.GetValues<DealType>().Cast<DealType?>().FirstOrDefault(t => Of(t!.Value).Equals(text, StringComparison.OrdinalIgnoreCase));

    public static DealStatus? ParseStatus(string? text) =>
        Enum.GetValues<DealStatus>().Cast<DealStatus?>().FirstOrDefault(t => Of(t!.Value).Equals(text, StringComparison.OrdinalIgnoreCase));
}
