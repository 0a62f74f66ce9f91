namespace AiDealTracker.Web.Features.Editing;

/// <summary>An id and the name an editor picks it by.</summary>
public sealed record IdName(int Id, string Name);
