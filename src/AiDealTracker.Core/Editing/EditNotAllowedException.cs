namespace AiDealTracker.Core.Editing;

public sealed class EditNotAllowedException : Exception
{
    public EditNotAllowedException()
        : base("Changing data needs the Editor role.")
    {
    }

    public EditNotAllowedException(string message)
        : base(message)
    {
    }

    public EditNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
