using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Extraction;

/// <summary>Model names: a known family with a version or variant ("Llama 3.2", "GPT-4o", "Claude 3.5 Sonnet", "Mistral Large"),
/// a family that stands alone ("Gemini"), or an unknown Name + version shape next to the word "model" ("Orion-2 model").</summary>
internal sealed partial class ModelRecognizer(Lexicon lexicon)
{
    // "Claude 3.5 Sonnet", "Llama 4 Maverick", "Gemini 1.5 Pro", "Mistral Large"
    private static readonly FrozenSet<string> Variants = new[]
    {
        "Sonnet", "Opus", "Haiku", "Pro", "Ultra", "Flash", "Nano", "Mini", "mini", "Turbo", "Large", "Medium", "Small", "Instruct", "Scout",
        "Maverick", "Behemoth", "Vision", "Max", "Plus", "Lite", "Coder", "Chat", "Reasoning", "Super",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VariantLookup = Variants.GetAlternateLookup<ReadOnlySpan<char>>();

    public List<(string Name, string Family, string? Developer, TextSpan Span)> Find(string text, List<Token> tokens)
    {
        var found = new List<(string, string, string?, TextSpan)>();

        // Unknown names count as models only near "model", "models", "LLM" or "LLMs"; most sentences have none of them.
        var hasModelWord = HasModelWord(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = Span(text, tokens[i]);
            if (!char.IsLetterOrDigit(word[0]))
            {
                continue;
            }

            if (TryKnownFamily(text, tokens, ref i, found))
            {
                continue;
            }

            // "GPT-4o", "DeepSeek-R1", "Llama-4", "Inflection-2.5", "o1-preview"
            var dash = word.IndexOf('-');
            if (dash > 0 && lexicon.ModelFamilyLookup.TryGetValue(word[..dash], out var prefixFamily) && VersionLike().IsMatch(word[(dash + 1)..]))
            {
                var end = ExtendVersion(text, tokens, i + 1, out _);
                var span = new TextSpan(tokens[i].Start, tokens[end - 1].End);
                found.Add((text[span.Start..span.End], prefixFamily.Family, prefixFamily.Developer, span));
                i = end - 1;
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                continue;
            }

            if (!hasModelWord)
            {
                if (dash > 0 && SizedShape().IsMatch(word))
                {
                    AddSized(text, tokens[i], found);
                }

                continue;
            }

            FindUnknown(text, tokens, ref i, found);
        }

        return found;
    }

    private bool TryKnownFamily(string text, List<Token> tokens, ref int i, List<(string, string, string?, TextSpan)> found)
    {
        // Every key starts with one of these characters, so a word starting with another one starts no key.
        if (!lexicon.ModelKeyStarts.Contains(text[tokens[i].Start]))
        {
            return false;
        }

        // A phrase longer than the longest key prefix cannot be a key, so the longest-first search starts there.
        var longest = 0;
        var limit = Math.Min(lexicon.MaxModelWords, tokens.Count - i);
        while (longest < limit && lexicon.ModelKeyPrefixes.Contains(text.AsSpan(tokens[i].Start, tokens[i + longest].End - tokens[i].Start)))
        {
            longest++;
        }

        for (var n = longest; n >= 1; n--)
        {
            var candidate = text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start);
            if (!lexicon.ModelFamilyLookup.TryGetValue(candidate, out var family))
            {
                continue;
            }

            var end = ExtendVersion(text, tokens, i + n, out var hasVersion);
            if (hasVersion || family.StandsAlone)
            {
                var span = new TextSpan(tokens[i].Start, tokens[end - 1].End);
                found.Add((text[span.Start..span.End], family.Family, family.Developer, span));
                i = end - 1;
                return true;
            }
        }

        return false;
    }

