using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>Corrects the catalog entries deals point to: AI models and hardware items.</summary>
public sealed class CatalogEditor(EditorSession session)
{
    public async Task<ModelEditForm?> LoadModelAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await session.ReadAsync(cancellationToken);
        var model = await db.AiModels.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return model is null ? null : ModelEditForm.From(model);
    }

    public async Task<HardwareEditForm?> LoadHardwareAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await session.ReadAsync(cancellationToken);
        var hardware = await db.Hardware.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        return hardware is null ? null : HardwareEditForm.From(hardware);
    }

    public Task<EditResult<ModelEditForm>> SaveModelAsync(ClaimsPrincipal user, ModelEditForm form, CancellationToken cancellationToken = default) =>
        session.RunAsync(user, "Correct model", async db =>
        {
            if (!Validator.TryValidateObject(form, new ValidationContext(form), null, validateAllProperties: true))
            {
                return EditResult.Invalid<ModelEditForm>("A model needs a name of at most 200 characters.");
            }

            var model = await db.AiModels.FirstOrDefaultAsync(m => m.Id == form.Id, cancellationToken);
            if (model is null)
            {
                return EditResult.NotFound<ModelEditForm>();
            }

            var name = form.Name.Trim();
            if (await db.AiModels.AnyAsync(m => m.Id != model.Id && m.Name == name, cancellationToken))
            {
                return EditResult.Invalid<ModelEditForm>($"Another model is already called {name}.");
            }

            model.Correct(name, form.Family, form.DeveloperId);
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<ModelEditForm>(model.Id);
        }, cancellationToken);

    public Task<EditResult<HardwareEditForm>> SaveHardwareAsync(ClaimsPrincipal user, HardwareEditForm form, CancellationToken cancellationToken = default) =>
        session.RunAsync(user, "Correct hardware", async db =>
        {
            if (!Validator.TryValidateObject(form, new ValidationContext(form), null, validateAllProperties: true))
            {
                return EditResult.Invalid<HardwareEditForm>("Hardware needs a name of at most 200 characters.");
            }

            var hardware = await db.Hardware.FirstOrDefaultAsync(h => h.Id == form.Id, cancellationToken);
            if (hardware is null)
            {
                return EditResult.NotFound<HardwareEditForm>();
            }

            var name = form.Name.Trim();
            if (await db.Hardware.AnyAsync(h => h.Id != hardware.Id && h.Name == name, cancellationToken))
            {
                return EditResult.Invalid<HardwareEditForm>($"Other hardware is already called {name}.");
            }

            hardware.Correct(name, form.Vendor, form.Kind);
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<HardwareEditForm>(hardware.Id);
        }, cancellationToken);
}
