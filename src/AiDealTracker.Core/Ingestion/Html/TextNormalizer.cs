using System.Text;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Whitespace handling shared by the metadata reader and the text renderer.</summary>
public static class TextNormalizer
{
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>HTML whitespace plus the no-break and zero-width spaces pages use for layout.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B' or '\u2028' or '\u2029' or '\u3000' or '\uFEFF';

    /// <summary>Length of the text once whitespace runs count as one space: what a reader would see.</summary>
    public static int VisibleLength(string text)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
            }
            else
            {
                length++;
                inSpace = false;
            }
        }

        return length;
    }
}
