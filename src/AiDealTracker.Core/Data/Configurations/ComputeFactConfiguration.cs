using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class ComputeFactConfiguration : IEntityTypeConfiguration<ComputeFact>
{
    public void Configure(EntityTypeBuilder<ComputeFact> builder)
    {
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Company).WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.AiModel).WithMany().HasForeignKey(c => c.AiModelId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Hardware).WithMany().HasForeignKey(c => c.HardwareId).OnDelete(DeleteBehavior.SetNull);
    }
}
