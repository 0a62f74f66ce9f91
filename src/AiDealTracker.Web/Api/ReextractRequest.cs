namespace AiDealTracker.Web.Api;

/// <summary>Which articles to extract again; all of them when <see cref="ArticleIds"/> is null.</summary>
public sealed record ReextractRequest(IReadOnlyCollection<int>? ArticleIds);
