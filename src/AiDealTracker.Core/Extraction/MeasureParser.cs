using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Extraction;

/// <summary>Percentages and stakes ("a 49% stake") and power or energy ("1.2 GW", "370GWh", "160 megawatts").</summary>
public static partial class MeasureParser
{
    public static List<ExtractedMeasure> Parse(string text)
    {
        var found = new List<ExtractedMeasure>();
        foreach (Match m in Measure().Matches(text))
        {
            var unit = NormalizeUnit(m.Groups["u"].Value);
            var after = text.AsSpan(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length));
            var isStake = unit == "%" && Stake().IsMatch(after);
            found.Add(new ExtractedMeasure(m.Value, new TextSpan(m.Index, m.Index + m.Length), AmountParser.ParseNumber(m.Groups["n"].Value), unit, isStake));
        }

        return found;
    }

    private static string NormalizeUnit(string unit) => unit.ToUpperInvariant() switch
    {
        "%" or "PERCENT" or "PER CENT" => "%",
        "GW" or "GIGAWATT" or "GIGAWATTS" => "GW",
        "MW" or "MEGAWATT" or "MEGAWATTS" => "MW",
        "KW" or "KILOWATT" or "KILOWATTS" => "kW",
        "GWH" or "GIGAWATT-HOURS" or "GIGAWATT HOURS" => "GWh",
        "MWH" or "MEGAWATT-HOURS" => "MWh",
        "TWH" or "TERAWATT-HOURS" => "TWh",
        _ => unit,
    };

    // "49%", "14 percent", "10.5-gigawatt", "160 megawatts", "370GWh"
    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?-?\s?)(?<u>%|percent\b|per cent\b|GWh\b|MWh\b|TWh\b|GW\b|MW\b|kW\b|gigawatt-hours\b|megawatt-hours\b|terawatt-hours\b|gigawatts?\b|megawatts?\b|kilowatts?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Measure();

    // "49% stake", "8% of the company", "14% ownership"
    [GeneratedRegex(@"^\s?(?:\w+\s){0,2}(?:stake|interest|ownership|of the company|equity)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stake();
}
