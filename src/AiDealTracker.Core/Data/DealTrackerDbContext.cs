using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Data;

public class DealTrackerDbContext(DbContextOptions<DealTrackerDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyAlias> CompanyAliases => Set<CompanyAlias>();

    public DbSet<AiModel> AiModels => Set<AiModel>();

    public DbSet<Hardware> Hardware => Set<Hardware>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<DealParty> DealParties => Set<DealParty>();

    public DbSet<DealHardware> DealHardware => Set<DealHardware>();

    public DbSet<DealModel> DealModels => Set<DealModel>();

    public DbSet<DealClaim> DealClaims => Set<DealClaim>();

    public DbSet<ComputeFact> ComputeFacts => Set<ComputeFact>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DealTrackerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal or offset types: money as integer cents, instants as UTC ticks.
        configurationBuilder.Properties<decimal>().HaveConversion<MoneyCentsConverter>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
