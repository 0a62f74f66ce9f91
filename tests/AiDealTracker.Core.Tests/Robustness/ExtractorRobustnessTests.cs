using System.Text;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Robustness;

/// <summary>Whatever the text, extraction returns (never throws) and every span it gives points at the text it quotes.</summary>
public class ExtractorRobustnessTests
{
    private static readonly DealExtractor Extractor = DealExtractor.CreateDefault();

    private static readonly string[] Vocabulary =
    [
        "Corp.", "Inc.", "Ltd", "Co.", "LLC", "U.S.", "Oct.", "Jan.", "$", "€", "£", "₹", "billion", "million", "bn", "m", "k",
        "crore", "%", "-", "–", "—", "’s", "'s", ",", ".", ";", ":", "(", ")", "\"", "“", "”", "\n", "\n\n", "  ", "Q3", "H1",
        "2024", "2025", "14.3", "1,000", "0", "up to", "about", "more than", "a", "the", "and", "with", "signed", "invest", "in",
        "acquire", "stake", "Nvidia", "H100", "GPUs", "Meta", "Platforms", "AWS", "Trainium", "Llama", "4", "GPT-4o", "Acme",
        "Labs", "Capital", "Energy", "Holdings", "Systems", "on", "Monday", "last", "month", "early", "GW", "MW", "ADVERTISEMENT",
        "Share", "[1]", "1", "·", "|", "&", "L&T", "x", "ÄÖÜ", "東京", "\t", "", "Wang", "CEO", "said",
    ];

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        var folders = new[]
        {
            TestPaths.Seeds,
            Path.Combine(TestPaths.Root, "tests", "holdout", "articles"),
            Path.Combine(TestPaths.Shared, "dev-corpus", "articles"),
        };
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestPaths.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Extract_EveryKnownArticle_ReturnsConsistentSpans(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, relativePath));

        var document = Extractor.Extract(new ExtractionInput(text));

        AssertSpansConsistent(document);
    }

    [Fact]
    public void Extract_TenThousandRandomTexts_NeverThrowsAndKeepsSpansConsistent()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 10_000; i++)
        {
            var builder = new StringBuilder();
            var words = random.Next(1, 60);
            for (var w = 0; w < words; w++)
            {
                builder.Append(Vocabulary[random.Next(Vocabulary.Length)]);
                builder.Append(random.Next(4) == 0 ? "" : " ");
            }

            var text = builder.ToString();
            ExtractedDocument document;
            try
            {
                document = Extractor.Extract(new ExtractionInput(text));
            }
            catch (Exception ex)
            {
                Assert.Fail($"Extraction threw {ex.GetType().Name} on: \"{text}\"\n{ex}");
                return;
            }

            AssertSpansConsistent(document);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\n")]
    [InlineData("$")]
    [InlineData("Corp.")]
    [InlineData("Inc. Inc. Inc.")]
    [InlineData("$$$ billion billion")]
    public void Extract_DegenerateText_ReturnsAnEmptyishDocument(string text)
    {
        var document = Extractor.Extract(new ExtractionInput(text));

        Assert.Empty(document.Deals);
        AssertSpansConsistent(document);
    }

    private static void AssertSpansConsistent(ExtractedDocument document)
    {
        var text = document.CleanText;
        var spans = document.Companies.SelectMany(c => c.Mentions)
            .Concat(document.Models.SelectMany(m => m.Mentions))
            .Concat(document.Hardware.SelectMany(h => h.Mentions))
            .Concat(document.Amounts.Select(a => a.Span))
            .Concat(document.Dates.Select(d => d.Span));
        foreach (var span in spans)
        {
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.End, span.Start, text.Length);
        }

        foreach (var evidence in document.Deals.SelectMany(d => d.Evidence).Concat(document.Compute.Select(c => c.Evidence)))
        {
            Assert.InRange(evidence.Start, 0, text.Length);
            Assert.InRange(evidence.End, evidence.Start, text.Length);
            Assert.Equal(text[evidence.Start..evidence.End], evidence.Text);
        }

        foreach (var deal in document.Deals)
        {
            Assert.True(deal.Parties.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2, "a deal needs two companies");
            Assert.InRange(deal.Confidence, 0.0, 1.0);
        }
    }
}
