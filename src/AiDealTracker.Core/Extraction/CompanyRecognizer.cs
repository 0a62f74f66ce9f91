using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Finds companies: dictionary aliases first, then names the dictionary does not know, from their shape and context.</summary>
internal sealed partial class CompanyRecognizer(Lexicon lexicon)
{
    // "Andra Capital", "Ayar Labs", "Primary Digital Infrastructure", "Central Iowa Power Cooperative", "Lordstown Motors"
    private static readonly FrozenSet<string> HeadWords = new[]
    {
        "Labs", "Lab", "Capital", "Ventures", "Partners", "Technologies", "Technology", "Systems", "Computing", "Robotics", "Networks",
        "Semiconductor", "Semiconductors", "Energy", "Power", "Cooperative", "Holdings", "Group", "Cloud", "Infrastructure", "Compute",
        "Dynamics", "Microsystems", "Investments", "Investors", "Management", "Equity", "Industries", "Electronics", "Software", "Datacenters",
        "Analytics", "Utilities", "Electric", "Renewables", "Solutions", "Silicon", "Photonics", "Mining", "Digital", "Advisors", "Fund Management",
        "Telecom", "Telecommunications", "Microelectronics", "Communications", "Aerospace", "Biosciences", "International",
        "Motors", "Automotive", "Airlines", "Pharmaceuticals", "Therapeutics", "Instruments", "Enterprises", "Logistics",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "Acme Inc.", "Foo Corp", "Bar GmbH"
    private static readonly FrozenSet<string> LegalSuffixes = new[]
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "LLC", "GmbH", "AG", "SA", "S.A.", "PLC", "plc", "Co.", "N.V.", "SE", "SAS", "Pty", "ASA", "Oy",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Regions a firm's local arm is named after ("Matrix Partners India").
    private static readonly FrozenSet<string> RegionWords = new[]
    {
        "India", "China", "Japan", "Korea", "Europe", "Asia", "Africa", "America", "Israel", "Singapore", "Brazil", "UK", "US", "Canada", "Australia",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised words that start sentences or name things other than companies ("The", "Monday", "Chief").
    private static readonly FrozenSet<string> NotNameWords = new[]
    {
        "The", "A", "An", "In", "On", "At", "As", "By", "For", "From", "With", "Without", "To", "Of", "And", "Or", "But", "If", "When", "While", "After",
        "Before", "Since", "Under", "Over", "This", "That", "These", "Those", "It", "Its", "Their", "Our", "We", "They", "He", "She", "His", "Her",
        "Both", "Each", "Other", "Others", "Some", "Many", "Most", "All", "Any", "Such", "Also", "However", "Meanwhile", "Still", "Yet", "Why", "What",
        "Who", "How", "Where", "Which", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec", "Chief", "Executive", "President", "CEO", "CFO", "CTO", "Vice", "Chairman", "Founder", "Analysts", "Analyst",
        "Shares", "Stock", "Company", "Companies", "Startup", "Group", "Read", "Share", "Email", "Published", "Updated", "Photo", "Source", "Sources",
        "According", "Under", "Separately", "Together", "Neither", "Either", "Although", "Because", "Until", "During", "Including",
        "Government", "Ministry", "Department", "University", "Commission", "Agency", "Authority", "Council", "Bank", "Federal", "National", "State",
        "Street", "Road", "Park", "Campus", "Center", "Centre", "Project", "Program", "Programme", "Fund", "Initiative", "Summit", "Conference", "Act",
        "Notably", "People", "Critics", "Recent", "Recently", "British", "American", "Chinese", "French", "German", "Japanese", "Korean", "Indian",
        "European", "Canadian", "Israeli", "Saudi", "Emirati", "Dutch", "Swiss", "Swedish", "Taiwanese", "Italian", "Spanish", "Australian", "Singaporean", "Interestingly", "Earlier", "Later", "Last", "Next", "First", "Second", "Third", "New", "Big", "Key", "Expected",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RegionWordLookup = RegionWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadWordLookup = HeadWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalSuffixLookup = LegalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameWordLookup = NotNameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public List<CompanyMention> Find(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<List<Token>> sentenceTokens)
    {
        var mentions = new List<CompanyMention>();
        var discovered = new Dictionary<string, CompanyMention>(StringComparer.Ordinal);
        List<CompanyMention>? atSentenceStart = null;
        var datelines = DateParser.WireDatelines(text);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentenceTokens[s];
            var covered = new bool[tokens.Count];
            CoverDatelines(tokens, datelines, covered);
            MatchDictionary(text, tokens, covered, mentions, ref atSentenceStart);
            if (!IsTitleCase(text, tokens))
            {
                Discover(text, tokens, covered, mentions, discovered);
            }
        }

        if (discovered.Count > 0)
        {
            AddRepeatMentions(text, sentences, sentenceTokens, mentions, discovered);
            AddFirstWordMentions(text, sentences, mentions, discovered);
        }

        // "Ayar Labs ... Ayar's optical chiplet": the same for a dictionary company of several words whose first word is no alias.
        Dictionary<string, CompanyMention>? longNames = null;
        foreach (var mention in mentions)
        {
            if (!mention.IsNew && mention.Name.Contains(' ', StringComparison.Ordinal) && !lexicon.AliasLookup.ContainsKey(mention.Name.AsSpan(0, mention.Name.IndexOf(' ', StringComparison.Ordinal))))
            {
                (longNames ??= new(StringComparer.Ordinal)).TryAdd(mention.Name, mention);
            }
        }

        if (longNames is not null)
        {
            AddFirstWordMentions(text, sentences, mentions, longNames, fromDictionary: true);
        }

        // "Switch, which was taken private in 2022, ...": a name that is also a word counts at the start of a sentence when the
        // text names that company elsewhere.
        if (atSentenceStart is not null)
        {
            var named = mentions.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            mentions.AddRange(atSentenceStart.Where(m => named.Contains(m.Name) && !mentions.Any(o => o.Span.Overlaps(m.Span))));
        }

        AddInitialsMentions(text, mentions);
        AddModelMakerMentions(text, mentions);
        ShortFormsToFullNames(mentions);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        KeepFullNames(text, mentions);
        FoldUnitsIntoParents(text, mentions);
        return mentions;
    }

    // "The Claude developer placed a further order", "the Llama maker": a model family's maker, named by the model, is the
    // company the dictionary gives as that family's developer.
    private void AddModelMakerMentions(string text, List<CompanyMention> mentions)
    {
        if (!text.Contains(" developer", StringComparison.Ordinal) && !text.Contains(" maker", StringComparison.Ordinal)
            && !text.Contains(" creator", StringComparison.Ordinal))
        {
            return;
        }

        for (var m = ModelMaker().Match(text); m.Success; m = m.NextMatch())
        {
            var family = m.Groups["family"];
            var at = new TextSpan(m.Index, m.Index + m.Length);
            if (lexicon.ModelFamilyLookup.TryGetValue(family.ValueSpan, out var entry) && lexicon.TryGetCompany(entry.Developer, out var developer)
                && !mentions.Any(o => o.Span.Overlaps(at)))
            {
                mentions.Add(new CompanyMention(developer.Name, at, developer.Kind, false));
            }
        }
    }

    // "the Claude developer", "The Llama maker"
    [GeneratedRegex(@"\b[Tt]he\s(?<family>[A-Z][\w.-]*)\s(?:developer|maker|creator)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModelMaker();

    // "Annapurna Labs, Amazon's chip design unit": a company the text calls another's unit is that company wherever it is named.
    private static void FoldUnitsIntoParents(string text, List<CompanyMention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var unit = mentions[i];
            var parent = mentions[i + 1];
            if (parent.Name == unit.Name || parent.Span.Start != unit.Span.End + 2 || text[unit.Span.End] != ','
                || !UnitAfter().IsMatch(After(text, parent.Span.End, 60)))
            {
                continue;
            }

            for (var k = 0; k < mentions.Count; k++)
            {
                if (mentions[k].Name == unit.Name)
                {
                    mentions[k] = parent with { Span = mentions[k].Span };
                }
            }
        }
    }

    // "REDMOND, Wash., Oct. 28, 2025 — Microsoft and OpenAI said": the place of a dateline names no company.
    private static void CoverDatelines(List<Token> tokens, List<TextSpan> datelines, bool[] covered)
    {
        foreach (var dateline in datelines)
        {
            for (var k = 0; k < tokens.Count && tokens[k].Start < dateline.End; k++)
            {
                covered[k] |= tokens[k].Start >= dateline.Start;
            }
        }
    }

    // "Arista Networks agreed ... Arista said": a company the article introduces by its full name goes by that name throughout,
    // as articles give the full name first and the short one after. An article that introduces it by the short name (or another
    // alias) names it by the dictionary's name (decision 0309).
    private static void KeepFullNames(string text, List<CompanyMention> mentions)
    {
        var bodyStart = text.IndexOf('\n', StringComparison.Ordinal);
        foreach (var group in mentions.Where(m => m.FullName is not null).GroupBy(m => m.Name, StringComparer.Ordinal).ToList())
        {
            var name = group.Key;
            var first = mentions.Where(m => m.Name == name && m.Span.Start > bodyStart).MinBy(m => m.Span.Start)
                ?? mentions.Where(m => m.Name == name).MinBy(m => m.Span.Start)!;
            if (first.FullName is null)
            {
                continue;
            }

            var fullName = group.First().FullName!;
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Name == name)
                {
                    mentions[i] = mentions[i] with { Name = fullName, DictionaryName = name };
                }
            }
        }
    }

    // "KKR and Energy Capital Partners said ... ECP will draw on": an all-caps word made of the initials of a company named
    // before in words is that company.
    private void AddInitialsMentions(string text, List<CompanyMention> mentions)
    {
        var byInitials = new Dictionary<string, CompanyMention>(StringComparer.Ordinal);
        foreach (var mention in mentions.OrderBy(m => m.Span.Start))
        {
            if (Initials(text.AsSpan(mention.Span.Start, mention.Span.End - mention.Span.Start)) is { } initials)
            {
                byInitials.TryAdd(initials, mention);
            }
        }

        foreach (var (initials, company) in byInitials)
        {
            if (lexicon.NotCompanyLookup.Contains(initials) || RegionWordLookup.Contains(initials) || NotNameWordLookup.Contains(initials))
            {
                continue;
            }

            foreach (var start in WholeWords(text, initials))
            {
                var end = start + initials.Length;
                if (start > company.Span.Start && !mentions.Any(m => m.Span.Start < end && start < m.Span.End))
                {
                    mentions.Add(company with { Span = new TextSpan(start, end) });
                }
            }
        }
    }

    // "Energy Capital Partners" -> "ECP": the first letters of a name of two to five capitalised words, or null.
    private static string? Initials(ReadOnlySpan<char> name)
    {
        Span<char> letters = stackalloc char[5];
        var count = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[^1]) || count == letters.Length)
            {
                return null;
            }

