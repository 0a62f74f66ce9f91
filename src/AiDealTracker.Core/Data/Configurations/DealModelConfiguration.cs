using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class DealModelConfiguration : IEntityTypeConfiguration<DealModel>
{
    public void Configure(EntityTypeBuilder<DealModel> builder)
    {
        builder.HasKey(m => new { m.DealId, m.AiModelId });
        builder.HasOne(m => m.AiModel).WithMany().HasForeignKey(m => m.AiModelId).OnDelete(DeleteBehavior.Cascade);
    }
}
