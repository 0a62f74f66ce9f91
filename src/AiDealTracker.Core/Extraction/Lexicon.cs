using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// The curated knowledge extraction relies on: companies with aliases and kinds, names that are not companies,
/// model families, hardware names and currency rates. Immutable; every <c>With…</c> returns a new lexicon.
/// </summary>
public sealed class Lexicon
{
    public const string CompaniesFile = "companies.tsv";
    public const string AliasesFile = "aliases.tsv";
    public const string NotCompaniesFile = "not-companies.txt";
    public const string NotModelsFile = "not-models.txt";
    public const string PeopleFile = "people.txt";
    public const string CompanyNounsFile = "company-nouns.txt";
    public const string ModelsFile = "models.tsv";
    public const string HardwareFile = "hardware.tsv";
    public const string CurrencyRatesFile = "currency-rates.tsv";

    private static readonly Lazy<Lexicon> Default = new(() => FromFiles(ReadEmbedded()));

    private readonly Dictionary<string, CompanyEntry> _companies;
    private readonly Dictionary<string, CompanyAliasEntry> _aliases;
    private readonly HashSet<string> _notCompanies;
    private readonly HashSet<string> _givenNames;
    private readonly HashSet<string> _companyNouns;
    private readonly HashSet<string> _notModels;
    private readonly Dictionary<string, ModelFamilyEntry> _modelFamilies;
    private readonly Dictionary<string, HardwareEntry> _hardware;
    private readonly List<CurrencyRate> _rates;
    private readonly ulong[] _aliasFirstWordLengths;

