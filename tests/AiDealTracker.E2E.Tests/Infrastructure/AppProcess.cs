using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AiDealTracker.E2E.Tests.Infrastructure;

/// <summary>The real app, built as usual, started as its own process on a free loopback port with a fresh database.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        Folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The temporary folder holding this instance's database and logs.</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "e2e.db");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aidealtracker-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo(FindAppExecutable())
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "src", "AiDealTracker.Web"),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__DealTracker"] = $"Data Source={Path.Combine(folder, "e2e.db")}";
        info.Environment["Logging__Folder"] = Path.Combine(folder, "logs");
        info.Environment["Ingestion__SeedsPath"] = Path.Combine(RepoPaths.Root, "seeds");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The app did not start.");
        var app = new AppProcess(process, folder, baseAddress);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; nothing depends on it.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not become healthy in {timeout.TotalSeconds:0} s:\n{Output}");
    }

    private static string FindAppExecutable()
    {
        // The test assembly and the app are built with the same configuration: bin/<Configuration>/net9.0/<rid>/.
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var rid = testBin.Name;
        var framework = testBin.Parent!.Name;
        var configuration = testBin.Parent!.Parent!.Name;
        var name = OperatingSystem.IsWindows() ? "AiDealTracker.Web.exe" : "AiDealTracker.Web";
        var path = Path.Combine(RepoPaths.Root, "src", "AiDealTracker.Web", "bin", configuration, framework, rid, name);
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first; the app was not found.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