    private void FindUnknown(string text, List<Token> tokens, ref int i, List<(string, string, string?, TextSpan)> found)
    {
        var word = Word(text, tokens[i]);

        // Unknown family: "the new Orion-2 model", "its Zephyr 7B models"
        if (UnknownShape().IsMatch(word) && ModelWordNear(text, tokens, i, i + 1))
        {
            found.Add((word, word[..word.IndexOf('-', StringComparison.Ordinal)], null, new TextSpan(tokens[i].Start, tokens[i].End)));
        }
        else if (AllLetters(word) && i + 1 < tokens.Count && VersionNumber().IsMatch(Span(text, tokens[i + 1]))
            && ModelWordNear(text, tokens, i, i + 2) && !lexicon.Hardware.ContainsKey(word) && !lexicon.Aliases.ContainsKey(word))
        {
            var end = ExtendVersion(text, tokens, i + 1, out _);
            var span = new TextSpan(tokens[i].Start, tokens[end - 1].End);
            found.Add((text[span.Start..span.End], word, null, span));
            i = end - 1;
        }
        else if (AllLetters(word) && i + 1 < tokens.Count && SizeToken().IsMatch(Span(text, tokens[i + 1])) && Adjacent(text, tokens, i + 1)
            && ModelWordNear(text, tokens, i, i + 2) && !lexicon.Hardware.ContainsKey(word))
        {
            // "The company's first model, Mistral 7B, ...": a name with a parameter count near the word "model".
            var span = new TextSpan(tokens[i].Start, tokens[i + 1].End);
            found.Add((text[span.Start..span.End], word, null, span));
            i++;
        }
        else if (SizedShape().IsMatch(word))
        {
            AddSized(text, tokens[i], found);
        }
        else if ((NameLike(word) || ShortCode().IsMatch(word)) && BeforeModelWord(text, tokens, i + 1))
        {
            // "the Dolly model", "the Poro language model", "its R1 reasoning model"
            found.Add((word, word, null, new TextSpan(tokens[i].Start, tokens[i].End)));
        }
        else if ((NameLike(word) || ShortCode().IsMatch(word)) && AfterCalledModels(text, tokens, i))
        {
            // "models called Vireo and Kestrel", "models such as Veltra K3 and Veltra R+": a version or variant letter right after
            // the name belongs to it.
            var end = i + 1;
            while (end < tokens.Count && Adjacent(text, tokens, end) && (VersionNumber().IsMatch(Span(text, tokens[end])) || IsVariantLetter(Span(text, tokens[end]))))
            {
                end++;
            }

            var stop = tokens[end - 1].End;
            if (end > i + 1 && stop < text.Length && text[stop] == '+')
            {
                stop++;
            }

            found.Add((text[tokens[i].Start..stop], word, null, new TextSpan(tokens[i].Start, stop)));
            i = end - 1;
        }
        else if (NameLike(word) && (ModelApposition(text, tokens, i) || (i > 0 && Word(text, tokens[i - 1]) == "model")))
        {
            // "OpenHathi, a Hindi model released in 2023", "its fast completion model Point"; "Mistral NeMo, a 12-billion-parameter
            // model": a developer's name right before belongs to the model's name.
            var start = i > 0 && Adjacent(text, tokens, i) && lexicon.Aliases.ContainsKey(Word(text, tokens[i - 1])) ? tokens[i - 1].Start : tokens[i].Start;
            found.Add((text[start..tokens[i].End], word, null, new TextSpan(start, tokens[i].End)));
        }
    }

    // A parameter count names a model on its own: "MPT-7B", "Falcon-40B"
    private static void AddSized(string text, Token token, List<(string, string, string?, TextSpan)> found)
    {
        var word = Word(text, token);
        found.Add((word, word[..word.IndexOf('-', StringComparison.Ordinal)], null, new TextSpan(token.Start, token.End)));
    }

    private static bool HasModelWord(string text, List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (IsModelWord(Span(text, token)))
            {
                return true;
            }
        }

