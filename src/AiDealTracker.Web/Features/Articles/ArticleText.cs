using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Features.Articles;

/// <summary>The article text cut into segments: mentions marked by kind, or one chosen evidence sentence marked on its own.</summary>
public static class ArticleText
{
    public static string KindName(MentionKind kind) => kind.ToString().ToLowerInvariant();

    public static IReadOnlyList<TextSegment> Segments(ArticleDetail article, int? evidenceId)
    {
        var chosen = article.Evidence.FirstOrDefault(e => e.Id == evidenceId);
        var spans = article.Mentions.Select(m => new HighlightSpan(m.Start, m.End, KindName(m.Kind)));
        if (chosen is not null && chosen.End > chosen.Start)
        {
            // The chosen sentence wins over the mentions inside it: one mark, easy to spot.
            spans = spans.Where(s => s.End <= chosen.Start || s.Start >= chosen.End).Append(new HighlightSpan(chosen.Start, chosen.End, "evidence"));
        }

        return TextHighlighter.Segments(article.Text, spans);
    }
}
