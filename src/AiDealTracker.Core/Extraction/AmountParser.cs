using System.Globalization;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Money amounts in $, €, £, ₹ with word multipliers, ranges, qualifiers, per-unit and per-period forms.</summary>
public sealed partial class AmountParser(Lexicon lexicon)
{
    private static readonly System.Buffers.SearchValues<char> CurrencySigns = System.Buffers.SearchValues.Create("$€£₹¥");

    public List<ExtractedAmount> Parse(string text, DateOnly? on = null) => Parse(text, 0, text.Length, on);

    public List<ExtractedAmount> Parse(string text, int start, int end, DateOnly? on)
    {
        var found = new List<ExtractedAmount>();
        var segment = text.AsSpan(start, end - start);
        if (!MayHoldDigit(segment) || (segment.IndexOfAny(CurrencySigns) < 0 && !CurrencyWord().IsMatch(segment)))
        {
            return found;
        }

        foreach (var m in MoneyMatches(text[start..end]))
        {
            var offset = start + m.Index;
            var currency = CurrencyOf(m.Groups["cur"].Value, m.Groups["word"].Value);
            var mult1 = m.Groups["m1"].Success ? m.Groups["m1"].Value : null;
            var mult2 = m.Groups["m2"].Success ? m.Groups["m2"].Value : null;
            var v1 = ParseNumber(m.Groups["n1"].Value) * Multiplier(mult1 ?? mult2);
            var qualifier = ParseQualifier(m.Groups["qual"].Value);
            var isRange = m.Groups["n2"].Success;
            var afterEnd = start + m.Index + m.Length;
            var context = text.AsSpan(afterEnd, Math.Min(80, text.Length - afterEnd)).ToString();
            var perUnit = PerUnit().Match(context);
            var period = Period().Match(context);
            var written = WrittenDollars().Match(context);
            decimal? writtenUsd = null;
            if (currency != "USD" && written.Success)
            {
                writtenUsd = ParseNumber(written.Groups["n"].Value) * Multiplier(written.Groups["m"].Success ? written.Groups["m"].Value : mult1 ?? mult2);
            }

            var firstEnd = isRange ? offset + m.Groups["n1"].Index + m.Groups["n1"].Length - m.Index : offset + m.Length;
            found.Add(Make(text, offset, isRange ? firstEnd : offset + m.Length, v1, currency, writtenUsd, isRange ? AmountQualifier.Range : qualifier, on, perUnit, period, start, end));
            if (isRange)
            {
                var v2 = ParseNumber(m.Groups["n2"].Value) * Multiplier(mult2 ?? mult1);
                var n2Start = offset + m.Groups["n2"].Index - m.Index;
                found.Add(Make(text, n2Start, offset + m.Length, v2, currency, null, AmountQualifier.Range, on, perUnit, period, start, end));
            }
        }

        return found;
    }

    // Every amount has a number, and regex \d also takes non-ASCII digits: only ASCII text without 0-9 has none.
    private static bool MayHoldDigit(ReadOnlySpan<char> segment) =>
        segment.IndexOfAnyInRange('0', '9') >= 0 || segment.IndexOfAnyExceptInRange('\0', '\u007F') >= 0;

    // The matches Money().Matches(sentence) would give for the pattern without its \G anchor.
    private static List<Match> MoneyMatches(string sentence)
    {
        var matches = new List<Match>();
        var from = 0;
        foreach (var start in AmountCandidates.Starts(sentence))
        {
            if (start < from)
            {
                continue;
            }

            var m = Money().Match(sentence, start);
            if (m.Success)
            {
                matches.Add(m);
                from = m.Index + m.Length;
            }
        }

        return matches;
    }

