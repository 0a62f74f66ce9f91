namespace AiDealTracker.Core.Domain;

/// <summary>The sentence of an article that supports a fact, with its character span in <see cref="Article.Text"/>.</summary>
public class Evidence
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public string SentenceText { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public int? DealId { get; set; }

    public int? ComputeFactId { get; set; }

    /// <summary>True when an editor added this evidence by hand.</summary>
    public bool AddedByEditor { get; set; }
}
