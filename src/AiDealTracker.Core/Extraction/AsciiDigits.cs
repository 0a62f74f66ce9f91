using System.Globalization;

namespace AiDealTracker.Core.Extraction;

/// <summary>The patterns' <c>\d</c> takes any Unicode decimal digit ("198٣"); numbers are parsed after mapping them to ASCII.</summary>
internal static class AsciiDigits
{
    public static string Of(string text)
    {
        // Ascii.IsValid is the vectorised text.All(char.IsAscii).
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = !char.IsAscii(c) && char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
                    ? (char)('0' + (int)char.GetNumericValue(c))
                    : c;
            }
        });
    }

    public static int ParseInt(string text) => int.Parse(Of(text), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
