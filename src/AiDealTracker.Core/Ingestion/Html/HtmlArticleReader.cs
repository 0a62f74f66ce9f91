using AiDealTracker.Core.Domain;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Reads a decoded web page into article text and metadata, within the document's time budget.</summary>
public static class HtmlArticleReader
{
    private const int ShortArticle = 500;
    private const int MinJsonLdBody = 500;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
    };

    public static DocumentReadResult Read(string html, DocumentReaderOptions options)
    {
        var budget = new ReadingBudget(options.TimeBudget);
        try
        {
            using var document = Parse(html, budget);
            var metadata = HtmlMetadataReader.Read(document, budget);
            var text = new HtmlArticleExtractor(budget, strict: true).Extract(document);
            if (TextNormalizer.VisibleLength(text) < ShortArticle)
            {
                // Extraction leaves the tree as parsed, so the lenient pass reads the same document.
                var lenient = new HtmlArticleExtractor(budget, strict: false).Extract(document);
                if (lenient.Length > text.Length * 1.2)
                {
                    text = lenient;
                }
            }

            if (metadata.JsonLdBody is { Length: >= MinJsonLdBody } jsonLdBody && text.Length < jsonLdBody.Length / 2)
            {
                text = TextOfFragment(jsonLdBody, budget);
            }

            budget.CheckDeadline();
            if (!text.Any(char.IsLetterOrDigit))
            {
                return DocumentReadResult.Fail("The page has no article text.");
            }

            return DocumentReadResult.Ok(new ReadDocument(
                text, ArticleFormat.Html, metadata.Title, metadata.Byline, metadata.SiteName, metadata.Published, metadata.Language));
        }
        catch (ReadingBudgetExceededException exception)
        {
            return DocumentReadResult.Fail(exception.Message);
        }
    }

    /// <summary>Parses with a token that fires at the deadline: some inputs (tens of thousands of nested elements) make tree
    /// building quadratic, and only the asynchronous parse checks for cancellation as it goes.</summary>
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html, ReadingBudget budget)
    {
        using var deadline = new CancellationTokenSource(budget.Remaining);
        try
        {
            var document = new HtmlParser(ParserOptions).ParseDocumentAsync(html, deadline.Token).GetAwaiter().GetResult();
            budget.CheckDeadline();
            return document;
        }
        catch (OperationCanceledException exception)
        {
            throw new ReadingBudgetExceededException(budget.ExceededMessage, exception);
        }
    }

    /// <summary>JSON-LD articleBody is sometimes HTML; it is read as markup so that only its text comes through.</summary>
    private static string TextOfFragment(string fragment, ReadingBudget budget)
    {
        var paragraphs = fragment.Contains('<', StringComparison.Ordinal) ? fragment : string.Join("</p><p>", fragment.Split('\n'));
        using var document = new HtmlParser(ParserOptions).ParseDocument("<!doctype html><body><p>" + paragraphs + "</p></body>");
        var body = document.Body;
        return body is null ? string.Empty : HtmlTextRenderer.Render([body], budget, _ => false);
    }
}
