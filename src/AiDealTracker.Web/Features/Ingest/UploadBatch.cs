using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Web.Features.Ingest;

/// <summary>Ingests uploaded files one by one, reporting after each step; kept apart from the page so it can be tested.</summary>
public sealed class UploadBatch(ArticleIngestor ingestor, DocumentReaderOptions options)
{
    public List<UploadItem> Items { get; } = [];

    public int Done => Items.Count(i => i.State == UploadState.Done);

    public bool Running { get; private set; }

    public async Task RunAsync(IReadOnlyList<(UploadItem Item, Func<long, Stream> Open)> files, Func<Task> changed, CancellationToken cancellationToken)
    {
        Running = true;
        try
        {
            foreach (var (item, open) in files)
            {
                item.State = UploadState.Working;
                await changed();
                if (item.Size > options.MaxBytes)
                {
                    item.Error = $"The file is {item.Size:N0} bytes; the limit is {options.MaxBytes:N0} bytes.";
                }
                else
                {
                    try
                    {
                        await using var stream = open(options.MaxBytes);
                        using var buffer = new MemoryStream();
                        await stream.CopyToAsync(buffer, cancellationToken);
                        item.Result = await ingestor.IngestAsync("upload/" + item.Name, buffer.ToArray(), cancellationToken);
                    }
                    catch (IOException ex)
                    {
                        item.Error = "The upload was interrupted: " + ex.Message;
                    }
                }

                item.State = UploadState.Done;
                await changed();
            }
        }
        finally
        {
            Running = false;
        }
    }
}