    private Lexicon(
        Dictionary<string, CompanyEntry> companies,
        Dictionary<string, CompanyAliasEntry> aliases,
        HashSet<string> notCompanies,
        HashSet<string> givenNames,
        HashSet<string> companyNouns,
        HashSet<string> notModels,
        Dictionary<string, ModelFamilyEntry> modelFamilies,
        Dictionary<string, HardwareEntry> hardware,
        List<CurrencyRate> rates)
    {
        _companies = companies;
        _aliases = aliases;
        _notCompanies = notCompanies;
        _givenNames = givenNames;
        _companyNouns = companyNouns;
        _notModels = notModels;
        _modelFamilies = modelFamilies;
        _hardware = hardware;
        _rates = rates;
        Aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        UpperAliases = aliases.GroupBy(a => a.Key.ToUpperInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        NotCompanies = notCompanies.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        GivenNames = givenNames.ToFrozenSet(StringComparer.Ordinal);
        CompanyNouns = companyNouns.ToFrozenSet(StringComparer.Ordinal);
        NotModels = notModels.ToFrozenSet(StringComparer.Ordinal);
        ModelFamilies = modelFamilies.ToFrozenDictionary(StringComparer.Ordinal);
        Hardware = hardware.ToFrozenDictionary(StringComparer.Ordinal);
        Rates = [.. rates.OrderBy(r => r.From)];
        AliasLookup = Aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        UpperAliasLookup = UpperAliases.GetAlternateLookup<ReadOnlySpan<char>>();
        AliasFirstWords = aliases.Keys.Select(FirstToken).Concat(aliases.Keys.Select(k => FirstToken(k).ToUpperInvariant()))
            .ToFrozenSet(StringComparer.Ordinal);
        AliasFirstWordLookup = AliasFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        AliasFirstWordStarts = FirstCharacters(AliasFirstWords);
        _aliasFirstWordLengths = LengthsByFirstCharacter(AliasFirstWords);
        ModelFamilyLookup = ModelFamilies.GetAlternateLookup<ReadOnlySpan<char>>();
        ModelKeyPrefixes = Prefixes(modelFamilies.Keys).GetAlternateLookup<ReadOnlySpan<char>>();
        ModelKeyStarts = FirstCharacters(modelFamilies.Keys);
        var aliasKeyPrefixes = Prefixes(aliases.Keys.Concat(UpperAliases.Keys));
        AliasKeyPrefixes = aliasKeyPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        AliasFirstWordsArePrefixes = AliasFirstWords.All(aliasKeyPrefixes.Contains);
        NotCompanyLookup = NotCompanies.GetAlternateLookup<ReadOnlySpan<char>>();
        GivenNameLookup = GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        CompanyNounLookup = CompanyNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        HardwareLookup = Hardware.GetAlternateLookup<ReadOnlySpan<char>>();
        HardwareKeyPrefixes = Prefixes(hardware.Keys).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxAliasWords = aliases.Keys.Select(WordCount).DefaultIfEmpty(1).Max();
        MaxHardwareWords = hardware.Keys.Select(WordCount).DefaultIfEmpty(1).Max();
        MaxModelWords = modelFamilies.Keys.Select(WordCount).DefaultIfEmpty(1).Max();
    }

    public IReadOnlyCollection<CompanyEntry> Companies => _companies.Values;

    internal FrozenDictionary<string, CompanyAliasEntry> Aliases { get; }

    internal FrozenDictionary<string, CompanyAliasEntry> UpperAliases { get; }

    internal FrozenDictionary<string, CompanyAliasEntry>.AlternateLookup<ReadOnlySpan<char>> AliasLookup { get; }

    internal FrozenDictionary<string, CompanyAliasEntry>.AlternateLookup<ReadOnlySpan<char>> UpperAliasLookup { get; }

    internal FrozenSet<string> AliasFirstWords { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AliasFirstWordLookup { get; }

    /// <summary>
    /// The characters alias first words start with. A word that starts with any other character ("the", "said") is no
    /// alias's first word; checking one character is far cheaper than hashing the word.
    /// </summary>
    internal SearchValues<char> AliasFirstWordStarts { get; }

    /// <summary>Whether every alias first word is also an alias key prefix, so that a word found among the first words needs no prefix lookup.</summary>
    internal bool AliasFirstWordsArePrefixes { get; }

    internal FrozenDictionary<string, ModelFamilyEntry>.AlternateLookup<ReadOnlySpan<char>> ModelFamilyLookup { get; }

    /// <summary>Every prefix of every model key: a phrase can only be a key if each of its leading words is such a prefix.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModelKeyPrefixes { get; }

    /// <summary>The characters model keys start with (see <see cref="AliasFirstWordStarts"/>).</summary>
    internal SearchValues<char> ModelKeyStarts { get; }

    internal FrozenDictionary<string, HardwareEntry>.AlternateLookup<ReadOnlySpan<char>> HardwareLookup { get; }

    /// <summary>Every prefix of every hardware key (see <see cref="ModelKeyPrefixes"/>).</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HardwareKeyPrefixes { get; }

    /// <summary>Every prefix of every alias, as written and upper-cased (see <see cref="ModelKeyPrefixes"/>).</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AliasKeyPrefixes { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCompanyLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup { get; }

    internal FrozenSet<string> NotCompanies { get; }

    internal FrozenSet<string> GivenNames { get; }

    // "builder", "chipmaker": nouns for a company ("the builder Kiewit").
    internal FrozenSet<string> CompanyNouns { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyNounLookup { get; }

    // Capitalised words before "model" that are products or ordinary words: "the ChatGPT model".
    internal FrozenSet<string> NotModels { get; }

    internal FrozenDictionary<string, ModelFamilyEntry> ModelFamilies { get; }

    internal FrozenDictionary<string, HardwareEntry> Hardware { get; }

    internal IReadOnlyList<CurrencyRate> Rates { get; }

    internal int MaxAliasWords { get; }

    internal int MaxHardwareWords { get; }

    internal int MaxModelWords { get; }

    /// <summary>The dictionary shipped with the application (embedded data files).</summary>
    public static Lexicon LoadDefault() => Default.Value;

    /// <summary>
    /// The default dictionary merged with the editor-maintained data files found in <paramref name="extraFolder"/>
    /// (same file names as the embedded ones, plus aliases.tsv: "alias TAB canonical"). Missing folder or files are fine.
    /// This is the only place extraction reads files, once, when the extractor is built.
    /// </summary>
    public static Lexicon Load(string? extraFolder)
    {
        var lexicon = LoadDefault();
        if (string.IsNullOrWhiteSpace(extraFolder) || !Directory.Exists(extraFolder))
        {
            return lexicon;
        }

        var files = new List<KeyValuePair<string, string>>();
        foreach (var name in new[] { CompaniesFile, AliasesFile, NotCompaniesFile, PeopleFile, CompanyNounsFile, ModelsFile, NotModelsFile, HardwareFile, CurrencyRatesFile })
        {
            var path = Path.Combine(extraFolder, name);
            if (File.Exists(path))
            {
                files.Add(new(name, File.ReadAllText(path)));
            }
        }

        return lexicon.WithDataFiles(files);
    }

    /// <summary>Merges data files given as (file name, content), e.g. read from an editor's folder or a database.</summary>
    public Lexicon WithDataFiles(IEnumerable<KeyValuePair<string, string>> files)
    {
        var copy = Clone();
        foreach (var (name, content) in files)
        {
            copy.Parse(name, content);
        }

        return copy.Freeze();
    }

    /// <summary>Adds editor aliases: alias → canonical name. An unknown canonical name becomes a new company.</summary>
    public Lexicon WithAliases(IEnumerable<KeyValuePair<string, string>> aliasToCanonical)
    {
        var copy = Clone();
        foreach (var (alias, canonical) in aliasToCanonical)
        {
            copy.AddAlias(alias.Trim(), canonical.Trim(), CompanyKind.Unknown);
        }

        return copy.Freeze();
    }

    public bool TryGetCompany(string name, out CompanyEntry company)
    {
        if (Aliases.TryGetValue(name, out var alias))
        {
            company = alias.Company;
            return true;
        }

        company = null!;
        return false;
    }

    internal decimal? UsdPerUnit(string currency, DateOnly? on)
    {
        CurrencyRate? best = null;
        foreach (var rate in Rates.Where(r => r.Currency.Equals(currency, StringComparison.Ordinal)))
        {
            if (best is null || (on is not null && rate.From <= on.Value))
            {
                best = rate;
            }
        }

        return best?.UsdPerUnit;
    }

    // A plain HashSet: a FrozenSet of the alias prefixes tripled the time WithAliases takes, for no faster lookups.
    private static HashSet<string> Prefixes(IEnumerable<string> keys)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            for (var n = 1; n <= key.Length; n++)
            {
                prefixes.Add(key[..n]);
            }
        }

        return prefixes;
    }

    /// <summary>
    /// Whether the word may be an alias first word: some first word starts with its first character and is as long ("and" and
    /// "deal" are not: no alias first word of three letters starts with "a", nor one of four with "d"). A bit test where
    /// <see cref="AliasFirstWordLookup"/> hashes the word; a word outside ASCII is always looked up.
    /// </summary>
    internal bool MayBeAliasFirstWord(ReadOnlySpan<char> word) =>
        word.Length == 0 || word[0] >= 128 || (_aliasFirstWordLengths[word[0]] & (1UL << Math.Min(word.Length, 63))) != 0;

    // For each ASCII first character, bit n set when a word of n characters (63 or more for bit 63) starts with it.
    private static ulong[] LengthsByFirstCharacter(IEnumerable<string> words)
    {
        var lengths = new ulong[128];
        foreach (var word in words.Where(w => w.Length > 0 && w[0] < 128))
        {
            lengths[word[0]] |= 1UL << Math.Min(word.Length, 63);
        }

        return lengths;
    }

    private static SearchValues<char> FirstCharacters(IEnumerable<string> words) =>
        SearchValues.Create(string.Concat(words.Where(w => w.Length > 0).Select(w => w[0]).Distinct()));

    private static int WordCount(string text) => Tokenizer.Tokenize(text).Count;

    private static string FirstToken(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return tokens.Count == 0 ? text : text[tokens[0].Start..tokens[0].End];
    }

    private static List<KeyValuePair<string, string>> ReadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        var files = new List<KeyValuePair<string, string>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Extraction.Data.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = resource[(resource.IndexOf(".Extraction.Data.", StringComparison.Ordinal) + ".Extraction.Data.".Length)..];
            files.Add(new(name, reader.ReadToEnd()));
        }

