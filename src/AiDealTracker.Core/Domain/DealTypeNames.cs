namespace AiDealTracker.Core.Domain;

/// <summary>The spellings of deal types and statuses used in files and URLs (chip-supply) and on screen (Chip supply).</summary>
public static class DealTypeNames
{
    public static string Slug(DealType type) => type switch
    {
        DealType.ChipSupply => "chip-supply",
        DealType.CloudCapacity => "cloud-capacity",
        DealType.JointVenture => "joint-venture",
        DealType.FundingProgram => "funding-program",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string Display(DealType type) => type switch
    {
        DealType.ChipSupply => "Chip supply",
        DealType.CloudCapacity => "Cloud capacity",
        DealType.JointVenture => "Joint venture",
        DealType.FundingProgram => "Funding program",
        _ => type.ToString(),
    };

    public static bool TryParse(string? text, out DealType type)
    {
        foreach (var candidate in Enum.GetValues<DealType>())
        {
            if (string.Equals(text, Slug(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static string Slug(DealStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out DealStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status);
}
