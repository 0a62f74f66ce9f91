using System.Diagnostics;
using System.Globalization;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>A deadline and a node allowance for one document, checked cheaply from inside every loop over the page.</summary>
public sealed class ReadingBudget
{
    private const int CheckEvery = 512;

    private readonly long _deadlineTicks;
    private readonly long _maxNodes;
    private long _nodes;

    public ReadingBudget(TimeSpan timeBudget, long maxNodes = 2_000_000)
    {
        _deadlineTicks = Stopwatch.GetTimestamp() + (long)(timeBudget.TotalSeconds * Stopwatch.Frequency);
        _maxNodes = maxNodes;
        TimeBudget = timeBudget;
    }

    public TimeSpan TimeBudget { get; }

    public TimeSpan Remaining => TimeSpan.FromSeconds(Math.Max(0, _deadlineTicks - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);

    public string ExceededMessage => string.Create(CultureInfo.InvariantCulture, $"Reading the page took longer than the time budget of {TimeBudget.TotalSeconds:0.#} s.");

    /// <summary>Counts one unit of work; throws <see cref="ReadingBudgetExceededException"/> when the page is too big or too slow.</summary>
    public void Tick()
    {
        _nodes++;
        if (_nodes % CheckEvery != 0)
        {
            return;
        }

        if (_nodes > _maxNodes)
        {
            throw new ReadingBudgetExceededException(string.Create(CultureInfo.InvariantCulture, $"The page is too complex to read (more than {_maxNodes:N0} nodes examined)."));
        }

        CheckDeadline();
    }

    public void CheckDeadline()
    {
        if (Stopwatch.GetTimestamp() > _deadlineTicks)
        {
            throw new ReadingBudgetExceededException(ExceededMessage);
        }
    }
}
