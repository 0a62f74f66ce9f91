namespace AiDealTracker.Web.Features.Deals;

/// <summary>A field on which the sources of one deal disagree, with what each source says.</summary>
public sealed record DealDisagreement(string Field, IReadOnlyList<(string Value, int ArticleId, string ArticleTitle)> Values);
