using System.ComponentModel.DataAnnotations;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Editing;

public sealed class CompanyEditForm : IValidatableObject
{
    public int Id { get; set; }

    public int Version { get; set; }

    [Required(ErrorMessage = "A company needs a name.")]
    [StringLength(200, ErrorMessage = "Names are at most 200 characters.")]
    public string Name { get; set; } = "";

    public CompanyKind Kind { get; set; }

    /// <summary>One alias a line, as editors type them.</summary>
    public string Aliases { get; set; } = "";

    public IReadOnlyList<string> AliasList =>
        Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AliasList.Any(a => a.Length > 200))
        {
            yield return new ValidationResult("Aliases are at most 200 characters.", [nameof(Aliases)]);
        }

        if (AliasList.Any(a => a.Equals(Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult("An alias cannot repeat the company's name.", [nameof(Aliases)]);
        }
    }

    public static CompanyEditForm From(Company company) => new()
    {
        Id = company.Id,
        Version = company.Version,
        Name = company.Name,
        Kind = company.Kind,
        Aliases = string.Join('\n', company.Aliases.Select(a => a.Alias).Order(StringComparer.OrdinalIgnoreCase)),
    };
}
