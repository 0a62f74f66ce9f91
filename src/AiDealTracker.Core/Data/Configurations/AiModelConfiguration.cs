using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class AiModelConfiguration : IEntityTypeConfiguration<AiModel>
{
    public void Configure(EntityTypeBuilder<AiModel> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200).UseCollation("NOCASE");
        builder.HasIndex(m => m.Name).IsUnique();
        builder.Property(m => m.Family).HasMaxLength(200);
        builder.HasOne(m => m.Developer).WithMany().HasForeignKey(m => m.DeveloperId).OnDelete(DeleteBehavior.SetNull);
    }
}
