using System.Security.Cryptography;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AiDealTracker.Core.Ingestion;

/// <summary>
/// Reads documents, extracts their facts and stores them, one transaction per article: an article is fully in
/// or fully out. Idempotent by content hash. One batch at a time, so uploads and start-up seeding never race.
/// </summary>
public sealed class ArticleIngestor(
    IDbContextFactory<DealTrackerDbContext> dbFactory,
    DocumentReader reader,
    IExtractorFactory extractorFactory,
    DocumentReaderOptions options,
    TimeProvider time,
    ILogger<ArticleIngestor> logger) : IDisposable
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Files named directly are always read; folders contribute their .txt, .md and .html files. Each file comes with
    /// its source name: the path as given, or "folder/relative/path" for files found in a folder, so that the same
    /// article keeps its name wherever the folder sits.
    /// </summary>
    public static IReadOnlyList<(string Path, string Source)> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
                var folderName = Path.GetFileName(root);
                files.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, (folderName + "/" + Path.GetRelativePath(root, f)).Replace('\\', '/'))));
            }
            else
            {
                files.Add((path, path.Replace('\\', '/')));
            }
        }

        return files;
    }

    public async Task<IngestSummary> IngestFilesAsync(
        IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ExpandPaths(paths);
        var results = new List<IngestResult>(files.Count);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var extractor = await CreateExtractorAsync(cancellationToken);
            foreach (var (file, source) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (bytes, error) = await ReadFileAsync(file, cancellationToken);
                var result = bytes is not null
                    ? await IngestCoreAsync(source, bytes, extractor, cancellationToken)
                    : IngestResult.Failed(source, error ?? "The file could not be read.");
                results.Add(result);
                progress?.Report(new IngestProgress(results.Count, files.Count, result));
            }
        }
        finally
        {
            _gate.Release();
        }

        return new IngestSummary(results);
    }

    public async Task<IngestResult> IngestAsync(string source, byte[] content, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var extractor = await CreateExtractorAsync(cancellationToken);
            return await IngestCoreAsync(source, content, extractor, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs the current extractor again over stored articles (all when <paramref name="articleIds"/> is null).</summary>
    public async Task<IngestSummary> ReextractAsync(
        IReadOnlyCollection<int>? articleIds, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var extractor = await CreateExtractorAsync(cancellationToken);
            List<int> ids;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                var query = db.Articles.AsNoTracking().Select(a => a.Id);
                if (articleIds is not null)
                {
                    query = query.Where(id => articleIds.Contains(id));
                }

                ids = await query.OrderBy(id => id).ToListAsync(cancellationToken);
            }

            var results = new List<IngestResult>(ids.Count);
            foreach (var id in ids)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await ReextractOneAsync(id, extractor, cancellationToken);
                results.Add(result);
                progress?.Report(new IngestProgress(results.Count, ids.Count, result));
            }

            return new IngestSummary(results);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IngestResult> ReextractOneAsync(int articleId, IArticleExtractor extractor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.FirstAsync(a => a.Id == articleId, cancellationToken);
        var extracted = await ExtractWithinBudgetAsync(extractor, new ExtractionInput(article.RawText, article.Title, article.PublishedDate), cancellationToken);
        if (extracted is null)
        {
            return IngestResult.Failed(article.Source, "Extraction took longer than the time budget.");
        }

        var facts = await StoreAsync(db, article, extracted, extractor.Version, cancellationToken);
        return new IngestResult(article.Source, IngestOutcome.Updated, article.Id, facts, null);
    }

    private async Task<IngestResult> IngestCoreAsync(string source, byte[] content, IArticleExtractor extractor, CancellationToken cancellationToken)
    {
        try
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(content));
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var known = await db.Articles.AsNoTracking()
                .Where(a => a.ContentHash == hash)
                .Select(a => (int?)a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (known is not null)
            {
                return new IngestResult(source, IngestOutcome.Unchanged, known, 0, null);
            }

            var read = reader.Read(content, source);
            if (!read.Succeeded)
            {
                logger.LogInformation("Refused {Source}: {Error}", source, read.Error);
                return IngestResult.Failed(source, read.Error);
            }

            var document = read.Document;
            var extracted = await ExtractWithinBudgetAsync(extractor, new ExtractionInput(document.Text, document.Title, document.Published), cancellationToken);
            if (extracted is null)
            {
                return IngestResult.Failed(source, $"Extraction took longer than the time budget of {options.TimeBudget.TotalSeconds:0} s.");
            }

            // The same source with new content is an updated article: it keeps its id, so editors' work on it stays attached.
            var article = await db.Articles.FirstOrDefaultAsync(a => a.Source == source, cancellationToken);
            var outcome = article is null ? IngestOutcome.New : IngestOutcome.Updated;
            article ??= new Article { Source = source, IngestedAt = time.GetUtcNow() };
            article.ContentHash = hash;
            article.Format = document.Format;
            article.Title = Limit(extracted.Title ?? document.Title ?? Path.GetFileNameWithoutExtension(source), 1000);
            article.Byline = document.Byline;
            article.SiteName = document.SiteName;
            article.Language = document.Language;
            article.Url = Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? source : null;
            var published = document.Published ?? extracted.Published;
            article.Published = published?.Start;
            article.PublishedPrecision = published?.Precision;
            article.RawText = document.Text;
            if (article.Id == 0)
            {
                db.Articles.Add(article);
            }

            var facts = await StoreAsync(db, article, extracted, extractor.Version, cancellationToken);
            logger.LogInformation("Ingested {Source} as article {ArticleId} ({Outcome}, {Facts} facts)", source, article.Id, outcome, facts);
            return new IngestResult(source, outcome, article.Id, facts, null);
        }
        catch (ExtractionFailedException ex)
        {
            logger.LogError(ex.InnerException, "Extraction failed on {Source}", source);
            return IngestResult.Failed(source, ex.Message);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or IOException or FormatException or ArgumentException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError(ex, "Failed to ingest {Source}", source);
            return IngestResult.Failed(source, "Could not be stored: " + ex.GetBaseException().Message);
        }
    }

    private async Task<int> StoreAsync(DealTrackerDbContext db, Article article, ExtractedDocument extracted, string version, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        article.Text = extracted.CleanText;
        article.ExtractedAt = time.GetUtcNow();
        article.ExtractorVersion = version;
        await db.SaveChangesAsync(cancellationToken);

        var recorder = new FactRecorder(db, time.GetUtcNow());
        await recorder.ForgetMachineFactsAsync(article, cancellationToken);
        var facts = await recorder.RecordAsync(article, extracted, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await recorder.DropOrphanDealsAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return facts;
    }

    private async Task<ExtractedDocument?> ExtractWithinBudgetAsync(IArticleExtractor extractor, ExtractionInput input, CancellationToken cancellationToken)
    {
        var work = Task.Run(() => extractor.Extract(input), cancellationToken);
        try
        {
            return await work.WaitAsync(options.TimeBudget, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A rule that crashes on one document fails that document, not the batch.
            throw new ExtractionFailedException("Extraction failed: " + ex.Message, ex);
        }
    }

    private async Task<IArticleExtractor> CreateExtractorAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var aliases = await db.CompanyAliases.AsNoTracking()
            .Where(a => a.AddedByEditor)
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new KeyValuePair<string, string>(a.Alias, c.Name))
            .ToListAsync(cancellationToken);
        return extractorFactory.Create(aliases);
    }

    private async Task<(byte[]? Bytes, string? Error)> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "No such file.");
            }

            // Refuse oversize files before reading them into memory.
            if (info.Length > options.MaxBytes)
            {
                return (null, $"The file is {info.Length:N0} bytes; the limit is {options.MaxBytes:N0} bytes.");
            }

            return (await File.ReadAllBytesAsync(path, cancellationToken), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Cannot read {Path}", path);
            return (null, "The file could not be read: " + ex.Message);
        }
    }

    public void Dispose() => _gate.Dispose();

    private static string Limit(string value, int max) => value.Length <= max ? value : value[..max];
}
