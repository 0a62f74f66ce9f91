namespace AiDealTracker.Core.Editing;

public sealed class RevertRefusedException : Exception
{
    public RevertRefusedException()
    {
    }

    public RevertRefusedException(string message)
        : base(message)
    {
    }

    public RevertRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
