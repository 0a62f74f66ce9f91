namespace AiDealTracker.Web.Features.Review;

/// <summary>One line of the review queue: a pending deal, a newly discovered company or a pending compute fact.</summary>
public sealed record ReviewItem(
    ReviewKind Kind,
    int Id,
    string Title,
    string Detail,
    double? Confidence,
    string? Evidence,
    int? ArticleId,
    string? ArticleTitle)
{
    public string Key => $"{Kind}-{Id}";

    public string EditHref => Kind switch
    {
        ReviewKind.Deal => $"/deals/{Id}/edit",
        ReviewKind.Company => $"/companies/{Id}/edit",
        _ => "",
    };
}
