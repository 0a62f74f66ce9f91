using System.Globalization;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Accelerators written "Vendor Product" ("Nvidia H100", "AMD Instinct MI300X", "Google TPU v5e"), unseen product codes
/// next to a chip vendor, a generic "Nvidia GPU" when no product of that vendor is named, and the count stated before them.</summary>
internal sealed partial class HardwareRecognizer(Lexicon lexicon)
{
    // GenericGpu needs one of these, as written: "Nvidia GPUs", "NVIDIA chips", "AMD accelerators".
    private static readonly System.Buffers.SearchValues<string> GpuVendors = System.Buffers.SearchValues.Create(["Nvidia", "NVIDIA", "AMD"], StringComparison.Ordinal);

    public List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> Find(string text, List<Token> tokens, IReadOnlyList<CompanyMention> sentenceCompanies)
    {
        var found = new List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = i;
            if (!char.IsUpper(text[tokens[i].Start]) || !TryMatch(text, tokens, ref i, out var entry, sentenceCompanies))
            {
                continue;
            }

            // "GB300 Grace Blackwell superchips", "Instinct MI300X", "B200 NVL72": fold the neighbours into one product.
            while (i + 1 < tokens.Count)
            {
                var next = i + 1;
                if (Rack().IsMatch(Word(text, tokens[next])) || Word(text, tokens[next]) is "Grace")
                {
                    i = next;
                    continue;
                }

                var probe = next;
                if (TryMatch(text, tokens, ref probe, out var following, sentenceCompanies) && following.Vendor == entry.Vendor)
                {
                    if (!entry.Canonical.Any(char.IsDigit) || (following.Canonical.Any(char.IsDigit) && following.Canonical.Length > entry.Canonical.Length))
                    {
                        entry = following;
                    }

                    i = probe;
                    continue;
                }

                break;
            }

            if (entry.Canonical == "Google TPU" && i + 1 < tokens.Count && TpuVersion().IsMatch(Word(text, tokens[i + 1])))
            {
                i++;
                entry = entry with { Canonical = "Google TPU " + Word(text, tokens[i]) };
            }

            var spanStart = tokens[start].Start;
            var vendorBefore = start > 0 && IsVendorWord(Word(text, tokens[start - 1]), entry.Vendor);
            if (vendorBefore)
            {
                spanStart = tokens[start - 1].Start;
            }

            var span = new TextSpan(spanStart, tokens[i].End);
            found.Add((entry.Canonical, entry.Vendor, entry.Kind, span, QuantityBefore(text, span.Start)));
        }

        var sentence = text.AsSpan(tokens.FirstOrDefault().Start, (tokens.Count > 0 ? tokens[^1].End : 0) - tokens.FirstOrDefault().Start);
        if (sentence.IndexOfAny(GpuVendors) < 0)
        {
            return found;
        }

        foreach (Match m in GenericGpu().Matches(text[tokens.FirstOrDefault().Start..(tokens.Count > 0 ? tokens[^1].End : 0)]))
        {
            var offset = tokens[0].Start + m.Index;
            var vendor = m.Groups["v"].Value.Equals("AMD", StringComparison.OrdinalIgnoreCase) ? "AMD" : "Nvidia";
            found.Add((vendor + " GPU", vendor, HardwareKind.Gpu, new TextSpan(offset, offset + m.Length), QuantityBefore(text, offset)) with { });
        }

