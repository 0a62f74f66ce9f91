namespace AiDealTracker.Core.Domain;

/// <summary>A span of an article's cleaned text that extraction recognised, for highlighting.</summary>
public class Mention
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public MentionKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>What the span resolves to: a canonical name, a USD value or an ISO date.</summary>
    public string Value { get; set; } = "";
}
