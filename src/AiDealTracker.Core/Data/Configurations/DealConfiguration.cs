using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiDealTracker.Core.Data.Configurations;

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.Property(d => d.Fingerprint).HasMaxLength(1000);
        builder.Property(d => d.Summary).HasMaxLength(1000);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.PartialDate);
        builder.HasIndex(d => d.Fingerprint);
        builder.HasIndex(d => d.Date);
        builder.HasIndex(d => new { d.Type, d.Date });
        builder.HasIndex(d => d.AmountUsd);
        builder.HasIndex(d => d.UpdatedAt);
        builder.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Hardware).WithOne().HasForeignKey(h => h.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Models).WithOne().HasForeignKey(m => m.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Claims).WithOne().HasForeignKey(c => c.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Deal>().WithMany().HasForeignKey(d => d.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}
