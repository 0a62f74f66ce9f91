using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Common;

/// <summary>The deal type palette for components that take a colour value (charts); the same colours as --app-type-* in app.css.</summary>
public static class TypeColors
{
    public static string Hex(DealType type) => type switch
    {
        DealType.Investment => "#3949ab",
        DealType.Acquisition => "#8e24aa",
        DealType.ChipSupply => "#00897b",
        DealType.CloudCapacity => "#1e88e5",
        DealType.Partnership => "#7cb342",
        DealType.JointVenture => "#f4511e",
        DealType.Power => "#fdd835",
        DealType.FundingProgram => "#6d4c41",
        DealType.Talks => "#757575",
        DealType.Hiring => "#d81b60",
        _ => "#546e7a",
    };

    /// <summary>The CSS class that fills an SVG shape with the type's colour.</summary>
    public static string FillClass(DealType type) => "fill-" + DealTypeNames.Slug(type);

    public static string StrokeClass(DealType type) => "stroke-" + DealTypeNames.Slug(type);
}
