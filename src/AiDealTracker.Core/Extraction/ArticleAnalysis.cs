using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Everything <see cref="DealExtractor"/> finds before the deal stage; kept apart so the stages can be timed one by one.</summary>
internal sealed record ArticleAnalysis(
    string Text,
    PartialDate? Published,
    List<TextSpan> Sentences,
    List<List<Token>> Tokens,
    List<CompanyMention> CompanyMentions,
    List<ExtractedDate> Dates,
    List<ExtractedAmount> Amounts,
    List<(string Name, string Family, string? Developer, TextSpan Span)> ModelMentions,
    List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> HardwareMentions,
    List<SentenceFacts> Facts)
{
    /// <summary>The date relative dates resolve against: the publication date when it names a day or a month.</summary>
    public DateOnly? Anchor => Published is { Precision: DatePrecision.Day or DatePrecision.Month } p ? p.Start : null;

    /// <summary>The publication date as the deal stage takes it: only a day-precise date.</summary>
    public PartialDate? DayPublished => Published is { Precision: DatePrecision.Day } ? Published : null;
}
