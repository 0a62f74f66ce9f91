using System.Globalization;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Editing;

/// <summary>
/// A small stand-in for the extraction engine: "Microsoft invests $10 billion in OpenAI in 2025-01." is an investment.
/// Editor aliases it is given are applied, like the real dictionary does, and remembered for the tests to inspect.
/// </summary>
internal sealed partial class InvestsExtractorFactory : IExtractorFactory
{
    public List<IReadOnlyCollection<KeyValuePair<string, string>>> AliasesSeen { get; } = [];

    public string Version { get; set; } = "test-1";

    public IArticleExtractor Create(IReadOnlyCollection<KeyValuePair<string, string>> editorAliases)
    {
        AliasesSeen.Add(editorAliases);
        return new Extractor(editorAliases.ToDictionary(a => a.Key, a => a.Value, StringComparer.OrdinalIgnoreCase), Version);
    }

    [GeneratedRegex(@"(?<a>[A-Z][\w]*(?: [A-Z][\w]*)*) invests \$(?<amount>[\d.]+) billion in (?<b>[A-Z][\w]*(?: [A-Z][\w]*)*)(?: in (?<date>\d{4}(?:-\d{2})?))?\.")]
    private static partial Regex Investment();

    private sealed class Extractor(Dictionary<string, string> aliases, string version) : IArticleExtractor
    {
        public string Version => version;

        public ExtractedDocument Extract(ExtractionInput input)
        {
            var deals = new List<ExtractedDeal>();
            var companies = new Dictionary<string, List<TextSpan>>(StringComparer.OrdinalIgnoreCase);
            foreach (Match m in Investment().Matches(input.Text))
            {
                var investor = Canonical(m.Groups["a"]);
                var investee = Canonical(m.Groups["b"]);
                AddMention(companies, investor, m.Groups["a"]);
                AddMention(companies, investee, m.Groups["b"]);
                var amount = decimal.Parse(m.Groups["amount"].Value, CultureInfo.InvariantCulture) * 1_000_000_000m;
                PartialDate? date = PartialDate.TryParse(m.Groups["date"].Value, out var d) ? d : null;
                deals.Add(new ExtractedDeal(
                    [new ExtractedParty(investor, DealRole.Investor), new ExtractedParty(investee, DealRole.Investee)],
                    DealType.Investment,
                    DealStatus.Announced,
                    amount,
                    amount,
                    "USD",
                    AmountQualifier.Exact,
                    date,
                    0.6,
                    [new EvidenceSpan(m.Value, m.Index, m.Index + m.Length)],
                    [],
                    []));
            }

            var extractedCompanies = companies.Select(c => new ExtractedCompany(c.Key, false, CompanyKind.Unknown, c.Value)).ToList();
            return new ExtractedDocument(input.Text, input.Title, input.Published, extractedCompanies, [], [], [], [], deals, []);
        }

        private string Canonical(Group name) => aliases.TryGetValue(name.Value, out var canonical) ? canonical : name.Value;

        private static void AddMention(Dictionary<string, List<TextSpan>> companies, string name, Group span)
        {
            if (!companies.TryGetValue(name, out var spans))
            {
                companies[name] = spans = [];
            }

            spans.Add(new TextSpan(span.Index, span.Index + span.Length));
        }
    }
}
