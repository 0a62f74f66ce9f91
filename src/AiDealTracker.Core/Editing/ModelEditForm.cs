using System.ComponentModel.DataAnnotations;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Editing;

public sealed class ModelEditForm
{
    public int Id { get; set; }

    [Required(ErrorMessage = "A model needs a name.")]
    [StringLength(200, ErrorMessage = "Names are at most 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "Families are at most 200 characters.")]
    public string? Family { get; set; }

    public int? DeveloperId { get; set; }

    public static ModelEditForm From(AiModel model) => new() { Id = model.Id, Name = model.Name, Family = model.Family, DeveloperId = model.DeveloperId };
}
