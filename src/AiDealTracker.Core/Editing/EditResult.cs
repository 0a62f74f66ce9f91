namespace AiDealTracker.Core.Editing;

/// <summary>What a save did. On a conflict, <see cref="Current"/> holds the values another editor saved meanwhile.</summary>
public sealed record EditResult<T>(EditOutcome Outcome, string? Message = null, T? Current = default, int? Id = null)
{
    public bool Succeeded => Outcome == EditOutcome.Saved;
}
