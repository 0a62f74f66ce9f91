using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class DealRuleTests
{
    private static readonly DealExtractor Extractor = DealExtractor.CreateDefault();

    // A later mention of the same companies with another type, no value and no new date retells the first deal.
    [Theory]
    [InlineData("Capacity news\n\nQuorvant Labs agreed to rent GPU capacity from Oracle for $400 million. Separately, Oracle will deliver chips to Quorvant Labs.", DealType.CloudCapacity)]
    [InlineData("Deal news\n\nMicrosoft agreed to acquire Pellucid for $2 billion. Pellucid will also partner with Microsoft on research and receive funding.", DealType.Acquisition)]
    public void Extract_FoldsRetellingIntoFirstDeal(string text, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
    }

    // A system a chip maker built for a customer, with no cloud provider involved, is chip supply.
    [Theory]
    [InlineData("Systems news\n\nAMD unveiled a supercomputer it built for Zentrix Systems Inc., a contract worth $200 million.")]
    [InlineData("Systems news\n\nNvidia built a supercomputer for Tessaro Robotics under a $90 million contract.")]
    public void Extract_SystemBuiltByChipMakerIsChipSupply(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Contains(doc.Deals, d => d.Type == DealType.ChipSupply);
        Assert.DoesNotContain(doc.Deals, d => d.Type == DealType.CloudCapacity);
    }

    // (The first line of a text is its headline.) Investors named in the sentences after "X raised $N" join that round as one investment deal.
    [Theory]
    [InlineData("Funding news\n\nRobotics startup Quorvant Inc. raised $80 million in a Series B round. Brightwater Capital led the round. Google and Oracle also invested.", 4)]
    [InlineData("Funding news\n\nChip designer Pellucid Inc. raised $45 million on Tuesday. Nvidia and Microsoft also participated in the round.", 3)]
    public void Extract_CoInvestorsInFollowingSentencesJoinTheRound(string text, int parties)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(parties, deal.Parties.Count);
        Assert.NotNull(deal.AmountUsd);
    }

    // A customer deploying capacity "built on" a chip maker's GPUs is chip supply, even when the deal is called a collaboration.
    [Theory]
    [InlineData("Compute news\n\nAMD announced a $3 billion collaboration under which Halvora Inc. will deploy 200 megawatts of AI computing built on AMD's Instinct GPUs.")]
    [InlineData("Compute news\n\nNvidia signed an agreement under which Quorvant Inc. will deploy new clusters based on Nvidia chips.")]
    public void Extract_DeployingOnVendorChipsIsChipSupply(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
    }

    // The subject of "raised ... from" receives the money; the subject of "invested ... in" gives it.
    [Theory]
    [InlineData("Funding news\n\nAcme Labs raised $50 million from Zeta Capital in a Series B round.", "Zeta Capital", "Acme Labs")]
    [InlineData("Funding news\n\nBrightwater Capital invested $20 million in Quorvant Systems.", "Brightwater Capital", "Quorvant Systems")]
    public void Extract_InvestmentRoles_FollowWhoGivesTheMoney(string text, string investor, string investee)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Contains(new ExtractedParty(investor, DealRole.Investor), deal.Parties);
        Assert.Contains(new ExtractedParty(investee, DealRole.Investee), deal.Parties);
    }
}