    private ExtractedAmount Make(
        string text, int from, int to, decimal value, string currency, decimal? writtenUsd, AmountQualifier qualifier, DateOnly? on,
        Match perUnit, Match period, int sentenceStart, int sentenceEnd)
    {
        var usd = writtenUsd ?? Convert(value, currency, on);
        long? count = null;
        decimal? total = null;
        if (perUnit.Success)
        {
            var countMatch = UnitCount().Match(text[sentenceStart..sentenceEnd]);
            if (countMatch.Success && long.TryParse(countMatch.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                count = n;
                total = usd * n;
            }
        }

        return new ExtractedAmount(text[from..to], new TextSpan(from, to), value, currency, usd, qualifier)
        {
            PerUnit = perUnit.Success,
            UnitCount = count,
            TotalUsd = total,
            Period = period.Success ? "year" : null,
            UsdWritten = writtenUsd is not null,
        };
    }

    private decimal? Convert(decimal value, string currency, DateOnly? on)
    {
        if (currency == "USD")
        {
            return value;
        }

        var rate = lexicon.UsdPerUnit(currency, on);
        if (rate is null)
        {
            return null;
        }

        var usd = value * rate.Value;
        return usd >= 1000 ? Math.Round(usd / 1000, MidpointRounding.AwayFromZero) * 1000 : Math.Round(usd, 2);
    }

    internal static decimal ParseNumber(string text) =>
        decimal.Parse(AsciiDigits.Of(text).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string CurrencyOf(string symbol, string word)
    {
        var s = symbol.Trim().TrimEnd('.');
        if (s.Length == 0)
        {
            s = word;
        }

        return s.ToUpperInvariant() switch
        {
            "€" or "EUR" or "EUROS" or "EURO" => "EUR",
            "£" or "GBP" or "POUNDS" or "POUNDS STERLING" => "GBP",
            "₹" or "RS" or "INR" or "RUPEES" => "INR",
            "¥" or "JPY" or "YEN" => "JPY",
            _ => "USD",
        };
    }

    private static decimal Multiplier(string? word) => word?.ToUpperInvariant() switch
    {
        "TRILLION" or "TN" => 1_000_000_000_000m,
        "BILLION" or "BN" or "B" => 1_000_000_000m,
        "MILLION" or "MN" or "M" => 1_000_000m,
        "THOUSAND" or "K" => 1_000m,
        "CRORE" or "CR" => 10_000_000m,
        "LAKH" => 100_000m,
        _ => 1m,
    };

    internal static AmountQualifier ParseQualifier(string text) => text.Trim().ToUpperInvariant() switch
    {
        "UP TO" or "AS MUCH AS" or "AS HIGH AS" or "A MAXIMUM OF" => AmountQualifier.UpTo,
        "ABOUT" or "AROUND" or "ROUGHLY" or "APPROXIMATELY" or "SOME" or "AN ESTIMATED" or "NEARLY" or "ALMOST" or "CLOSE TO" or "ESTIMATED" => AmountQualifier.About,
        "MORE THAN" or "OVER" or "JUST OVER" or "IN EXCESS OF" => AmountQualifier.MoreThan,
        "AT LEAST" => AmountQualifier.AtLeast,
        "LESS THAN" or "UNDER" or "JUST UNDER" => AmountQualifier.LessThan,
        _ => AmountQualifier.Exact,
    };

    // "up to $200,000", "about $5.7 billion", "$5-6 billion", "$47 to $55", "€1.3bn", "₹855-crore", "Rs 855 crore", "10 billion euros"
    // Anchored (\G): tried only at the offsets AmountCandidates gives. A currency code starts a word ("covers 168" holds no "Rs 168").
    [GeneratedRegex(@"\G(?:\b(?<qual>up to|as much as|as high as|about|around|roughly|approximately|nearly|almost|close to|more than|just over|over|in excess of|at least|less than|just under|under|some|an estimated)\s+)?(?:(?<cur>\bUS\$|\bUSD\s?|\$|€|\bEUR\s?|£|\bGBP\s?|₹|\bRs\.?\s?|\bINR\s?)(?<n1>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[\s-]?(?<m1>trillion|billion|million|thousand|crore|lakh|bn|tn|mn|m|k|b)\b)?(?:\s?(?:-|–|to)\s?(?:\$|€|£|₹)?(?<n2>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[\s-]?(?<m2>trillion|billion|million|thousand|crore|lakh|bn|tn|mn|m|k|b)\b)?)?|(?<n1>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s(?:(?<m1>trillion|billion|million|thousand|crore|lakh)\s)?(?<word>dollars|euros|pounds|rupees|yen)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Money();

    // "10 billion euros", "USD 5 million", "Rs 855 crore"
    [GeneratedRegex(@"\b(?:dollars|euros|pounds|rupees|yen|USD|EUR|GBP|INR|Rs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyWord();

    // "$200,000 AWS cloud computing credits each", "$130,000 per GPU", "$118.42 a share"
    [GeneratedRegex(@"^[^.;$€£₹]{0,45}?\b(?:each|apiece|per (?!cent\b)\w+|a (?:share|unit|GPU|chip))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerUnit();

    // "$30 billion annually", "$32,500 a year", "$3 billion per year"
    [GeneratedRegex(@"^\s?(?:\w+\s){0,3}?(?:annually|a year|per year|each year|per annum|a month|per month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    // "£22 billion ($30 billion)", "₹43,574 crore (about $5.7 billion)"
    [GeneratedRegex(@"^\s?\((?:about|roughly|around|approximately|nearly|some|or|or about|~)?\s?(?:US)?\$(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<m>trillion|billion|million|thousand|bn|m|k)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDollars();

    // "for 30 startups", "30 U.S.-based startups"
    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})*)\s(?:[\w.-]+\s){0,2}(?:startups|companies|firms|founders|developers|teams|customers|projects|recipients|winners|participants)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnitCount();
}
