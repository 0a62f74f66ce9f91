using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class HardwareConfiguration : IEntityTypeConfiguration<Hardware>
{
    public void Configure(EntityTypeBuilder<Hardware> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(200).UseCollation("NOCASE");
        builder.HasIndex(h => h.Name).IsUnique();
        builder.Property(h => h.Vendor).HasMaxLength(200);
    }
}
