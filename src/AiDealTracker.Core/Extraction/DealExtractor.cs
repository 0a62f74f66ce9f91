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
            AggregateModels(modelMentions),
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
        var tokens = new List<List<Token>>(sentences.Count);
        foreach (var sentence in sentences)
        {
            tokens.Add(Tokenizer.Tokenize(text, sentence.Start, sentence.End));
        }

        var companyMentions = _companies.Find(text, sentences, tokens);
        var dates = DateParser.Parse(text, anchor);
        var amounts = new List<ExtractedAmount>();
        var modelMentions = new List<(string Name, string Family, string? Developer, TextSpan Span)>();
        var hardwareMentions = new List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)>();
        var facts = new List<SentenceFacts>(sentences.Count);
        var companyIndex = 0;
        var dateIndex = 0;
        List<CompanyMention>? products = null;
        // The chip maker or new company named most often so far: whose products the text may name without their maker.
        var mentionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? topic = null;
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
            var sentenceHardware = _hardware.Find(text, tokens[s], sentenceCompanies, topic);
            hardwareMentions.AddRange(sentenceHardware);

            // "Kimi K2", "GB300 NVL72": a name found only by its shape, where a model or a piece of hardware is named, is that
            // product rather than a company.
            for (var k = sentenceCompanies.Count - 1; k >= 0 && (sentenceModels.Count > 0 || sentenceHardware.Count > 0); k--)
            {
                if (sentenceCompanies[k].IsNew && NamesProduct(sentenceCompanies[k].Span, sentenceModels, sentenceHardware))
                {
                    (products ??= []).Add(sentenceCompanies[k]);
                    sentenceCompanies.RemoveAt(k);
                }
            }
            foreach (var company in sentenceCompanies)
            {
                var count = mentionCounts.GetValueOrDefault(company.Name) + 1;
                mentionCounts[company.Name] = count;
                if (company.Kind is CompanyKind.ChipMaker or CompanyKind.Unknown && (topic is null || count > mentionCounts[topic]))
                {
                    topic = company.Name;
                }
            }

            var startsParagraph = span.Start == 0 || text[span.Start - 1] == '\n';
            facts.Add(new SentenceFacts(
                s,
                span,
                sentenceCompanies,
                sentenceAmounts,
                sentenceDates,
                DistinctNames(sentenceModels),
                HardwareNames(sentenceHardware),
                startsParagraph)
            {
                HardwareSpans = HardwareSpans(sentenceHardware),
                IsHeadline = s == 0 && sentences.Count >= 5 && !EndsLikeSentence(text, span) && (span.End == text.Length || text[span.End] == '\n'),
            });
        }

        if (products is not null)
        {
            companyMentions = companyMentions.FindAll(c => !products.Contains(c));
        }

        return new ArticleAnalysis(text, published, sentences, tokens, companyMentions, dates, amounts, modelMentions, hardwareMentions, facts);
    }

    private static bool NamesProduct(TextSpan span, List<(string Name, string Family, string? Developer, TextSpan Span)> models, List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> hardware) =>
        models.Exists(m => m.Span.Overlaps(span)) || hardware.Exists(h => h.Span.Overlaps(span));

    // The models' names in order of first mention, each once (what Select + Distinct gave, without the iterators per sentence).
    private static List<string> DistinctNames(List<(string Name, string Family, string? Developer, TextSpan Span)> models)
    {
        var names = new List<string>(models.Count);
        foreach (var model in models)
        {
            if (!names.Contains(model.Name))
            {
                names.Add(model.Name);
            }
        }

        return names;
    }

    private static List<(string Name, long? Quantity)> HardwareNames(List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> hardware)
    {
        var names = new List<(string Name, long? Quantity)>(hardware.Count);
        foreach (var item in hardware)
        {
            names.Add((item.Name, item.Quantity));
        }

        return names;
    }

    private static List<TextSpan> HardwareSpans(List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> hardware)
    {
        var spans = new List<TextSpan>(hardware.Count);
        foreach (var item in hardware)
        {
            spans.Add(item.Span);
        }

        return spans;
    }

    // A headline has no final stop; one that ends in a quotation ("... build \"AI factories\"") is still a headline.
    private static bool EndsLikeSentence(string text, TextSpan span)
    {
        var last = text[span.End - 1];
        if (last is '"' or '\u201D' && span.End - span.Start >= 2)
        {
            last = text[span.End - 2];
        }

        return last is '.' or '!' or '?';
    }

    private static List<ExtractedCompany> AggregateCompanies(List<CompanyMention> mentions)
    {
        var companies = new List<ExtractedCompany>();
        foreach (var group in GroupByName(mentions, m => m.Name))
        {
            var isNew = true;
            var spans = new List<TextSpan>(group.Count);
            foreach (var mention in group)
            {
                isNew &= mention.IsNew;
                spans.Add(mention.Span);
            }

            companies.Add(new ExtractedCompany(group[0].Name, isNew, group[0].Kind, spans, group[0].DictionaryName));
        }

        return companies;
    }

    private static List<ExtractedModel> AggregateModels(List<(string Name, string Family, string? Developer, TextSpan Span)> mentions)
    {
        var models = new List<ExtractedModel>();
        foreach (var group in GroupByName(mentions, m => m.Name))
        {
            var spans = new List<TextSpan>(group.Count);
            foreach (var mention in group)
            {
                spans.Add(mention.Span);
            }

            models.Add(new ExtractedModel(group[0].Name, group[0].Family, group[0].Developer, spans));
        }

        return models;
    }

    // A vendor's generic "Nvidia GPU" is dropped when the text names one of that vendor's products.
    private static List<ExtractedHardware> AggregateHardware(List<(string Name, string Vendor, HardwareKind Kind, TextSpan Span, long? Quantity)> mentions)
    {
        var specificVendors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!IsGeneric(mention.Name))
            {
                specificVendors.Add(mention.Vendor);
            }
        }

        var kept = mentions.FindAll(m => !IsGeneric(m.Name) || !specificVendors.Contains(m.Vendor));
        var hardware = new List<ExtractedHardware>();
        foreach (var group in GroupByName(kept, m => m.Name))
        {
            long? quantity = null;
            var spans = new List<TextSpan>(group.Count);
            foreach (var mention in group)
            {
                // As Max over long?: the largest stated count, null when none is stated.
                if (mention.Quantity is { } q && (quantity is null || q > quantity))
                {
                    quantity = q;
                }

                spans.Add(mention.Span);
            }

            hardware.Add(new ExtractedHardware(group[0].Name, group[0].Vendor, group[0].Kind, quantity, spans));
        }

        return hardware;
    }

    private static bool IsGeneric(string hardwareName) => hardwareName.EndsWith(" GPU", StringComparison.Ordinal);

    // The items grouped by name (ordinal), groups in order of their first item and items in text order, as GroupBy gives
    // them, without building a lookup and iterators per document.
    private static List<List<T>> GroupByName<T>(List<T> items, Func<T, string> nameOf)
    {
        var groups = new List<List<T>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!index.TryGetValue(nameOf(item), out var g))
            {
                g = groups.Count;
                index.Add(nameOf(item), g);
                groups.Add([]);
            }

            groups[g].Add(item);
        }

        return groups;
    }
}
