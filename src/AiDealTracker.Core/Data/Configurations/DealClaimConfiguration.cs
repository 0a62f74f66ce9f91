using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class DealClaimConfiguration : IEntityTypeConfiguration<DealClaim>
{
    public void Configure(EntityTypeBuilder<DealClaim> builder)
    {
        builder.HasIndex(c => new { c.DealId, c.ArticleId }).IsUnique();
        builder.HasOne(c => c.Article).WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
