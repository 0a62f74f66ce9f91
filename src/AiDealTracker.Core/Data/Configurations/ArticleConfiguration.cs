using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.Source);
        builder.HasIndex(a => a.Published);
        builder.Property(a => a.Source).HasMaxLength(2048);
        builder.Property(a => a.Url).HasMaxLength(2048);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.ExtractorVersion).HasMaxLength(50);
        builder.Ignore(a => a.PublishedDate);
        builder.HasMany(a => a.Mentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
