using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class CompanyAliasConfiguration : IEntityTypeConfiguration<CompanyAlias>
{
    public void Configure(EntityTypeBuilder<CompanyAlias> builder)
    {
        builder.Property(a => a.Alias).HasMaxLength(200).UseCollation("NOCASE");
        builder.HasIndex(a => a.Alias).IsUnique();
    }
}
