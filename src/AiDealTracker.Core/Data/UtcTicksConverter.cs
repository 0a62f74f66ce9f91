using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiDealTracker.Core.Data;

/// <summary>Stores instants as UTC ticks in an INTEGER column, so they sort and compare in SQL.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
