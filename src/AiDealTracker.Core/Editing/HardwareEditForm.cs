using System.ComponentModel.DataAnnotations;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Editing;

public sealed class HardwareEditForm
{
    public int Id { get; set; }

    [Required(ErrorMessage = "Hardware needs a name.")]
    [StringLength(200, ErrorMessage = "Names are at most 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "Vendors are at most 200 characters.")]
    public string? Vendor { get; set; }

    public HardwareKind Kind { get; set; }

    public static HardwareEditForm From(Hardware hardware) => new() { Id = hardware.Id, Name = hardware.Name, Vendor = hardware.Vendor, Kind = hardware.Kind };
}
