using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>Corrects a company's name, kind and aliases, and accepts or rejects newly discovered companies.</summary>
public sealed class CompanyEditor(EditorSession session)
{
    public async Task<CompanyEditForm?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await session.ReadAsync(cancellationToken);
        var company = await db.Companies.Include(c => c.Aliases).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return company is null ? null : CompanyEditForm.From(company);
    }

    public Task<EditResult<CompanyEditForm>> SaveAsync(ClaimsPrincipal user, CompanyEditForm form, CancellationToken cancellationToken = default) =>
        session.RunAsync(user, "Correct company", async db =>
        {
            var company = await db.Companies.Include(c => c.Aliases).FirstOrDefaultAsync(c => c.Id == form.Id, cancellationToken);
            if (company is null)
            {
                return EditResult.NotFound<CompanyEditForm>();
            }

            if (company.Version != form.Version)
            {
                return EditResult.Conflict<CompanyEditForm>(CompanyEditForm.From(company));
            }

            if (form.Validate(new ValidationContext(form)).FirstOrDefault() is { } invalid)
            {
                return EditResult.Invalid<CompanyEditForm>(invalid.ErrorMessage!);
            }

            var name = form.Name.Trim();
            if (await db.Companies.AnyAsync(c => c.Id != company.Id && c.Name == name, cancellationToken))
            {
                return EditResult.Invalid<CompanyEditForm>($"Another company is already called {name}: merge them instead.");
            }

            var wanted = form.AliasList;
            var taken = await db.CompanyAliases.Where(a => a.CompanyId != company.Id && wanted.Contains(a.Alias)).Select(a => a.Alias).FirstOrDefaultAsync(cancellationToken);
            if (taken is not null)
            {
                return EditResult.Invalid<CompanyEditForm>($"The alias {taken} already belongs to another company.");
            }

            db.Entry(company).Property(c => c.Version).OriginalValue = form.Version;
            if (!company.Name.Equals(name, StringComparison.Ordinal))
            {
                company.CorrectName(name);
            }

            if (company.Kind != form.Kind)
            {
                company.CorrectKind(form.Kind);
            }

            company.Aliases.RemoveAll(a => !wanted.Contains(a.Alias, StringComparer.OrdinalIgnoreCase));
            foreach (var alias in wanted.Where(w => !company.Aliases.Any(a => a.Alias.Equals(w, StringComparison.OrdinalIgnoreCase))))
            {
                company.AddEditorAlias(alias);
            }

            db.Entry(company).State = EntityState.Modified;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                await using var fresh = await session.ReadAsync(cancellationToken);
                var current = await fresh.Companies.Include(c => c.Aliases).AsNoTracking().FirstOrDefaultAsync(c => c.Id == form.Id, cancellationToken);
                return EditResult.Conflict<CompanyEditForm>(current is null ? null : CompanyEditForm.From(current));
            }

            return EditResult.Saved<CompanyEditForm>(company.Id);
        }, cancellationToken);

    public Task<EditResult<CompanyEditForm>> AcceptAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ReviewAsync(user, id, "Accept company", c => c.Accept(), cancellationToken);

    public Task<EditResult<CompanyEditForm>> RejectAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ReviewAsync(user, id, "Reject company", c => c.Reject(), cancellationToken);

    private Task<EditResult<CompanyEditForm>> ReviewAsync(
        ClaimsPrincipal user, int id, string operation, Action<Company> review, CancellationToken cancellationToken) =>
        session.RunAsync(user, operation, async db =>
        {
            var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (company is null)
            {
                return EditResult.NotFound<CompanyEditForm>();
            }

            review(company);
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<CompanyEditForm>(company.Id);
        }, cancellationToken);
}
