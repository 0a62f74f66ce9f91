using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Common;

public static class DateText
{
    /// <summary>"19 Mar 2025", "Q2 2025"… at the precision the source gave; an em dash when unknown.</summary>
    public static string Display(DateOnly? date, DatePrecision? precision) =>
        date is { } d ? new PartialDate(d, precision ?? DatePrecision.Day).ToDisplayString() : "—";
}
