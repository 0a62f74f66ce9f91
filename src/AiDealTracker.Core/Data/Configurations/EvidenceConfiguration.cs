using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.HasOne(e => e.Article).WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Deal>().WithMany(d => d.Evidence).HasForeignKey(e => e.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ComputeFact>().WithMany(c => c.Evidence).HasForeignKey(e => e.ComputeFactId).OnDelete(DeleteBehavior.Cascade);
    }
}
