namespace AiDealTracker.E2E.Tests.Infrastructure;

/// <summary>A test that drives the real app in Chromium; skipped with the reason when Chromium is absent outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
