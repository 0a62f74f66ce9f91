using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>The extraction engine. Pure: text in, records out. Thread-safe; build once, call often.</summary>
public sealed class DealExtractor : IArticleExtractor
{
    private readonly Lexicon _lexicon;
    private readonly CompanyRecognizer _companies;
    private readonly ModelRecognizer _models;
    private readonly HardwareRecognizer _hardware;
    private readonly AmountParser _amounts;

    private DealExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _companies = new CompanyRecognizer(lexicon);
        _models = new ModelRecognizer(lexicon);
        _hardware = new HardwareRecognizer(lexicon);
        _amounts = new AmountParser(lexicon);
    }

    public string Version => "1.0";

    public Lexicon Lexicon => _lexicon;

    public static DealExtractor CreateDefault() => Create(Lexicon.LoadDefault());

    /// <summary>An extractor over a given dictionary, e.g. <c>Lexicon.Load(folder).WithAliases(editorAliases)</c>.</summary>
    public static DealExtractor Create(Lexicon lexicon) => new(lexicon);

    public ExtractedDocument Extract(ExtractionInput input)
    {
        var analysis = Analyze(input);
        var (deals, compute) = DealFinder.Find(analysis.Text, analysis.Facts, analysis.DayPublished);
        var modelMentions = analysis.ModelMentions;
        return new ExtractedDocument(
            analysis.Text,
            input.Title,
            analysis.Published,
            AggregateCompanies(analysis.CompanyMentions),
            [.. modelMentions.GroupBy(m => m.Name, StringComparer.Ordinal).Select(g => new ExtractedModel(g.Key, g.First().Family, g.First().Developer, [.. g.Select(m => m.Span)]))],
            AggregateHardware(analysis.HardwareMentions),
            analysis.Amounts,
            analysis.Dates,
            deals,
            compute)
        {
            Measures = MeasureParser.Parse(analysis.Text),
            Sentences = analysis.Sentences,
        };
    }

    /// <summary>Every stage before the deal stage: cleaning, sentences, tokens, companies, dates, amounts, models, hardware.</summary>
    internal ArticleAnalysis Analyze(ExtractionInput input)
    {
        var cleaned = TextCleaner.Clean(input.Text ?? string.Empty);
        var text = cleaned.Text;
        var published = input.Published ?? DateParser.FindPublished(text);
        DateOnly? anchor = published is { Precision: DatePrecision.Day or DatePrecision.Month } p ? p.Start : null;

        var sentences = SentenceSplitter.Split(text);
        var tokens = sentences.Select(s => Tokenizer.Tokenize(text, s.Start, s.End)).ToList();
        var companyMentions = _companies.Find(text, sentences, tokens);
        var dates = DateParser.Parse(text, anchor);
        var amounts = new List<ExtractedAmount>();
        var modelMentions = new List<(string Name, string Family, string? Developer, TextSpan Span)>();
        var hardwareMentions = new List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)>();
        var facts = new List<SentenceFacts>(sentences.Count);
        var companyIndex = 0;
        var dateIndex = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s];
            var sentenceCompanies = new List<CompanyMention>();
            while (companyIndex < companyMentions.Count && companyMentions[companyIndex].Span.Start < span.End)
            {
                if (companyMentions[companyIndex].Span.Start >= span.Start)
                {
                    sentenceCompanies.Add(companyMentions[companyIndex]);
                }

                companyIndex++;
            }

            var sentenceDates = new List<ExtractedDate>();
            while (dateIndex < dates.Count && dates[dateIndex].Span.Start < span.End)
            {
                if (dates[dateIndex].Span.Start >= span.Start)
                {
                    sentenceDates.Add(dates[dateIndex]);
                }

                dateIndex++;
            }

            var sentenceAmounts = _amounts.Parse(text, span.Start, span.End, anchor);
            amounts.AddRange(sentenceAmounts);
            var sentenceModels = _models.Find(text, tokens[s]);
            modelMentions.AddRange(sentenceModels);
            var sentenceHardware = _hardware.Find(text, tokens[s], sentenceCompanies);
            hardwareMentions.AddRange(sentenceHardware);
            var startsParagraph = span.Start == 0 || text[span.Start - 1] == '\n';
            facts.Add(new SentenceFacts(
                s,
                span,
                sentenceCompanies,
                sentenceAmounts,
                sentenceDates,
                [.. sentenceModels.Select(m => m.Name).Distinct(StringComparer.Ordinal)],
                [.. sentenceHardware.Select(h => (h.Name, h.Quantity))],
                startsParagraph)
            {
                HardwareSpans = [.. sentenceHardware.Select(h => h.Span)],
                IsHeadline = s == 0 && sentences.Count >= 5 && text[span.End - 1] is not ('.' or '"' or '!' or '?') && (span.End == text.Length || text[span.End] == '\n'),
            });
        }

        return new ArticleAnalysis(text, published, sentences, tokens, companyMentions, dates, amounts, modelMentions, hardwareMentions, facts);
    }

    private static List<ExtractedCompany> AggregateCompanies(List<CompanyMention> mentions) =>
        [.. mentions.GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => new ExtractedCompany(g.Key, g.All(m => m.IsNew), g.First().Kind, [.. g.Select(m => m.Span)], g.First().DictionaryName))];

    private static List<ExtractedHardware> AggregateHardware(List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> mentions)
    {
        var specificVendors = mentions.Where(m => !m.Name.EndsWith(" GPU", StringComparison.Ordinal)).Select(m => m.Vendor).ToHashSet(StringComparer.Ordinal);
        return [.. mentions
            .Where(m => !m.Name.EndsWith(" GPU", StringComparison.Ordinal) || !specificVendors.Contains(m.Vendor))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => new ExtractedHardware(g.Key, g.First().Vendor, g.First().Kind, g.Max(m => m.Quantity), [.. g.Select(m => m.Span)]))];
    }
}
