using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class DealHardwareConfiguration : IEntityTypeConfiguration<DealHardware>
{
    public void Configure(EntityTypeBuilder<DealHardware> builder)
    {
        builder.HasKey(h => new { h.DealId, h.HardwareId });
        builder.HasOne(h => h.Hardware).WithMany().HasForeignKey(h => h.HardwareId).OnDelete(DeleteBehavior.Cascade);
    }
}
