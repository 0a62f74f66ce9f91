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

    public List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> Find(string text, List<Token> tokens, IReadOnlyList<CompanyMention> sentenceCompanies, string? topic = null)
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
                if (Rack().IsMatch(Span(text, tokens[next])) || Span(text, tokens[next]) is "Grace")
                {
                    i = next;
                    continue;
                }

                var probe = next;
                if (TryMatch(text, tokens, ref probe, out var following, sentenceCompanies) && following.Vendor == entry.Vendor)
                {
                    if (!HasDigit(entry.Canonical) || (HasDigit(following.Canonical) && following.Canonical.Length > entry.Canonical.Length))
                    {
                        entry = following;
                    }

                    i = probe;
                    continue;
                }

                break;
            }

            if (entry.Canonical == "Google TPU" && i + 1 < tokens.Count && TpuVersion().IsMatch(Span(text, tokens[i + 1])))
            {
                i++;
                entry = entry with { Canonical = "Google TPU " + Word(text, tokens[i]) };
            }
            // "Ascend 910", "Kunlun 2", "Gaudi 3": a family name followed by its generation's number names that product.
            else if (!HasDigit(entry.Canonical) && i + 1 < tokens.Count && Tokenizer.OneSpaceBefore(text, tokens, i + 1)
                && Generation().IsMatch(Span(text, tokens[i + 1])))
            {
                i++;
                entry = entry with { Canonical = entry.Canonical + " " + Word(text, tokens[i]) };
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

        FindNamedChips(text, tokens, sentenceCompanies, topic, found);

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

    // "Its Corsair accelerator", "the RNGD accelerator", "eight Sohu chips", "Quorvant's Tarn processors": an unseen product name
    // before a chip noun. Its vendor is the company whose product it is said to be ("Quorvant's"), else the chip maker the
    // sentence names before it, else the chip maker or new company the text is about.
    private void FindNamedChips(string text, List<Token> tokens, IReadOnlyList<CompanyMention> companies, string? topic, List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> found)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var next = Span(text, tokens[i + 1]);
            // The chip nouns ("GPUs", "chips", "accelerators", "superchips", "processors", "cards") start with one of these pairs
            // of letters; most words do not, and skip the pattern.
            if (next.Length >= 4 && next[..2] is "GP" or "ch" or "ac" or "su" or "pr" or "ca" && char.IsLetter(text[tokens[i].Start]) && (ChipNoun().IsMatch(next) || next is "card" or "cards") && !Taken(tokens[i], found, companies)
                && NamedChip(text, tokens[i], Word(text, tokens[i - 1]), companies, topic) is { } vendor)
            {
                var span = new TextSpan(tokens[i].Start, tokens[i].End);
                found.Add((vendor + " " + text[span.Start..span.End], vendor, HardwareKind.Accelerator, span, QuantityBefore(text, span.Start)));
            }
        }
    }

    // The vendor of the product a word before a chip noun names, or null when the word names none.
    private string? NamedChip(string text, Token token, string before, IReadOnlyList<CompanyMention> companies, string? topic)
    {
        var word = Word(text, token);
        var coined = HasCapitalOrDigitAfterFirst(word);
        if (word.Length < 3 || !(coined || char.IsUpper(word[0])) || NotAChipName().IsMatch(word) || lexicon.ModelFamilyLookup.ContainsKey(word) || lexicon.NotCompanyLookup.Contains(word))
        {
            return null;
        }

        var owner = companies.LastOrDefault(c => c.Span.End <= token.Start && OwnerGap().IsMatch(text.AsSpan(c.Span.End, token.Start - c.Span.End)));
        var afterIts = before is "Its" or "its" or "their";
        // A bare code ("the AI4 chip") may be anyone's: only its owner's name makes it a product here.
        if ((owner is null && BareCode().IsMatch(word)) || (!coined && owner is null && !afterIts && !QuantityWord().IsMatch(before)))
        {
            return null;
        }

        var vendor = owner?.Name ?? companies.FirstOrDefault(c => c.Kind == CompanyKind.ChipMaker && c.Span.End <= token.Start)?.Name ?? topic;
        return vendor is null || word.StartsWith(vendor, StringComparison.OrdinalIgnoreCase) ? null : vendor;
    }

    // Whether a digit (any Unicode decimal digit, as the pattern's \d) stands second, third or fourth: where ProductCode's first
    // digit must stand.
    private static bool HasDigitAfterLead(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < Math.Min(4, word.Length); k++)
        {
            if (char.IsDigit(word[k]))
            {
                return true;
            }
        }

        return false;
    }

    // name.Any(char.IsDigit) without a delegate and an enumerator.
    private static bool HasDigit(string name)
    {
        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // word.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c)): "RNGD", "AI4", "eXtreme".
    private static bool HasCapitalOrDigitAfterFirst(string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) || char.IsDigit(word[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a product or a company already covers the token.
    private static bool Taken(Token token, List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> found, IReadOnlyList<CompanyMention> companies)
    {
        var span = new TextSpan(token.Start, token.End);
        foreach (var f in found)
        {
            if (f.Span.Overlaps(span))
            {
                return true;
            }
        }

        foreach (var c in companies)
        {
            if (c.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
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
        // The pattern needs a digit after one to three letters; most capitalised words have none, and skip the regex call.
        if (HasDigitAfterLead(Span(text, tokens[i])) && ProductCode().IsMatch(Span(text, tokens[i])))
        {
            var word = Word(text, tokens[i]);
            var vendor = i > 0 ? VendorOf(Word(text, tokens[i - 1])) : null;
            var chipNoun = i + 1 < tokens.Count && ChipNoun().IsMatch(Span(text, tokens[i + 1]));
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

    // "Chinese", "American", "Korean", "British", "Israeli": a nationality; "Custom", "Server", "Edge": a kind of chip, not a name;
    // "Xeon", "Epyc", "Graviton": central processors, which are not accelerators
    [GeneratedRegex(@"^(?:[A-Z][a-z]+(?:an|ese|ish|i)|AI|GPU|CPU|NPU|ASIC|x86|Epyc|EPYC|Xeon|Ryzen|Core|Graviton|Cobalt|Axion|Grace|Vera|Arm|Custom|Server|Edge|Memory|Network|Inference|Training|Gaming|Mobile|Legacy|Older|Newer|New|Next|Current|Latest|Advanced|Top|High|Both|These|Those|Such|Some|Many|Most|Other|More|Fewer|Which|What|Its|Their|Our|The)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAChipName();

    // "'s " or "' " between a company and its product, or a space ("the Quorvant AI zx240 chip")
    [GeneratedRegex(@"^(?:(?:'s|')\s(?:[a-z-]+\s)?|\s)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerGap();

    // "AI4", "SN10", "X300": letters and a number
    [GeneratedRegex(@"^[A-Za-z]{1,4}\d+[A-Za-z]{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareCode();

    // "eight", "100,000", "two": a count before the product
    [GeneratedRegex(@"^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|dozens|hundreds|thousands)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityWord();

    // "NVL72", "NVL144"
    [GeneratedRegex(@"^NVL\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Rack();

    // "v5e", "v4", "v5p"
    [GeneratedRegex(@"^v\d[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TpuVersion();

    // "910", "910B", "3", "800": a generation's number (not a year, not a count with a comma)
    [GeneratedRegex(@"^[1-9]\d{0,2}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Generation();

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
