using System.Globalization;

namespace AiDealTracker.Core.Editing;

/// <summary>Amounts as editors type them: "10B", "2.5 bn", "300M", "750k", "1,200,000".</summary>
public static class AmountText
{
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var t = text.Trim().TrimStart('$').Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var multiplier = 1m;
        foreach (var (suffix, factor) in Suffixes)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                multiplier = factor;
                t = t[..^suffix.Length];
                break;
            }
        }

        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number < 0)
        {
            return false;
        }

        value = decimal.Round(number * multiplier, 2);
        return value <= 100_000_000_000_000m;
    }

    public static string Format(decimal? value) => value switch
    {
        null => "",
        >= 1_000_000_000m when value % 1_000_000m == 0 => (value.Value / 1_000_000_000m).ToString("0.###", CultureInfo.InvariantCulture) + "B",
        >= 1_000_000m when value % 1_000m == 0 => (value.Value / 1_000_000m).ToString("0.###", CultureInfo.InvariantCulture) + "M",
        _ => value.Value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static readonly (string Suffix, decimal Factor)[] Suffixes =
    [
        ("trillion", 1_000_000_000_000m), ("billion", 1_000_000_000m), ("million", 1_000_000m), ("bn", 1_000_000_000m),
        ("t", 1_000_000_000_000m), ("b", 1_000_000_000m), ("m", 1_000_000m), ("k", 1_000m),
    ];
}
