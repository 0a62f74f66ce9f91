using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.HasIndex(m => new { m.Kind, m.Value });
        builder.Property(m => m.Value).HasMaxLength(300);
    }
}