            letters[count++] = word[0];
        }

        return count >= 2 ? new string(letters[..count]) : null;
    }

    // "AMD agreed to acquire ZT Systems ... after AMD finished buying ZT": a new name that is the first word(s) of another
    // company named in the same text is that company.
    private static void ShortFormsToFullNames(List<CompanyMention> mentions)
    {
        var names = mentions.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var shortForm = mentions[i];
            if (!shortForm.IsNew)
            {
                continue;
            }

            var full = names.Where(n => n.Length > shortForm.Name.Length + 1 && StartsWithWord(n, shortForm.Name)).ToList();
            if (full.Count == 1)
            {
                var target = mentions.First(m => m.Name == full[0]);
                mentions[i] = target with { Span = shortForm.Span };
            }
        }
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // name.StartsWith(word + " ") without building the string for every pair of names.
    private static bool StartsWithWord(string name, string word) =>
        name.Length > word.Length && name.StartsWith(word, StringComparison.Ordinal) && name[word.Length] == ' ';

    private void MatchDictionary(string text, List<Token> tokens, bool[] covered, List<CompanyMention> mentions, ref List<CompanyMention>? atSentenceStart)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // The first-character check only skips words the lookup would reject: every alias first word starts with one of them.
            var first = text[tokens[i].Start];
            if (covered[i] || !char.IsLetterOrDigit(first) || !lexicon.AliasFirstWordStarts.Contains(first))
            {
                continue;
            }

            if (!lexicon.MayBeAliasFirstWord(text.AsSpan(tokens[i].Start, tokens[i].Length)) || !lexicon.AliasFirstWordLookup.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                // "the Microsoft-backed startup", "Nvidia-based systems", "a SoftBank-led round": a one-word company name before a
                // hyphen and a lower-case word is that company, named in passing.
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                var hyphen = word.IndexOf('-');
                if (hyphen > 0 && hyphen + 1 < word.Length && IsLowerWord(word[(hyphen + 1)..])
                    && lexicon.AliasLookup.TryGetValue(word[..hyphen], out var compound) && !compound.NotAtSentenceStart)
                {
                    mentions.Add(new CompanyMention(compound.Company.Name, new TextSpan(tokens[i].Start, tokens[i].Start + hyphen), compound.Company.Kind, false, compound.FullName ? word[..hyphen].ToString() : null));
                    covered[i] = true;
                }

                continue;
            }

            // A phrase longer than the longest alias prefix cannot be an alias, so the longest-first search starts there; the first
            // word alone is such a prefix.
            var limit = Math.Min(lexicon.MaxAliasWords, tokens.Count - i);
            var longest = lexicon.AliasFirstWordsArePrefixes ? Math.Min(1, limit) : 0;
            while (longest < limit && lexicon.AliasKeyPrefixes.Contains(text.AsSpan(tokens[i].Start, tokens[i + longest].End - tokens[i].Start)))
            {
                longest++;
            }

            for (var n = longest; n >= 1; n--)
            {
                var start = tokens[i].Start;
                var end = tokens[i + n - 1].End;
                if (end - start > 60)
                {
                    continue;
                }

                var candidate = text.AsSpan(start, end - start);
                if (!lexicon.AliasLookup.TryGetValue(candidate, out var alias)
                    && !(candidate.Length >= 2 && IsAllCaps(candidate) && lexicon.UpperAliasLookup.TryGetValue(candidate, out alias)))
                {
                    continue;
                }

                // "Wes Cummins, the company's chief executive", "Michael Dell": after a given name, a company's one-word name is a
                // person's family name.
                if (n == 1 && Tokenizer.OneSpaceBefore(text, tokens, i)
                    && lexicon.GivenNameLookup.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)))
                {
                    continue;
                }

                // "Neural Magic", "Deep Cognition": a name that is also a common word ("~Magic"), right after a capitalized word that no
                // known name covers, is the end of a longer name, not that company.
                if (alias.NotAtSentenceStart && n == 1 && i > 0 && !covered[i - 1] && Tokenizer.OneSpaceBefore(text, tokens, i)
                    && IsNameToken(text, tokens[i - 1]) && !NotNameWordLookup.Contains(Span(text, tokens[i - 1])))
                {
                    continue;
                }

                if (alias.NotAtSentenceStart && IsSentenceStart(text, tokens, i))
                {
                    (atSentenceStart ??= []).Add(new CompanyMention(alias.Company.Name, new TextSpan(start, end), alias.Company.Kind, false, alias.FullName ? candidate.ToString() : null));
                    continue;
                }

                // "Intel Capital", "Verizon Ventures", "Macquarie Asset Management", "Samsung Heavy Industries": a company's venture arm,
                // fund manager or listed affiliate deals on its own and is named as written, unless the dictionary folds it into its
                // parent ("Salesforce Ventures", "Brookfield Asset Management"), which the longer match found.
                if (AffiliateWords(text, tokens, i + n) is > 0 and var more)
                {
                    var armEnd = tokens[i + n + more - 1].End;
                    var armWord = Span(text, tokens[i + n + more - 1]);
                    var kind = armWord is "Industries" or "Realty" or "Utilities" ? alias.Company.Kind : CompanyKind.Investor;
                    mentions.Add(new CompanyMention(text[start..armEnd], new TextSpan(start, armEnd), kind, true));
                    n += more;
                }
                else
                {
                    mentions.Add(new CompanyMention(alias.Company.Name, new TextSpan(start, end), alias.Company.Kind, false, alias.FullName ? candidate.ToString() : null));
                }

                for (var k = i; k < i + n; k++)
                {
                    covered[k] = true;
                }

                i += n - 1;
                break;
            }
        }
    }

    // How many capitalized words from token `next` on make a known company's name into an affiliate's: up to three, the last
    // of them a word that names an investing or listed business of its own ("Capital", "Asset Management", "Securities").
    private static int AffiliateWords(string text, List<Token> tokens, int next)
    {
        var found = 0;
        for (var k = next; k < tokens.Count && k < next + 3; k++)
        {
            if (!Tokenizer.OneSpaceBefore(text, tokens, k) || !IsNameToken(text, tokens[k]))
            {
                break;
            }

            if (AffiliateWordLookup.Contains(Span(text, tokens[k])))
            {
                found = k - next + 1;
            }
        }

        return found;
    }

    private static readonly FrozenSet<string> AffiliateHeadWords = new[]
    {
        "Ventures", "Capital", "Investments", "Management", "Securities", "Credit", "Industries", "Realty", "Utilities",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AffiliateWordLookup = AffiliateHeadWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private void Discover(string text, List<Token> tokens, bool[] covered, List<CompanyMention> mentions, Dictionary<string, CompanyMention> discovered)
    {
        List<(int First, int Last)>? rejected = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (covered[i] || !(IsNameToken(text, tokens[i]) || StartsNumberedName(text, tokens, covered, i)))
            {
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < tokens.Count && !covered[j + 1] && (IsNameToken(text, tokens[j + 1]) || IsConnector(text, tokens, j + 1)))
            {
                j++;
            }

            while (j > i && IsConnector(text, tokens, j))
            {
                j--;
            }

            // "Engine No. 1": a numbered name keeps its number.
            if (j + 2 < tokens.Count && Span(text, tokens[j]) is "No" && Span(text, tokens[j + 1]) is "."
                && tokens[j + 1].Start == tokens[j].End && char.IsAsciiDigit(text[tokens[j + 2].Start]) && tokens[j + 2].Length <= 3)
            {
                j += 2;
            }

            // "Reliance Enterprise Intelligence Ltd", "Google DeepMind Labs": a unit named after a known company is that company's.
            if (i > 0 && covered[i - 1] && tokens[i].Start - tokens[i - 1].End <= 1)
            {
                i = j + 1;
                continue;
            }

            var count = mentions.Count;
            TryAccept(text, tokens, i, j, mentions, discovered);
            if (mentions.Count == count)
            {
                (rejected ??= []).Add((i, j));
            }

            i = j + 1;
        }

        // Lists are read once the sentence's other names are known: "Neuberger Berman, Type One Ventures and Cisco Investments".
        foreach (var (first, last) in rejected ?? [])
        {
            if (last - first < 3 && InListOfCompanies(text, tokens, first, last, mentions) && !(first == last && IsFamilyName(text, Span(text, tokens[first]).ToString())))
            {
                TryAccept(text, tokens, first, last, mentions, discovered, listed: true);
            }
        }
    }

    // "Microsoft, Nvidia, Bezos and OpenAI" in a text that also writes "Jeff Bezos": the family name of a person.
    private bool IsFamilyName(string text, string word)
    {
        foreach (var start in WholeWords(text, word))
        {
            var given = start - 2;
            while (given >= 0 && char.IsLetter(text[given]))
            {
                given--;
            }

            if (start >= 2 && text[start - 1] == ' ' && lexicon.GivenNameLookup.Contains(text.AsSpan(given + 1, start - 2 - given)))
            {
                return true;
            }
        }

        return false;
    }

    // "Neuberger Berman, Type One Ventures and Cisco Investments also put in money": an item of a list ("A, B and C") whose
    // other items are companies; "3M Ventures and Autopilot joined as new investors": an item of a list with a company in it
    // that invests.
    private static bool InListOfCompanies(string text, List<Token> tokens, int first, int last, List<CompanyMention> mentions)
    {
        var companies = 0;
        var closed = false;
        var k = last + 1;
        while (k + 1 < tokens.Count && !closed)
        {
            if (Span(text, tokens[k]) is "," && Span(text, tokens[k + 1]) is "and" or "or")
            {
                k++;
            }

            closed = Span(text, tokens[k]) is "and" or "or";
            if (!closed && Span(text, tokens[k]) is not ",")
            {
                break;
            }

            var item = mentions.FirstOrDefault(m => m.Span.Start == tokens[k + 1].Start);
            if (item is null)
            {
                return false;
            }

            companies++;
            k = tokens.FindIndex(k + 1, t => t.Start >= item.Span.End);
            k = k < 0 ? tokens.Count : k;
        }

        var isLast = first >= 2 && Span(text, tokens[first - 1]) is "and" or "or";
        for (var b = first - 1; b >= 1 && Span(text, tokens[b]) is "," or "and" or "or"; )
        {
            var item = mentions.FirstOrDefault(m => m.Span.End == tokens[b - 1].End);
            if (item is null)
            {
                break;
            }

            companies++;
            b = tokens.FindLastIndex(b - 1, t => t.End <= item.Span.Start);
            if (b < 0 || Span(text, tokens[b]) is not ",")
            {
                break;
            }
        }

        var end = k < tokens.Count ? tokens[k].Start : text.Length;
        return ((closed || isLast) && companies >= 2) || ((closed || isLast) && companies >= 1 && InvestsAfter().IsMatch(After(text, end, 40)));
    }

    private void TryAccept(string text, List<Token> tokens, int first, int last, List<CompanyMention> mentions, Dictionary<string, CompanyMention> discovered, bool listed = false)
    {
        // "in Saudi Arabia": a name the stop-list holds is not cut down to a word of it ("Arabia").
        if (first < last && lexicon.NotCompanyLookup.Contains(text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start)))
        {
            return;
        }

        while (first <= last && (NotNameWordLookup.Contains(Span(text, tokens[first])) || Span(text, tokens[first]).EndsWith("-based", StringComparison.Ordinal)))
        {
            first++;
        }

        if (first > last)
        {
            return;
        }

        // "Singapore-based", "Texas-based": where a company sits, not its name.
        var lastWord = Span(text, tokens[last]);
        if (lastWord.EndsWith("-based", StringComparison.Ordinal))
        {
            return;
        }

        var nameEnd = last;
        var legal = false;
        if (LegalSuffixLookup.Contains(lastWord) || (lastWord is "Inc" or "Corp" or "Co" or "Ltd" && last + 1 < tokens.Count && Span(text, tokens[last + 1]) is "."))
        {
            if (last == first)
            {
                return;
            }

            legal = true;
            nameEnd = last - 1;
        }

        var words = last - first + 1;
        var afterAnd = first >= 2 && Span(text, tokens[first - 1]) is "and";
        var accepted = listed || legal
            // "Energy Capital Partners": a company word may start a name of three words or more, not "Cloud Infrastructure".
            || (words >= 2 && words <= 5 && HeadWordLookup.Contains(lastWord) && (words >= 3 || !HeadWordLookup.Contains(Span(text, tokens[first]))))
            || (After(text, tokens[last].End, 1) is [',' or '\''] && Apposition().IsMatch(After(text, tokens[last].End, 90)))
            || (Before(text, tokens[first].Start, 70).ContainsAny(DescriptorWords) && DescriptorBefore().IsMatch(Before(text, tokens[first].Start, 70)))
            || DealContextBefore().IsMatch(Before(text, tokens[first].Start, 50))
            // "led by CRV and Fusion Fund": the second of two companies a deal context names.
            || (afterAnd && mentions.FirstOrDefault(m => m.Span.End == tokens[first - 2].End) is { } partner
                && DealContextBefore().IsMatch(Before(text, partner.Span.Start, 50)))
            || NounForCompanyBefore(text, tokens, first)
            // "Runway lands $141 million from Google", "Quorvant has raised €20 million": the one a sum of money goes to.
            || (words <= 3 && RaisesMoneyAfter().IsMatch(After(text, tokens[last].End, 40)))
            || (After(text, tokens[last].End, 1) is [','] && DealContextAfter().IsMatch(After(text, tokens[last].End, 60)))
            || (words == 1 && afterAnd && mentions.Any(m => m.Span.End == tokens[first - 2].End)
                && DealVerbAfter().IsMatch(After(text, tokens[last].End, 20)))
            || (words <= 3 && EndsListOfCompanies(text, tokens, first, mentions))
            // "Matrix Partners India": a company word followed by the region the firm serves.
            || (words >= 3 && words <= 5 && RegionWordLookup.Contains(lastWord) && HeadWordLookup.Contains(Span(text, tokens[last - 1])))
            // "Ola founder Bhavish Aggarwal", "Tesla chief executive Elon Musk"
            || (words <= 3 && FounderAfter().IsMatch(After(text, tokens[last].End, 30)))
            // "with Ant Financial among the investors"
            || (words <= 3 && AmongInvestorsAfter().IsMatch(After(text, tokens[last].End, 40)));
        if (!accepted || words > 5)
        {
            return;
        }

        // "DeepSeek-R1", "Orion-2": a word with a hyphen before a version names a model or product; "GPU-rental", "Arabic-language":
        // one with a hyphen before a lower-case word describes something.
        if (first == nameEnd && (IsVersioned(Span(text, tokens[first])) || IsLowerCompound(Span(text, tokens[first]))))
        {
            return;
        }

        // "X Corp.": a name of one letter keeps its legal suffix.
        if (legal && tokens[nameEnd].End - tokens[first].Start < 2)
        {
            nameEnd = last;
        }

        var name = text[tokens[first].Start..tokens[nameEnd].End].TrimEnd(',');
        // "its Data Cloud", "their Foundry", "AMD's Artificial Intelligence Group": a thing or unit a company owns, not a company.
        if (name.Length < 2 || OwnedBefore().IsMatch(Before(text, tokens[first].Start, 8)) || OwnedByCompany(text, tokens[first].Start, mentions)
            || IsExcluded(text, tokens, first, nameEnd, name, fundAllowed: name.EndsWith(" Fund", StringComparison.Ordinal)
                && (listed || afterAnd || DealContextBefore().IsMatch(Before(text, tokens[first].Start, 50))))
            // "a group that includes Gates himself" in a text that writes "Bill Gates": a person's family name.
            || (first == nameEnd && !legal && IsFamilyName(text, name)))
        {
            return;
        }

        if (!discovered.TryGetValue(name, out var known))
        {
            known = new CompanyMention(name, default, CompanyKind.Unknown, true);
            discovered[name] = known;
        }

        mentions.Add(known with { Span = new TextSpan(tokens[first].Start, tokens[nameEnd].End) });
    }

    // "1789 Capital", "3M Ventures": a word starting with a digit and one company word make a name, unless the number is a
    // year or an amount ("in 2024 Energy ...", "$500 Capital").
    private static bool StartsNumberedName(string text, List<Token> tokens, bool[] covered, int i)
    {
        if (!char.IsAsciiDigit(text[tokens[i].Start]) || i + 1 >= tokens.Count || covered[i + 1] || tokens[i + 1].Start - tokens[i].End != 1
            || !HeadWordLookup.Contains(Span(text, tokens[i + 1])) || (i + 2 < tokens.Count && IsNameToken(text, tokens[i + 2])))
        {
            return false;
        }

        foreach (var c in Span(text, tokens[i]))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return i == 0 || !NumberBefore().IsMatch(Span(text, tokens[i - 1]));
    }

    private static bool IsLowerCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && !word[(hyphen + 1)..].ContainsAnyExceptInRange('a', 'z');
    }

    private static bool IsVersioned(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && word[(hyphen + 1)..].ContainsAnyInRange('0', '9');
    }

    // "the builder Kiewit", "the Japanese telecom operator KDDI": "the", up to three words and a noun for a company (data).
    private bool NounForCompanyBefore(string text, List<Token> tokens, int first)
    {
        if (first < 2 || !lexicon.CompanyNounLookup.Contains(Span(text, tokens[first - 1])))
        {
            return false;
        }

        for (var k = first - 2; k >= 0 && k >= first - 5; k--)
        {
            var word = Span(text, tokens[k]);
            if (word is "the")
            {
                return true;
            }

            if (!char.IsLetter(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool OwnedByCompany(string text, int start, List<CompanyMention> mentions) =>
        start >= 3 && text[start - 1] == ' ' && text[start - 2] == 's' && text[start - 3] is '\'' or '\u2019'
        && mentions.Any(m => m.Span.End == start - 3);

    // "..., as did Industry Ventures, Nautilus Venture Partners and Mirae Asset": the last item of a list whose two items before
    // it are companies ("A, B and C").
    private static bool EndsListOfCompanies(string text, List<Token> tokens, int first, List<CompanyMention> mentions)
    {
        if (first < 4 || Span(text, tokens[first - 1]) is not "and")
        {
            return false;
        }

        var before = mentions.FirstOrDefault(m => m.Span.End == tokens[first - 2].End);
        if (before is null)
        {
            return false;
        }

        var comma = tokens.FindLastIndex(first - 2, t => t.Start < before.Span.Start);
        return comma > 0 && Span(text, tokens[comma]) is "," && mentions.Any(m => m.Span.End == tokens[comma - 1].End);
    }

    // "led by CRV and Fusion Fund": where investors are named, a name may end in "Fund" (state funds are on the stop-list).
    private bool IsExcluded(string text, List<Token> tokens, int first, int last, string name, bool fundAllowed = false)
    {
        // "trading firm Jane Street": right after the word for a company, a given name starts a company's name.
        if (lexicon.NotCompanies.Contains(name)
            || (lexicon.GivenNameLookup.Contains(Span(text, tokens[first])) && !CompanyWordBefore().IsMatch(Before(text, tokens[first].Start, 30))))
        {
            return true;
        }

        for (var k = first; k <= last; k++)
        {
            var word = Span(text, tokens[k]);
            // "Schwarz Group", "Hyundai Motor Group": a company word ends a name even when it cannot start one.
            if (NotNameWordLookup.Contains(word) && k == last && !(k > first && (HeadWordLookup.Contains(word) || (fundAllowed && word is "Fund"))))
            {
                return true;
            }

            if (lexicon.NotCompanyLookup.Contains(word) && last == first)
            {
                return true;
            }
        }

        // "Jensen Huang said" / "chief executive Andrew Feldman": two capitalised words around a person cue ("Halvora Systems said"
        // ends in a company word, so it is no person).
        // ("billionaire investor Peter Thiel" is a person; "industrial investor Aker", one word, is a firm.)
        return PersonCueBefore(Before(text, tokens[first].Start, 80), oneWord: last == first)
            || (last - first == 1 && !HeadWordLookup.Contains(Span(text, tokens[last])) && PersonCueAfter().IsMatch(After(text, tokens[last].End, 30)))
            || Place().IsMatch(After(text, tokens[last].End, 30));
    }

    // Whether a person cue ends right before a name; after "investor" only for a name of more than one word.
    private static bool PersonCueBefore(ReadOnlySpan<char> before, bool oneWord)
    {
        foreach (var cue in PersonCueBefore().EnumerateMatches(before))
        {
            return !(oneWord && before[cue.Index..(cue.Index + cue.Length)].EndsWith("investor ", StringComparison.OrdinalIgnoreCase));
        }

        return false;
    }

    // Up to `length` characters before `position`, and from `position` on.
    private static ReadOnlySpan<char> Before(string text, int position, int length) => text.AsSpan(Math.Max(0, position - length), position - Math.Max(0, position - length));

    private static ReadOnlySpan<char> After(string text, int position, int length) => text.AsSpan(position, Math.Min(length, text.Length - position));

    private static void AddRepeatMentions(
        string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<List<Token>> sentenceTokens, List<CompanyMention> mentions, Dictionary<string, CompanyMention> discovered)
    {
        var taken = new HashSet<int>(mentions.Select(m => m.Span.Start));
        foreach (var (name, company) in discovered)
        {
            foreach (var from in WholeWords(text, name))
            {
                var end = from + name.Length;
                if (!taken.Contains(from) && !mentions.Any(m => m.Span.Start <= from && m.Span.End >= end))
                {
                    mentions.Add(company with { Span = new TextSpan(from, end) });
                    taken.Add(from);
                }
            }
        }
    }

    // "Hyundai Motor Group will receive ... Separately, Hyundai and Nvidia said": a new company's first word, standing alone
    // inside a sentence, is that company, unless the word is an ordinary one (the text also writes it in lower case), a
    // given name, a known company's or a word that starts sentences and names other things.
    private void AddFirstWordMentions(string text, IReadOnlyList<TextSpan> sentences, List<CompanyMention> mentions, Dictionary<string, CompanyMention> discovered, bool fromDictionary = false)
    {
        foreach (var (name, company) in discovered)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space < 2)
            {
                continue;
            }

            var word = name[..space];
            if (!char.IsUpper(word[0]) || NotNameWordLookup.Contains(word) || HeadWordLookup.Contains(word) || lexicon.GivenNameLookup.Contains(word)
                || (!fromDictionary && lexicon.AliasFirstWordLookup.Contains(word)) || discovered.ContainsKey(word) || WholeWords(text, word.ToLowerInvariant()).Any())
            {
                continue;
            }

            foreach (var start in WholeWords(text, word))
            {
                // Not "Hyundai Motor" (the start of a longer name), "Hyundai-built", a town ("Lordstown, Ohio") or a sentence's first word
                // (unless it owns something, "Ayar's optical chiplet", or a verb follows it as its subject, "Lepton was founded in 2023").
                var end = start + word.Length;
                if ((end < text.Length && text[end] is '-' or '.') || (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
                    || Place().IsMatch(After(text, end, 30))
                    || (sentences.Any(x => x.Start == start) && !Possessive(text, end) && !SubjectVerbAfter().IsMatch(After(text, end, 12)))
                    || mentions.Any(m => m.Span.Start < end && start < m.Span.End))
                {
                    continue;
                }

                mentions.Add(company with { Span = new TextSpan(start, end) });
            }
        }
    }

    // " lands $141 million", " has raised €20 million", " picked up about $5 million": a verb of getting money, then the sum
    [GeneratedRegex(@"^\s(?:has\s|had\s)?(?:rais(?:es|ed)|secur(?:es|ed)|clos(?:es|ed)|nets|netted|collects|collected|" + DealFinder.MoneyGettingVerbs + @")\s(?:(?:an?|another|fresh|new|nearly|about|roughly|almost|over|more\sthan|some)\s){0,2}[$€£₹][0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex RaisesMoneyAfter();

    // " was founded", " said", " has raised": a verb right after a sentence's first word, which is then its subject
    [GeneratedRegex(@"^\s(?:was|is|has|had|said|says|raised|will|would|agreed|signed|also|plans|declined|did|does|could|can|leases|rents|sells|makes|builds|runs|offers)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectVerbAfter();

    /// <summary>Whether "'s" (or "’s") and a space follow position <paramref name="end"/>: "Ayar's chiplet".</summary>
    internal static bool Possessive(string text, int end) =>
        text.AsSpan(end).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s ", StringComparison.Ordinal);

    // Every start of `word` in the text where it stands as a whole word (no letter or digit right before or after it).
    private static IEnumerable<int> WholeWords(string text, string word)
    {
        for (var from = 0; (from = text.IndexOf(word, from, StringComparison.Ordinal)) >= 0; from += word.Length)
        {
            var end = from + word.Length;
            if ((from == 0 || !char.IsLetterOrDigit(text[from - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return from;
            }
        }
    }

    // "Record-Breaking Training Infrastructure": in a headline every word is capitalised, so shape says nothing.
    private static bool IsTitleCase(string text, List<Token> tokens)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (char.IsLetter(text[token.Start]) && token.Length > 3)
            {
                words++;
                capitalised += char.IsUpper(text[token.Start]) ? 1 : 0;
            }
        }

        return words >= 2 && capitalised * 10 >= words * 6 && text[tokens[^1].Start] is not ('.' or '"');
    }

    private static bool IsNameToken(string text, Token token)
    {
        var c = text[token.Start];
        if (char.IsUpper(c))
        {
            return true;
        }

        // "xAI", "d-Matrix": lower-case start with a capital inside.
        return char.IsLower(c) && token.Length >= 3 && token.Length <= 12 && HasInnerCapital(text, token);
    }

    private static bool HasInnerCapital(string text, Token token)
    {
        for (var k = token.Start + 1; k < token.End; k++)
        {
            if (char.IsUpper(text[k]) && char.IsLower(text[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConnector(string text, List<Token> tokens, int k)
    {
        var word = Span(text, tokens[k]);
        return word is "&" || (word is "." && k > 0 && Span(text, tokens[k - 1]) is "Inc" or "Corp" or "Co" or "Ltd");
    }

    private static bool IsSentenceStart(string text, List<Token> tokens, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (char.IsLetterOrDigit(text[tokens[k].Start]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static ReadOnlySpan<char> Span(string text, Token token) => text.AsSpan(token.Start, token.Length);

    // ", a London-based AI cloud company", ", the Abu Dhabi technology group", ", an AMD-only cloud", ", another start-up"
    [GeneratedRegex(@"^(?:'s)?,\s(?:a|an|the|another)\s(?:[\w.'-]+\s){0,5}?(?:startup|start-up|company|firm|maker|chipmaker|provider|developer|operator|miner|lab|designer|manufacturer|investor|fund|group|unit|subsidiary|builder|specialist|rival|upstart|neocloud|cloud|conglomerate|utility|supplier|vendor|platform|owner|lender|insurer|bank|office)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    // Every alternative of DescriptorBefore holds one of these (case-sensitive, as the pattern): a text without any is not searched.
    private static readonly SearchValues<string> DescriptorWords = SearchValues.Create(
        ["startup", "start-up", "company", "firm", "maker", "provider", "developer", "operator", "miner", "lab", "designer", "manufacturer", "investor",
         "backers", "rival", "neocloud", "upstart", "utility", "supplier", "conglomerate", "partners", "including", "such as", "bank", "retailer",
         "insurer", "fund", "group", "compet", "users", "customers", "clients", "tenants", "platform", "issuer", "giant"],
        StringComparison.Ordinal);

    // "contract manufacturer Sanmina", "venture firms Accel, Air Street Capital and", "startup TensorWave", "AI cloud company Fluidstack",
    // "Among the first users is Amgen", "customers include Quorvant"
    [GeneratedRegex(@"\b(?:startups?|start-ups?|company|companies|firm|firms|makers?|chipmakers?|provider|providers|developers?|operators?|miner|lab|designers?|manufacturers?|investors?|backers|rival|rivals|neocloud|neoclouds|upstart|utility|supplier|conglomerate|partners|platform|issuer|giant|including|such as|bank|retailer|insurer|fund|group|competes with|compete with|competing with|(?:users|customers|clients|tenants)\s(?:is|are|include|included|including))\s(?:[A-Z][\w.&:-]*,?\s(?:and\s)?){0,12}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DescriptorBefore();

    // "trading firm ", "French bank ", "shipping group ": the word for a company right before a name
    [GeneratedRegex(@"\b(?:company|firm|bank|group|fund|startup|start-up|maker|provider|developer|operator|retailer|insurer|investor|conglomerate)\s$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CompanyWordBefore();

    // " joined as new investors", " also invested", " also put in money", " also taking part": the items of a list before it invest
    [GeneratedRegex(@"^\s?(?:also\s)?(?:led|co-led|invested|backed|participated|participating|joined|joining|took\spart|taking\spart|put\s(?:in|up))\b", RegexOptions.CultureInvariant)]
    private static partial Regex InvestsAfter();

    // "Greylock and Addition led": a name joined to a company's and acting with it in a deal
    [GeneratedRegex(@"^\s(?:led|co-led|invested|backed|participated|joined)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DealVerbAfter();

    // "invested in X", "agreed to acquire X", "signed with X", "a stake in X", "led by X", "paid $15.7 billion for X", "taken private by X",
    // "takeover of X", "picked up X", "purchase of Dallas-based X", "invest $14.3 billion in X"
    [GeneratedRegex(@"\b(?:invest(?:s|ed|ing)?\s(?:(?:about\s|roughly\s|nearly\s|more\sthan\s)?[$€£₹][\d.,]+\s?(?:million|billion|bn|m)?\s)?in|investment\sin|stake\sin|acquir(?:e|es|ed|ing)|acquisition\sof|buy(?:s|ing)?|bought|purchase\sof|takeover\sof|(?:picked|snapped|scooped)\sup|(?:signed|partnered|partnering|teamed\sup)\swith|(?:partnerships?|deals?|agreements?|contracts?|talks|venture)\swith|backed\sby|led\sby|participation\sfrom|sell(?:s|ing)?\s(?:\w+\s){0,3}to|sold\s(?:\w+\s){0,3}to|paid\s(?:[\w$.,]+\s){1,4}for|(?:acquired|bought|purchased|taken\sprivate|taken\sover)\s(?:in\s\d{4}\s)?by)\s(?:[A-Z][a-z]+(?:'s|’s)\s|[A-Z][\w.]*-based\s)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DealContextBefore();

    // "X, which the Finnish group bought in 2016", "X, which Nvidia backed": a name a deal is told of. "X, which sells software
    // for ...", "X, which makes chips": a name that does business.
    [GeneratedRegex(@"^,\s(?:which|that)\s(?:(?:[\w-]+\s){0,4}?(?:bought|acquired|backed|funded)\b|(?:sells|makes|designs|builds|develops|manufactures|operates|rents|supplies)\s(?-i:[a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex DealContextAfter();

    // " among the investors", " was one of the backers", " among its new shareholders"
    [GeneratedRegex(@"^\s(?:was\s|were\s|is\s|are\s)?(?:among|one\sof)\s(?:the|its|their)\s(?:[a-z]+\s)?(?:investors|backers|shareholders)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AmongInvestorsAfter();

    // "'s chip design unit", "’s cloud division"
    [GeneratedRegex(@"^['’]s\s(?:[\w-]+\s){0,3}(?:unit|division|subsidiary)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"\b(?:its|their|our|his|her)\s$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex OwnedBefore();

    // "in 2024", "$500", "about 300": the word before a number that is a year, an amount or a count
    [GeneratedRegex(@"^(?:[$€£₹]|in|since|by|until|before|after|from|to|of|about|some|nearly|over|than|the|mid|early|late)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberBefore();

    // "chief executive Andrew Feldman", "CEO Mark Zuckerberg", "founder Noam Shazeer"
    [GeneratedRegex(@"(?:chief\s\w+(?:\s\w+)?|CEO|CFO|CTO|COO|president|chairman|chair|founder|co-founder|analyst|executive|researcher|scientist|spokesperson|spokesman|spokeswoman|minister|secretary|Mr\.|Ms\.|Dr\.|director|head|officer|investor|billionaire|entrepreneur)\s$|\bfounded\s(?:in\s\d{4}\s)?by\s(?:[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2}(?:,\s|,?\sand\s))+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PersonCueBefore();

    // "Mark Zuckerberg said", "Jason Droege, who", "Alexandr Wang, the startup's founder"
    [GeneratedRegex(@"^(?:'s)?\s?(?:said|says|told|wrote|added|noted|who\b|, who\b|, the\s\w+'s\s(?:founder|chief|CEO)|, (?:a|an)\s(?:former\s)?(?:partner|analyst|executive|founder))", RegexOptions.CultureInvariant)]
    private static partial Regex PersonCueAfter();

    // " founder Bhavish Aggarwal", " chief executive Elon Musk": a person's role in the company named before
    [GeneratedRegex(@"^\s(?:co-?founder|founder|chief executive|CEO)\s(?-i:[A-Z][a-z]+\s[A-Z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FounderAfter();

    // "Santa Clara, California" place names followed by a state or country are not companies.
    [GeneratedRegex(@"^,\s(?:California|Texas|New York|Virginia|Washington|Oregon|Arizona|Ohio|Georgia|Iowa|Essex|England|Norway|India|France|Germany|Japan|China)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
