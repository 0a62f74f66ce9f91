namespace AiDealTracker.Cli.HtmlEvaluation;

public sealed record HtmlEvaluationReport(IReadOnlyList<HtmlPageScore> Pages)
{
    public double MeanTextF1 => Pages.Count == 0 ? 0 : Pages.Average(p => p.TextF1);

    public double TitleRate => Rate(p => p.TitleMatch);

    public double BylineRate => Rate(p => p.BylineMatch);

    public double PublishedRate => Rate(p => p.PublishedMatch);

    private double Rate(Func<HtmlPageScore, bool> match) => Pages.Count == 0 ? 0 : (double)Pages.Count(match) / Pages.Count;
}
