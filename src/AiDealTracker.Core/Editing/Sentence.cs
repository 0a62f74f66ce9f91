namespace AiDealTracker.Core.Editing;

public sealed record Sentence(int Start, int End, string Text);