        return false;
    }

    // "R" in "Command R": one capital letter
    private static bool IsVariantLetter(ReadOnlySpan<char> word) => word.Length == 1 && char.IsAsciiLetterUpper(word[0]);

    private static bool IsModelWord(ReadOnlySpan<char> word) => word is "model" or "models" or "LLM" or "LLMs";

    private bool NameLike(string word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && AllLetters(word) && !AllUpper(word)
        && !lexicon.NotModels.Contains(word) && !lexicon.Hardware.ContainsKey(word) && !lexicon.Aliases.ContainsKey(word)
        && !lexicon.NotCompanies.Contains(word);

    // "Dolly model", "Dolly LLM", "Poro language model", "R1 reasoning model", "Poro large language model"
    private static bool BeforeModelWord(string text, List<Token> tokens, int k)
    {
        for (var skip = 0; skip <= 2 && k + skip < tokens.Count; skip++)
        {
            var next = Word(text, tokens[k + skip]);
            if (next is "model" or "models" or "LLM" or "LLMs")
            {
                return skip == 0 || (skip == 1 && Word(text, tokens[k]) is "language" or "reasoning" or "foundation" or "frontier" or "coding" or "video" or "image" or "speech" or "chat" or "flagship" or "base" or "open-source" or "open-weight")
                    || (skip == 2 && Word(text, tokens[k]) == "large" && Word(text, tokens[k + 1]) == "language");
            }
        }

        return false;
    }

    // "OpenHathi, a Hindi model", "Sarvam-1, a two-billion-parameter model": a name described as a model right after it.
    private static bool ModelApposition(string text, List<Token> tokens, int i)
    {
        if (i + 3 >= tokens.Count || Word(text, tokens[i + 1]) != "," || Word(text, tokens[i + 2]) is not ("a" or "an"))
        {
            return false;
        }

        for (var k = i + 3; k < Math.Min(tokens.Count, i + 7); k++)
        {
            var word = Word(text, tokens[k]);
            if (IsModelWord(word))
            {
                return true;
            }

            if (word is "," or "." or ";" or "that" or "which")
            {
                return false;
            }
        }

        return false;
    }

    // "models called Vireo and Kestrel", "a model named Vireo", "open-weight models such as Vireo, Kestrel and Llama"
    private static bool AfterCalledModels(string text, List<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && Word(text, tokens[k]) is "and" or "," && k >= 2)
        {
            k -= 2;
        }

        // "models such as Vireo and Kestrel", "models like Vireo", "models including Vireo"
        if (k >= 2 && Word(text, tokens[k]) == "as" && Word(text, tokens[k - 1]) == "such")
        {
            k--;
        }
        else if (k < 1 || Word(text, tokens[k]) is not ("called" or "named" or "dubbed" or "like" or "including"))
        {
            return false;
        }

        for (var m = Math.Max(0, k - 3); m < k; m++)
        {
            if (Word(text, tokens[m]) is "model" or "models" or "LLM" or "LLMs")
            {
                return true;
            }
        }

        return false;
    }

    private static int ExtendVersion(string text, List<Token> tokens, int k, out bool hasVersion)
    {
        hasVersion = false;
        if (k < tokens.Count && VersionNumber().IsMatch(Span(text, tokens[k])) && Adjacent(text, tokens, k))
        {
            hasVersion = true;
            k++;
        }

        var variant = false;
        while (k < tokens.Count && VariantLookup.Contains(Span(text, tokens[k])) && Adjacent(text, tokens, k))
        {
            hasVersion = true;
            variant = true;
            k++;
        }

        // "Claude Sonnet 4.5": the version after the variant.
        if (variant && k < tokens.Count && VersionNumber().IsMatch(Span(text, tokens[k])) && Adjacent(text, tokens, k))
        {
            k++;
        }

        // "Mixtral 8x7B", "Llama 2 70B": a parameter count names a model of the family too.
        if (k < tokens.Count && SizeToken().IsMatch(Span(text, tokens[k])) && Adjacent(text, tokens, k))
        {
            hasVersion = true;
            k++;
        }

        return k;
    }

    private static bool Adjacent(string text, List<Token> tokens, int k) =>
        tokens[k].Start - tokens[k - 1].End <= 1 && text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IsWhiteSpace();

    private static bool ModelWordNear(string text, List<Token> tokens, int first, int after)
    {
        for (var k = Math.Max(0, first - 2); k < Math.Min(tokens.Count, after + 4); k++)
        {
            if (k >= first && k < after)
            {
                continue;
            }

            if (IsModelWord(Span(text, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(string text, Token token) => text[token.Start..token.End];

    // word.All(char.IsLetter) and word.All(char.IsUpper) without a delegate and an enumerator per word (true for "", as All is).
    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Span(string text, Token token) => text.AsSpan(token.Start, token.Length);

    // "R1", "V3", "K2": a letter and a number, a model's name only right before a model word
    [GeneratedRegex(@"^[A-Z]\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortCode();

    // "4", "3.2", "2.5", "v3", "V3", "R1", "K2", "4o"
    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|[vA-Z]\d{1,2}(?:\.\d)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionNumber();

    // "4o", "R1", "2.5", "4-turbo", "preview"
    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})?[a-zA-Z]?(?:-\w+)?|[A-Z]\d{1,2}(?:\.\d)?|[a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionLike();

    // "405B", "70B", "8x7B"
    [GeneratedRegex(@"^(?:\d+x)?\d{1,4}[BM]$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeToken();

    // "MPT-7B", "Falcon-40B", "Poro-34B"
    [GeneratedRegex(@"^[A-Z][A-Za-z]{1,}-\d{1,4}(?:\.\d)?[BM]$", RegexOptions.CultureInvariant)]
    private static partial Regex SizedShape();

    // "Orion-2", "Zephyr-7B", "Nova-2.5"
    [GeneratedRegex(@"^[A-Z][a-zA-Z]{2,}-\d{1,3}(?:\.\d{1,2})?[a-zA-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownShape();
}
