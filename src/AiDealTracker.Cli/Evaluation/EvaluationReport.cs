namespace AiDealTracker.Cli.Evaluation;

/// <summary>Scores per field, plus accuracy of amount, date and status over matched deals, and of the publication date.</summary>
internal sealed record EvaluationReport(
    int Documents,
    IReadOnlyList<Score> Scores,
    int MatchedDeals,
    int AmountCorrect,
    int DateCorrect,
    int StatusCorrect,
    int PublishedCorrect)
{
    public Score this[string field] => Scores.First(s => s.Field == field);

    public double AmountAccuracy => MatchedDeals == 0 ? 0 : (double)AmountCorrect / MatchedDeals;

    public double DateAccuracy => MatchedDeals == 0 ? 0 : (double)DateCorrect / MatchedDeals;

    public double StatusAccuracy => MatchedDeals == 0 ? 0 : (double)StatusCorrect / MatchedDeals;
}
