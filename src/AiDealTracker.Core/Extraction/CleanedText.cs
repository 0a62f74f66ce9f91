namespace AiDealTracker.Core.Extraction;

/// <summary>Text with boilerplate removed; <see cref="ToOriginal"/> maps any offset back into the text that was cleaned.</summary>
public sealed class CleanedText(string text, int[] originalOffsets)
{
    public string Text { get; } = text;

    /// <summary>Offset in the original text of the character at <paramref name="cleanOffset"/> (the end maps past the last kept character).</summary>
    public int ToOriginal(int cleanOffset) => originalOffsets[Math.Clamp(cleanOffset, 0, originalOffsets.Length - 1)];
}
