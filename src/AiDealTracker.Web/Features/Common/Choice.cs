namespace AiDealTracker.Web.Features.Common;

/// <summary>A labelled value for drop-downs.</summary>
public sealed record Choice<T>(string Text, T Value);
