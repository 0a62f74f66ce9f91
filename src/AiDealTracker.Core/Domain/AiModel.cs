namespace AiDealTracker.Core.Domain;

public class AiModel
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Family { get; set; }

    public int? DeveloperId { get; set; }

    public Company? Developer { get; set; }

    public ReviewState ReviewState { get; set; }

    public bool HumanOwned { get; set; }

    public void Correct(string name, string? family, int? developerId)
    {
        Name = name.Trim();
        Family = string.IsNullOrWhiteSpace(family) ? null : family.Trim();
        DeveloperId = developerId;
        HumanOwned = true;
        ReviewState = ReviewState.Corrected;
    }
}
