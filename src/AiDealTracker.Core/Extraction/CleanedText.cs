namespace AiDealTracker.Core.Extraction;

/// <summary>Text with boilerplate removed; <see cref="ToOriginal"/> maps any offset back into the text that was cleaned.</summary>
/// <param name="runs">
/// Pairs (clean offset, original offset), clean offsets ascending, the first at 0: from each pair's clean offset up to the
/// next pair's, characters come from consecutive characters of the original.
/// </param>
public sealed class CleanedText(string text, int[] runs)
{
    public string Text { get; } = text;

    /// <summary>Offset in the original text of the character at <paramref name="cleanOffset"/> (the end maps past the last kept character).</summary>
    public int ToOriginal(int cleanOffset)
    {
        cleanOffset = Math.Clamp(cleanOffset, 0, Text.Length);
        // The last run starting at or before the offset.
        var low = 0;
        var high = runs.Length / 2 - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (runs[2 * middle] <= cleanOffset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return runs[2 * low + 1] + cleanOffset - runs[2 * low];
    }
}