        return files;
    }

    private static Lexicon FromFiles(IEnumerable<KeyValuePair<string, string>> files)
    {
        var lexicon = new Lexicon([], [], [], [], [], [], [], [], []);
        foreach (var (name, content) in files)
        {
            lexicon.Parse(name, content);
        }

        return lexicon.Freeze();
    }

    private Lexicon Clone() => new(
        new(_companies, StringComparer.Ordinal),
        new(_aliases, StringComparer.Ordinal),
        new(_notCompanies, StringComparer.OrdinalIgnoreCase),
        new(_givenNames, StringComparer.Ordinal),
        new(_companyNouns, StringComparer.Ordinal),
        new(_notModels, StringComparer.Ordinal),
        new(_modelFamilies, StringComparer.Ordinal),
        new(_hardware, StringComparer.Ordinal),
        [.. _rates]);

    private Lexicon Freeze() => new(_companies, _aliases, _notCompanies, _givenNames, _companyNouns, _notModels, _modelFamilies, _hardware, _rates);

    private void Parse(string fileName, string content)
    {
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            switch (fileName)
            {
                case CompaniesFile:
                    AddCompanyLine(cells);
                    break;
                case AliasesFile when cells.Length >= 2:
                    AddAlias(cells[0].Trim(), cells[1].Trim(), CompanyKind.Unknown);
                    break;
                case NotCompaniesFile:
                    _notCompanies.Add(line.Trim());
                    break;
                case PeopleFile:
                    foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        _givenNames.Add(name);
                    }

                    break;
                case CompanyNounsFile:
                    _companyNouns.Add(line.Trim());
                    break;
                case NotModelsFile:
                    _notModels.Add(line.Trim());
                    break;
                case ModelsFile when cells.Length >= 3:
                    _modelFamilies[cells[0].Trim()] = new ModelFamilyEntry(cells[0].Trim(), cells[1].Trim(), cells[2].Trim() == "yes");
                    break;
                case HardwareFile when cells.Length >= 3:
                    var canonical = cells[1].Trim();
                    _hardware[cells[0].Trim()] = new HardwareEntry(canonical, canonical.Split(' ')[0], ParseHardwareKind(cells[2].Trim()));
                    break;
                case CurrencyRatesFile when cells.Length >= 3:
                    _rates.Add(new CurrencyRate(
                        DateOnly.ParseExact(cells[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        cells[1].Trim(),
                        decimal.Parse(cells[2].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture)));
                    break;
            }
        }
    }

    private void AddCompanyLine(string[] cells)
    {
        var (canonical, notAtStart, _) = StripMarkers(cells[0].Trim());
        var kind = cells.Length > 1 ? ParseKind(cells[1].Trim()) : CompanyKind.Unknown;
        var company = new CompanyEntry(canonical, kind);
        _companies[canonical] = company;
        _aliases[canonical] = new CompanyAliasEntry(company, notAtStart);
        if (cells.Length > 2)
        {
            foreach (var cell in cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (alias, aliasNotAtStart, fullName) = StripMarkers(cell);
                _aliases[alias] = new CompanyAliasEntry(company, aliasNotAtStart, fullName);
            }
        }
    }

    private void AddAlias(string alias, string canonical, CompanyKind kind)
    {
        if (alias.Length == 0 || canonical.Length == 0)
        {
            return;
        }

        if (!_companies.TryGetValue(canonical, out var company))
        {
            company = _aliases.TryGetValue(canonical, out var existing) ? existing.Company : new CompanyEntry(canonical, kind);
            _companies[company.Name] = company;
            _aliases.TryAdd(company.Name, new CompanyAliasEntry(company, false));
        }

        _aliases[alias] = new CompanyAliasEntry(company, false);
        _notCompanies.Remove(alias);
    }

    // "~Flex": not a company at the start of a sentence. "=Arista Networks": the company's full name, kept as written by an
    // article that never uses the short name.
    private static (string Name, bool NotAtStart, bool FullName) StripMarkers(string name)
    {
        var notAtStart = false;
        var fullName = false;
        while (name.Length > 1 && name[0] is '~' or '=')
        {
            notAtStart |= name[0] == '~';
            fullName |= name[0] == '=';
            name = name[1..];
        }

        return (name, notAtStart, fullName);
    }

    private static CompanyKind ParseKind(string kind) => kind switch
    {
        "hyperscaler" => CompanyKind.Hyperscaler,
        "chip-maker" => CompanyKind.ChipMaker,
        "ai-lab" => CompanyKind.AiLab,
        "investor" => CompanyKind.Investor,
        "neocloud" => CompanyKind.Neocloud,
        "utility" => CompanyKind.Utility,
        "data-center" => CompanyKind.DataCenter,
        "enterprise" => CompanyKind.Enterprise,
        "other" => CompanyKind.Other,
        _ => CompanyKind.Unknown,
    };

    private static HardwareKind ParseHardwareKind(string kind) => kind switch
    {
        "gpu" => HardwareKind.Gpu,
        "accelerator" => HardwareKind.Accelerator,
        "system" => HardwareKind.System,
        "cpu" => HardwareKind.Cpu,
        _ => HardwareKind.Other,
    };
}
