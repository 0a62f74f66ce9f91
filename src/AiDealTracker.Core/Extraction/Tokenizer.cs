namespace AiDealTracker.Core.Extraction;

/// <summary>Splits text into words ("Character.AI", "Run:ai", "GPT-4o", "AT&amp;T"), numbers ("14.3", "100,000") and single marks.</summary>
public static class Tokenizer
{
    /// <summary>Whether token <paramref name="k"/> follows the token before it after exactly one space ("Intel Capital").</summary>
    internal static bool OneSpaceBefore(string text, List<Token> tokens, int k) =>
        k > 0 && tokens[k].Start - tokens[k - 1].End == 1 && text[tokens[k - 1].End] == ' ';

    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0)
        {
            end = text.Length;
        }

        // Room for a token every four characters, about what English prose needs, so that the list seldom grows.
        var tokens = new List<Token>(Math.Max(0, end - start) / 4);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (c == '\'' && i + 1 < end && text[i + 1] == 's' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                {
                    tokens.Add(new Token(i, i + 2));
                    i += 2;
                    continue;
                }

                tokens.Add(new Token(i, i + 1));
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d))
                {
                    j++;
                    continue;
                }

                var next = j + 1 < end ? text[j + 1] : '\0';
                var joins = d switch
                {
                    '.' or ',' when char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(next) => d == '.' || IsThousands(text, j, end),
                    '.' => char.IsLetter(next) && char.IsLetter(text[j - 1]),
                    '-' or ':' or '&' => char.IsLetterOrDigit(next),
                    '\'' => char.IsLetter(next) && next != 's',
                    _ => false,
                };
                if (!joins)
                {
                    break;
                }

                j++;
            }

            tokens.Add(new Token(i, j));
            i = j;
        }

        return tokens;
    }

    // "100,000" joins; "2023, 2024" does not.
    private static bool IsThousands(string text, int comma, int end) =>
        comma + 3 < end
        && char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3])
        && (comma + 4 >= end || !char.IsAsciiDigit(text[comma + 4]));
}
