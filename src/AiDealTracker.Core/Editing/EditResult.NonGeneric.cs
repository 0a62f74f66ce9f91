namespace AiDealTracker.Core.Editing;

public static class EditResult
{
    public static EditResult<T> Saved<T>(int? id = null) => new(EditOutcome.Saved, Id: id);

    public static EditResult<T> NotFound<T>() => new(EditOutcome.NotFound, "It no longer exists.");

    public static EditResult<T> Invalid<T>(string message) => new(EditOutcome.Invalid, message);

    public static EditResult<T> Conflict<T>(T? current) =>
        new(EditOutcome.Conflict, "Someone else saved this record since you opened it. Their values are shown; nothing was overwritten.", current);
}
