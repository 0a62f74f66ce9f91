namespace AiDealTracker.Web.Tests.Views;

public sealed record KnownData(int Alpha, int Beta, int Gamma, int Investment, int Cloud, int Power, int FirstArticle, int SecondArticle);
