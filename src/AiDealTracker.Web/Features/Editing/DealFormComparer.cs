using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Editing;

namespace AiDealTracker.Web.Features.Editing;

/// <summary>Lists what differs between two versions of a deal form, in words, for the conflict notice.</summary>
public static class DealFormComparer
{
    public static IReadOnlyList<FieldDifference> Compare(DealEditForm mine, DealEditForm theirs, IReadOnlyList<IdName> companies, IReadOnlyList<IdName> hardware, IReadOnlyList<IdName> models)
    {
        string Name(IReadOnlyList<IdName> list, int id) => list.FirstOrDefault(c => c.Id == id)?.Name ?? $"#{id}";
        string Parties(DealEditForm f) => string.Join(", ", f.Parties.Where(p => p.CompanyId > 0).Select(p => $"{Name(companies, p.CompanyId)} ({p.Role})"));
        string Hardware(DealEditForm f) => string.Join(", ", f.Hardware.Where(h => h.HardwareId > 0).Select(h => $"{Name(hardware, h.HardwareId)} × {h.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}"));
        string Models(DealEditForm f) => string.Join(", ", f.ModelIds.Select(id => Name(models, id)));

        var pairs = new (string Field, string Mine, string Theirs)[]
        {
            ("Type", DealTypeNames.Display(mine.Type), DealTypeNames.Display(theirs.Type)),
            ("Status", mine.Status.ToString(), theirs.Status.ToString()),
            ("Amount", $"{mine.AmountQualifier} {mine.Amount}", $"{theirs.AmountQualifier} {theirs.Amount}"),
            ("Date", mine.Date ?? "", theirs.Date ?? ""),
            ("Parties", Parties(mine), Parties(theirs)),
            ("Hardware", Hardware(mine), Hardware(theirs)),
            ("Models", Models(mine), Models(theirs)),
        };
        return pairs.Where(p => p.Mine != p.Theirs).Select(p => new FieldDifference(p.Field, p.Mine, p.Theirs)).ToList();
    }
}