        return found;
    }

    private bool TryMatch(string text, List<Token> tokens, ref int i, out HardwareEntry entry, IReadOnlyList<CompanyMention> companies)
    {
        for (var n = MayStartProduct(Span(text, tokens[i])) ? Math.Min(lexicon.MaxHardwareWords, tokens.Count - i) : 0; n >= 1; n--)
        {
            var candidate = text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start);
            if (Lookup(candidate, out entry))
            {
                i += n - 1;
                return true;
            }
        }

        // "Nvidia X300 chips", "AMD MI500", "Qualcomm AI300 accelerators": an unseen code after a chip vendor or before a chip noun.
        if (ProductCode().IsMatch(text.AsSpan(tokens[i].Start, tokens[i].Length)))
        {
            var word = Word(text, tokens[i]);
            var vendor = i > 0 ? VendorOf(Word(text, tokens[i - 1])) : null;
            var chipNoun = i + 1 < tokens.Count && ChipNoun().IsMatch(Word(text, tokens[i + 1]));
            if (word.StartsWith("MI", StringComparison.Ordinal) && char.IsDigit(word[2]))
            {
                entry = new HardwareEntry("AMD Instinct " + word, "AMD", HardwareKind.Gpu);
                return true;
            }

            if (vendor is null && chipNoun)
            {
                vendor = companies.Where(c => c.Kind == CompanyKind.ChipMaker).Select(c => c.Name).FirstOrDefault();
            }

            if (vendor is not null && (chipNoun || i > 0 && VendorOf(Word(text, tokens[i - 1])) is not null))
            {
                entry = new HardwareEntry(vendor + " " + word, vendor, HardwareKind.Accelerator);
                return true;
            }
        }

        entry = null!;
        return false;
    }

    // Every phrase Lookup accepts contains its first word whole at the start of a key ("Nvidia H100", "H100s", "TPUs"),
    // unless that word alone is a key plus "s" ("H100s") or plus a dashed suffix ("H100-equivalent").
    private bool MayStartProduct(ReadOnlySpan<char> word)
    {
        if (lexicon.HardwareKeyPrefixes.Contains(word))
        {
            return true;
        }

        var dash = word.IndexOf('-');
        return (dash > 0 && lexicon.HardwareLookup.ContainsKey(word[..dash]))
            || (word.Length > 2 && word[^1] == 's' && lexicon.HardwareLookup.ContainsKey(word[..^1]));
    }

    private bool Lookup(ReadOnlySpan<char> candidate, out HardwareEntry entry)
    {
        if (lexicon.HardwareLookup.TryGetValue(candidate, out entry!))
        {
            return true;
        }

        // "H100s", "TPUs", "H100-equivalent"
        var dash = candidate.IndexOf('-');
        if (dash > 0 && dash + 1 < candidate.Length && lexicon.HardwareLookup.TryGetValue(candidate[..dash], out entry!) && !char.IsDigit(candidate[dash + 1]))
        {
            return true;
        }

        return candidate.Length > 2 && candidate[^1] == 's' && lexicon.HardwareLookup.TryGetValue(candidate[..^1], out entry!);
    }

    private static string? VendorOf(string word) => word.ToUpperInvariant() switch
    {
        "NVIDIA" or "NVIDIA'S" => "Nvidia",
        "AMD" => "AMD",
        "INTEL" => "Intel",
        "GOOGLE" => "Google",
        "AWS" or "AMAZON" => "AWS",
        "QUALCOMM" => "Qualcomm",
        "HUAWEI" => "Huawei",
        "CEREBRAS" => "Cerebras",
        "GROQ" => "Groq",
        "MICROSOFT" => "Microsoft",
        "META" => "Meta",
        "SAMBANOVA" => "SambaNova",
        "TENSTORRENT" => "Tenstorrent",
        _ => null,
    };

    private static bool IsVendorWord(string word, string vendor) => string.Equals(VendorOf(word), vendor, StringComparison.Ordinal)
        || (vendor == "AWS" && word is "Amazon" or "AWS");

    internal static long? QuantityBefore(string text, int position)
    {
        var from = Math.Max(0, position - 70);
        var window = text[from..position];
        var m = QuantityRegex().Match(window);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["half"].Success)
        {
            return 500_000;
        }

        if (m.Groups["million"].Success)
        {
            return 1_000_000;
        }

        var value = AmountParser.ParseNumber(m.Groups["n"].Value);
        var mult = m.Groups["m"].Value.ToUpperInvariant() switch { "MILLION" => 1_000_000m, "THOUSAND" => 1_000m, _ => 1m };
        var number = value * mult;
        var raw = m.Groups["n"].Value;
        if (mult == 1m && raw.Length == 4 && !raw.Contains(',', StringComparison.Ordinal) && number is >= 1990 and <= 2100)
        {
            return null;
        }

        return number is >= 1 and < 100_000_000 ? (long)number : null;
    }

    private static string Word(string text, Token token) => text[token.Start..token.End];

    private static ReadOnlySpan<char> Span(string text, Token token) => text.AsSpan(token.Start, token.Length);

    // "more than 100,000 NVIDIA ", "200,000 ", "half a million ", "one million Google ", "64 of Cerebras' wafer-scale ", "23,040 Nvidia "
    [GeneratedRegex(@"(?:(?<half>half a million)|(?<million>(?:one|a) million)|(?<![\d.,$€£])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s(?<m>million|thousand))?)\s(?:of\s)?(?:(?:its|the|their|our|more|new|additional|[A-Z][\w'-]*|[a-z]+-[a-z]+|AI|'s)\s){0,4}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft)]
    private static partial Regex QuantityRegex();

    // "NVL72", "NVL144"
    [GeneratedRegex(@"^NVL\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Rack();

    // "v5e", "v4", "v5p"
    [GeneratedRegex(@"^v\d[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TpuVersion();

    // "X300", "MI500X", "AI300", "GB400"
    [GeneratedRegex(@"^[A-Z]{1,3}\d{2,4}[A-Z]{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProductCode();

    // "GPUs", "chips", "accelerators", "superchips"
    [GeneratedRegex(@"^(?:GPUs?|chips?|accelerators?|superchips?|processors?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChipNoun();

    // "Nvidia GPUs", "Nvidia's dominant GPUs", "NVIDIA chips", "AMD accelerators"
    [GeneratedRegex(@"\b(?<v>Nvidia|NVIDIA|AMD)(?:'s|')?\s(?:[a-z][\w-]*\s){0,2}(?:GPUs?|graphics (?:chips|processors)|chips|accelerators|processors)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex GenericGpu();
}
