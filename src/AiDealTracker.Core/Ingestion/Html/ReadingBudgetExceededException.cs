namespace AiDealTracker.Core.Ingestion.Html;

public sealed class ReadingBudgetExceededException : Exception
{
    public ReadingBudgetExceededException()
    {
    }

    public ReadingBudgetExceededException(string message)
        : base(message)
    {
    }

    public ReadingBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
