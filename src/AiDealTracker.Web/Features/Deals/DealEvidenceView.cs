using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>An evidence sentence in its article context: the segments mark the sentence inside the surrounding text.</summary>
public sealed record DealEvidenceView(
    int Number,
    int Id,
    int ArticleId,
    string ArticleTitle,
    string SentenceText,
    bool AddedByEditor,
    bool LeadingEllipsis,
    bool TrailingEllipsis,
    IReadOnlyList<TextSegment> Context,
    IReadOnlyList<string> MentionValues);
