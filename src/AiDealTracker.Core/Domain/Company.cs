namespace AiDealTracker.Core.Domain;

public class Company
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public CompanyKind Kind { get; set; }

    /// <summary>Found by discovery rather than the dictionary: editors review it.</summary>
    public bool IsNew { get; set; }

    public ReviewState ReviewState { get; set; }

    public CompanyFields HumanOwned { get; set; }

    /// <summary>Set when an editor merged this company into another one.</summary>
    public int? MergedIntoId { get; set; }

    public int Version { get; set; }

    public List<CompanyAlias> Aliases { get; set; } = [];

    public void CorrectName(string name)
    {
        Name = name.Trim();
        HumanOwned |= CompanyFields.Name;
        ReviewState = ReviewState.Corrected;
    }

    public void Accept()
    {
        IsNew = false;
        if (ReviewState == ReviewState.Pending)
        {
            ReviewState = ReviewState.Accepted;
        }
    }

    public void Reject()
    {
        IsNew = false;
        ReviewState = ReviewState.Rejected;
    }

    /// <summary>Editor aliases feed the dictionary of the next ingestion.</summary>
    public CompanyAlias AddEditorAlias(string alias)
    {
        var added = new CompanyAlias { CompanyId = Id, Alias = alias.Trim(), AddedByEditor = true };
        Aliases.Add(added);
        return added;
    }

    public void MergeInto(Company survivor)
    {
        if (survivor.Id == Id || survivor.MergedIntoId is not null)
        {
            throw new InvalidOperationException("A company can only be merged into another company that is not itself merged.");
        }

        MergedIntoId = survivor.Id;
    }

    public void CorrectKind(CompanyKind kind)
    {
        Kind = kind;
        HumanOwned |= CompanyFields.Kind;
        ReviewState = ReviewState.Corrected;
    }
}

[Flags]
public enum CompanyFields
{
    None = 0,
    Name = 1,
    Kind = 2,
}
