namespace AiDealTracker.Core.Editing;

public enum EditOutcome
{
    Saved = 0,
    Conflict = 1,
    NotFound = 2,
    Invalid = 3,
}
