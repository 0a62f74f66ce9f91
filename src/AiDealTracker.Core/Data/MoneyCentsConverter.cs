using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiDealTracker.Core.Data;

/// <summary>Stores money as whole cents in an INTEGER column, so it sorts and compares in SQL.</summary>
public sealed class MoneyCentsConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * 100m, 0, MidpointRounding.AwayFromZero),
    v => v / 100m);
