namespace AiDealTracker.Web.Features.Search;

/// <summary>One row of the FTS query as SQLite returns it.</summary>
public sealed class SearchHitRow
{
    public int Id { get; set; }

    public string TitleMarked { get; set; } = "";

    public string SnippetMarked { get; set; } = "";

    public string? SiteName { get; set; }

    public DateOnly? Published { get; set; }
}
