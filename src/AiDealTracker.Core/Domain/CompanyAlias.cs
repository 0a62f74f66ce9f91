namespace AiDealTracker.Core.Domain;

public class CompanyAlias
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public string Alias { get; set; } = "";

    /// <summary>Added by an editor; these feed the dictionary of the next ingestion.</summary>
    public bool AddedByEditor { get; set; }
}
