namespace AiDealTracker.Core.Domain;

public class Hardware
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Vendor { get; set; }

    public HardwareKind Kind { get; set; }

    public ReviewState ReviewState { get; set; }

    public bool HumanOwned { get; set; }

    public void Correct(string name, string? vendor, HardwareKind kind)
    {
        Name = name.Trim();
        Vendor = string.IsNullOrWhiteSpace(vendor) ? null : vendor.Trim();
        Kind = kind;
        HumanOwned = true;
        ReviewState = ReviewState.Corrected;
    }
}
