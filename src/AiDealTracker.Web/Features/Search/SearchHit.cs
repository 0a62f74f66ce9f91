using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Features.Search;

public sealed record SearchHit(
    int ArticleId, IReadOnlyList<TextSegment> Title, IReadOnlyList<TextSegment> Snippet, string? SiteName, DateOnly? Published, IReadOnlyList<SearchHitDeal> Deals);
