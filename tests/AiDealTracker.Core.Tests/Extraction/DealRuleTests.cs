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

    // The subject of "raised ... from" receives the money; the subject of "invested ... in" gives it; "a stake in X": X receives it.
    [Theory]
    [InlineData("Funding news\n\nAcme Labs raised $50 million from Zeta Capital in a Series B round.", "Zeta Capital", "Acme Labs")]
    [InlineData("Funding news\n\nBrightwater Capital invested $20 million in Quorvant Systems.", "Brightwater Capital", "Quorvant Systems")]
    [InlineData("Funding news\n\nGoogle took a minority stake in Quorvant Systems through a funding round of about $800 million led by Brightwater Capital.", "Google", "Quorvant Systems")]
    public void Extract_InvestmentRoles_FollowWhoGivesTheMoney(string text, string investor, string investee)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Contains(new ExtractedParty(investor, DealRole.Investor), deal.Parties);
        Assert.Contains(new ExtractedParty(investee, DealRole.Investee), deal.Parties);
    }

    // A pronoun subject stands for the company that acted in the sentence before, also across a sentence whose own subject is a pronoun.
    [Theory]
    [InlineData("Chip news\n\nPellucid Labs is one of several startups Nvidia has absorbed. Earlier this year it bought Quorvant Systems for $300 million.", "Nvidia", "Quorvant Systems")]
    [InlineData("Funding news\n\nHalvora Labs has raised money quickly. In 2024 it raised $50 million. In April it raised $200 million in a round led by Brightwater Capital.", "Halvora Labs", "Brightwater Capital")]
    [InlineData("Chip news\n\nPellucid Labs's bet is that inference will matter more, a market where Nvidia's GPUs dominate. It last raised money in 2023, when Brightwater Capital led a $110 million round.", "Pellucid Labs", "Brightwater Capital")]
    public void Extract_PronounSubject_IsTheCompanyThatActedBefore(string text, string subject, string counterparty)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { subject, counterparty }.Order(StringComparer.Ordinal)));
    }

    // A company named inside another company's description is not a party, and the description's wording does not type the deal.
    [Theory]
    [InlineData("Deal news\n\nQuorvant Labs, Microsoft's closest partner, signed a $2 billion agreement to rent computing capacity from Halvora Cloud.", "Microsoft", DealType.CloudCapacity)]
    [InlineData("Deal news\n\nBrightwater Capital is leading a $500 million financing round in Halvora Energy, a Texas-based reactor designer that buys Nvidia chips.", "Nvidia", DealType.Investment)]
    public void Extract_DescriptionOfACompany_AddsNoPartyAndNoType(string text, string notParty, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
        Assert.DoesNotContain(deal.Parties, p => p.Name == notParty);
    }

    // Chips allotted to a company ("is taking 50,000 GPUs", "some 60,000 GPUs go to X") with no supplier named come from the
    // chip maker the article is about.
    [Theory]
    [InlineData("Chip news\n\nNvidia will supply 200,000 of its processors to Korean companies, it said. No prices were given. Halvora Motor Group is taking 50,000 GPUs for its factories.", "Halvora Motor Group")]
    [InlineData("Chip news\n\nAMD will supply 100,000 of its processors to Nordic companies, it said. No prices were given. The largest block, some 60,000 GPUs, goes to Pellucid Cloud, a hosting firm.", "Pellucid Cloud")]
    public void Extract_ChipsAllottedToACompany_ComeFromTheArticlesChipMaker(string text, string customer)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == customer);
        Assert.Contains(deal.Parties, p => p.Role == DealRole.Supplier && p.Name is "Nvidia" or "AMD");
    }

    // Companies named together as the subject that invest in something that is no company are partners in it, as is a company
    // the investing one builds it with.
    [Theory]
    [InlineData("Chip news\n\nHalvora Motor Group and Nvidia will invest $3 billion in a robotics cluster in Korea.")]
    [InlineData("Chip news\n\nSeparately, Pellucid Labs and AMD said they would put about $1 billion, together with state support, into a research campus.")]
    [InlineData("Power news\n\nPellucid Labs and Halvora Capital said on Wednesday they would work together to invest $50 billion in data centers.")]
    [InlineData("Compute news\n\nPellucid Labs plans to invest $50 billion in American computing infrastructure, starting with data centers that will be built with the cloud company Halvora Systems, it said. Pellucid said Halvora Systems was picked for its ability to deliver gigawatts of power quickly.")]
    public void Extract_InvestingTogetherInAThing_IsPartnership(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Partnership, deal.Type);
        Assert.All(deal.Parties, p => Assert.Equal(DealRole.Partner, p.Role));
    }

    // A headline ending in a quotation is still a headline, which tells no deal of its own: the body tells it.
    [Fact]
    public void Extract_HeadlineEndingInQuotation_AddsNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("Nvidia to ship GPUs as Pellucid Labs and Halvora build \"AI factories\"\n\nNvidia will sell 50,000 GPUs to Pellucid Labs. The chips arrive next year. Prices were not given. Analysts expect more orders. The company said demand is high."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.ChipSupply);
        Assert.DoesNotContain(doc.Deals, d => d.Evidence.Any(e => e.Start == 0));
    }

    // "The two companies" are those of the deal told last; a sum a named partnership aims at does not make it an investment.
    [Fact]
    public void Extract_TheTwoCompanies_AreThoseOfTheLastDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nPellucid Labs agreed to buy Halvora Systems for $2 billion on Monday. A year ago, the two companies and Brightwater Capital unveiled a partnership aimed at spurring $20 billion of investment in data centers."));

        var partnership = Assert.Single(doc.Deals, d => d.Type == DealType.Partnership);
        Assert.Equal(["Brightwater Capital", "Halvora Systems", "Pellucid Labs"], partnership.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "A list long dominated by Nvidia" names Nvidia in passing.
    [Fact]
    public void Extract_MarketDominatedByACompany_NamesItInPassing()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nHalvora Cloud agreed to rent computing capacity to Pellucid Labs, adding a supplier to a list long dominated by Nvidia."));

        var deal = Assert.Single(doc.Deals);
        Assert.DoesNotContain(deal.Parties, p => p.Name == "Nvidia");
    }

    // "The plant, once owned by X," names a past owner in passing.
    [Fact]
    public void Extract_PastOwner_IsNoParty()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nPellucid Labs agreed to buy the plant, once owned by Tarnwell Motors, from Halvora Systems for $230 million."));

        var deal = Assert.Single(doc.Deals);
        Assert.DoesNotContain(deal.Parties, p => p.Name == "Tarnwell Motors");
    }

    // "Working with X" is a partnership when X is a company, not when it is a description ("American suppliers").
    [Theory]
    [InlineData("Deal news\n\nPellucid Labs is working with Halvora Systems on a new project.", 1)]
    [InlineData("Deal news\n\nPellucid Labs said it would drop hardware made by Halvora Systems in order to keep working with American suppliers.", 0)]
    public void Extract_WorkingWith_IsPartnershipOnlyWithACompany(string text, int deals)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(deals, doc.Deals.Count(d => d.Type == DealType.Partnership));
    }

    // The agreement of an acquisition, told again with its earlier date, is that acquisition.
    [Fact]
    public void Extract_AgreementOfAnAcquisition_IsThatAcquisition()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nNEW YORK, July 2, 2025 — Pellucid Labs said on Wednesday that it had completed its $14 billion acquisition of Halvora Systems. The two companies first announced the agreement in January 2024."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(2, deal.Evidence.Count);
    }

    // Spending on a chip maker's hardware is buying it from that maker.
    [Fact]
    public void Extract_SpendingOnHardware_IsChipSupply()
    {
        var doc = Extractor.Extract(new ExtractionInput("Lab news\n\nIn September, Halvora Systems said it would spend about $200 million on AI hardware, including a cluster of Nvidia DGX H100 systems."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal(["Halvora Systems", "Nvidia"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // Using a cloud's own chips ("Google's TPU chips", "Amazon's Trainium") is renting capacity from that cloud.
    [Theory]
    [InlineData("Compute news\n\nPellucid Labs has also agreed to use up to one million of Google's TPU chips, a deal worth billions.", "Google")]
    [InlineData("Compute news\n\nPellucid Labs will use Amazon's Trainium processors to train its next models.", "Amazon")]
    public void Extract_UsingACloudsOwnChips_IsCloudCapacity(string text, string provider)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == provider && p.Role == DealRole.Provider);
    }

    // A product developed or designed with other companies is a partnership with them.
    [Theory]
    [InlineData("Chip news\n\nPellucid Labs raised $20 million. It has also shown a server design, developed with Halvora Systems and Broadcom, for data centers.")]
    [InlineData("Chip news\n\nPellucid Labs and Halvora Systems co-designed a memory module for inference servers.")]
    public void Extract_DevelopedWith_IsPartnership(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Contains(doc.Deals, d => d.Type == DealType.Partnership && d.Parties.Any(p => p.Name == "Pellucid Labs") && d.Parties.Any(p => p.Name == "Halvora Systems"));
    }

    // Two acquisitions told in one sentence, the second with a pronoun subject, are two deals.
    [Fact]
    public void Extract_PronounClause_IsADealOfItsOwn()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nIn October 2023 AMD bought Pellucid Labs, a compiler developer, and earlier that year it had bought Halvora Systems, a French startup."));

        Assert.Equal(2, doc.Deals.Count(d => d.Type == DealType.Acquisition));
        Assert.All(doc.Deals, d => Assert.Contains(d.Parties, p => p.Name == "AMD"));
    }

    // Buying a minority of a company, or an amount of its stock, is an investment, not an acquisition.
    [Theory]
    [InlineData("Deal news\n\nBrightwater Capital agreed to buy roughly a fifth of Halvora Systems for $150 million.")]
    [InlineData("Deal news\n\nBrightwater Capital bought a 15% stake in Halvora Systems for $150 million.")]
    [InlineData("Deal news\n\nNvidia has bought $2 billion of Halvora Systems common stock, as part of a broader agreement to move its software onto Nvidia chips.")]
    public void Extract_MinorityHolding_IsInvestment(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
    }

    // A ceiling smaller than the deal's own value is a part of it, not the headline value.
    [Fact]
    public void Extract_SmallerCeiling_IsNotTheHeadlineValue()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nAMD agreed to acquire Pellucid Systems for $4.9 billion, including as much as $400 million more tied to milestones."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(4_900_000_000m, deal.AmountUsd);
    }

    // A new name that is the start of another company's name in the same text is that company.
    [Fact]
    public void Extract_ShortForm_IsTheFullName()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nAMD agreed to acquire Pellucid Systems for $2 billion. The sale of Pellucid's factories to contract manufacturer Halvora Inc. followed once AMD finished buying Pellucid."));

        Assert.Contains(doc.Companies, c => c.Name == "Pellucid Systems");
        Assert.DoesNotContain(doc.Companies, c => c.Name == "Pellucid");
    }

    // "X, the lab that Google bought in 2014": the deal told inside a description, the company described is the one bought;
    // a company in the next clause ("and later left Google to start Y") is not a party.
    [Fact]
    public void Extract_RelativeClauseAcquisition_NamesTheTargetBefore()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nShe co-founded Pellucid Labs, the London research lab that Google bought in 2014 for $500 million, and later left Google to start Quorvant Systems Inc."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(DealStatus.Completed, deal.Status);
        Assert.Contains(new ExtractedParty("Google", DealRole.Acquirer), deal.Parties);
        Assert.Contains(new ExtractedParty("Pellucid Labs", DealRole.Target), deal.Parties);
        Assert.Equal(2, deal.Parties.Count);
    }

    // A partnership among some of a typed deal's parties is a term of it, unless the text calls it separate.
    [Theory]
    [InlineData("Deal news\n\nQuorvant Labs, Brightwater Capital and Halvora Capital formed a $15 billion joint venture to build a campus. Brightwater Capital and Halvora Capital are jointly sponsoring the project.", 1)]
    [InlineData("Deal news\n\nAMD agreed to sell the manufacturing operations of Pellucid Systems to Halvora Inc. for $3 billion. Under a separate arrangement, Halvora Inc. becomes AMD's preferred manufacturing partner.", 2)]
    public void Extract_PartnershipWithinTypedDeal_FoldsUnlessSeparate(string text, int deals)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(deals, doc.Deals.Count);
    }

    // Ended talks and an arrangement in effect between the same companies are two deals; the chip brand is not a party.
    [Fact]
    public void Extract_EndedTalksAndCurrentRental_AreTwoDeals()
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\nQuorvant Labs and Oracle ended negotiations over a $10 billion agreement under which Quorvant Labs would have rented Nvidia AI chips from Oracle. Quorvant Labs currently rents about 16,000 chips from Oracle."));

        Assert.Equal(2, doc.Deals.Count);
        Assert.Contains(doc.Deals, d => d.Status == DealStatus.Talks);
        Assert.Contains(doc.Deals, d => d.Status == DealStatus.Completed);
        Assert.All(doc.Deals, d => Assert.DoesNotContain(d.Parties, p => p.Name == "Nvidia"));
    }

    // A deal the text calls a partnership, with no price, stays a partnership whatever it covers.
    [Fact]
    public void Extract_NamedPartnership_WithoutPrice_IsPartnership()
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\nAmazon and Pellucid Labs announced an expanded partnership that made Amazon the startup's preferred cloud provider for training models."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Partnership, deal.Type);
    }

    // Talks of unstated substance with two companies are two talks.
    [Fact]
    public void Extract_TalksWithTwoCompanies_AreTwoTalks()
    {
        var doc = Extractor.Extract(new ExtractionInput("Talks news\n\nThe newspaper also reported that Pellucid Labs is holding talks with OpenAI and Elon Musk's xAI."));

        Assert.Equal(2, doc.Deals.Count(d => d.Type == DealType.Talks));
        Assert.All(doc.Deals, d => Assert.Equal(2, d.Parties.Count));
    }

    // A company named by its kind ("in the chipmaker") is the company of that kind named just before.
    [Fact]
    public void Extract_ObjectNamedByKind_IsTheCompanyOfThatKind()
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\nIntel has struggled to win AI customers. Last month SoftBank agreed to invest $2 billion in the chipmaker."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Intel");
        Assert.Contains(deal.Parties, p => p.Name == "SoftBank");
    }

    // Companies each followed by their own amount, then a common counterparty, are one deal each.
    [Theory]
    [InlineData("Funding news\n\nMicrosoft will invest up to $5 billion and Nvidia up to $10 billion in Pellucid Labs.")]
    [InlineData("Funding news\n\nMicrosoft and Nvidia will invest $5 billion and $10 billion, respectively, in Pellucid Labs.")]
    public void Extract_EachInvestorWithItsAmount_IsADealOfItsOwn(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(2, doc.Deals.Count);
        Assert.Contains(doc.Deals, d => d.AmountUsd == 5_000_000_000m && d.Parties.Any(p => p.Name == "Microsoft") && d.Parties.All(p => p.Name != "Nvidia"));
        Assert.Contains(doc.Deals, d => d.AmountUsd == 10_000_000_000m && d.Parties.Any(p => p.Name == "Nvidia") && d.Parties.All(p => p.Name != "Microsoft"));
    }

    // Wording that only looks like a deal: raising concerns, investors pricing in, a bid to reduce reliance, a fusion interconnect.
    [Theory]
    [InlineData("Market news\n\nQualcomm, Microsoft and Google were among the companies reported to have raised concerns with regulators.")]
    [InlineData("Market news\n\nDeutsche Telekom and Nvidia are building a computing center in Munich, a bid to reduce the region's reliance on American clouds.")]
    [InlineData("Chip news\n\nQualcomm said its processors would connect to Nvidia's GPUs using Nvidia's NVLink Fusion interconnect.")]
    public void Extract_DealLookalikes_AreNotInvestmentsBidsOrPower(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.DoesNotContain(doc.Deals, d => d.Type is DealType.Investment or DealType.Acquisition or DealType.Power);
    }

    // A deal called off is at the talks stage, whatever stage it had reached.
    [Fact]
    public void Extract_TerminatedAgreement_IsTalks()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nNvidia and SoftBank said they had terminated the agreement under which Nvidia would have bought Pellucid Systems for $40 billion."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(DealStatus.Talks, deal.Status);
    }

    // Wording inside a company's name does not make a deal: "CPP Investments" is no investment.
    [Fact]
    public void Extract_TriggerWordInsideCompanyName_IsNoTrigger()
    {
        var doc = Extractor.Extract(new ExtractionInput("Venture news\n\nCPP Investments and GIC will each own 37.5% of the new venture and Equinix will hold 25%."));

        Assert.DoesNotContain(doc.Deals, d => d.Type == DealType.Investment);
    }

    // "The purchase adds ..." inside a sentence speaks of a deal already told.
    [Fact]
    public void Extract_DealNounAsSubjectOfRemark_AddsNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nFor AMD's chief executive, the purchase adds a large business to a company that has been taking share from Intel."));

        Assert.Empty(doc.Deals);
    }

    // Two deals in one sentence, the second with a pronoun subject, also when only two companies are named.
    [Fact]
    public void Extract_PronounClauseWithTwoCompanies_IsADealOfItsOwn()
    {
        var doc = Extractor.Extract(new ExtractionInput("Power news\n\nGoogle has bought power from many sources. In May it signed an agreement with Pellucid Power to prepare three reactor sites, and in 2021 it struck a deal with Halvora Energy to supply its data centers with geothermal power."));

        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { "Google", "Pellucid Power" }));
        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { "Google", "Halvora Energy" }));
    }

    // Acquiring a named company is an acquisition, whatever else the sentence says ("creating the largest supplier of ...").
    [Fact]
    public void Extract_AcquisitionOfNamedCompany_IsAcquisition()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nHalvora Systems said it had completed its acquisition of Quorvant Labs, creating the largest supplier of chip-design software."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Systems" && p.Role == DealRole.Acquirer);
    }

    // "The largest U.S. supplier of chipmaking tools agreed to buy ...": a description standing as the subject is the company
    // the text has been talking about.
    [Fact]
    public void Extract_DescriptionAsSubject_IsTheCompanyBefore()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nHalvora Systems reported strong orders on Monday. The largest U.S. supplier of etching tools agreed in 2019 to buy Quorvant Labs from Brightwater Capital for $2.2 billion."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Systems" && p.Role == DealRole.Acquirer);
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs" && p.Role == DealRole.Target);
        Assert.Contains(deal.Parties, p => p.Name == "Brightwater Capital" && p.Role == DealRole.Seller);
    }

    // One company buying the same company, told when agreed and when completed or ended, is one acquisition: dated at completion
    // when it completed, at the agreement when it was ended.
    [Theory]
    [InlineData("Deal news\n\nHELSINKI, July 17, 2025 -- Halvora Systems said on Thursday it had completed its acquisition of Quorvant Labs. Halvora Systems agreed to buy Quorvant Labs in January 2024 for $35 billion.", DealStatus.Completed, 2025, 7)]
    [InlineData("Deal news\n\nHELSINKI, March 29, 2021 -- Halvora Systems said on Monday it had terminated its planned acquisition of Quorvant Labs. Halvora Systems agreed in July 2019 to buy Quorvant Labs for $2.2 billion.", DealStatus.Talks, 2019, 7)]
    public void Extract_AcquisitionToldAtTwoStages_IsOneDeal(string text, DealStatus status, int year, int month)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(status, deal.Status);
        Assert.NotNull(deal.AmountUsd);
        Assert.Equal(year, deal.Date!.Value.Start.Year);
        Assert.Equal(month, deal.Date!.Value.Start.Month);
    }

    // A failed purchase and a later one at another price are two deals.
    [Fact]
    public void Extract_FailedBidAndLaterPurchaseAtOtherPrice_AreTwoDeals()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nHalvora Systems agreed to buy Quorvant Labs for $8 billion on Tuesday. Talks between Halvora Systems and Quorvant Labs collapsed in April 2024 over a $11 billion price."));

        Assert.Equal(2, doc.Deals.Count(d => d.Parties.Any(p => p.Name == "Quorvant Labs")));
    }

    // In a sale the subject sells and the company it sells to buys.
    [Fact]
    public void Extract_Sale_SubjectSellsAndBuyerBuys()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nHalvora Systems agreed to sell its optical business to Quorvant Labs for $300 million."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Systems" && p.Role == DealRole.Seller);
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs" && p.Role == DealRole.Acquirer);
    }

    // "took control of X from Y" is an acquisition with Y as seller; a walked-away "offer for X" is an acquisition in talks.
    [Theory]
    [InlineData("Deal news\n\nBrightwater Capital took control of Quorvant Labs from Halvora Systems in 2017.", DealStatus.Completed)]
    [InlineData("Deal news\n\nBrightwater Capital walked away from its $44 billion offer for Quorvant Labs in 2018.", DealStatus.Talks)]
    public void Extract_ControlAndOffers_AreAcquisitions(string text, DealStatus status)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(status, deal.Status);
        Assert.Contains(deal.Parties, p => p.Name == "Brightwater Capital" && p.Role == DealRole.Acquirer);
    }

    // Investors named in the sentence after a round with a lead investor join that round; a company inside a joiner's description
    // does not.
    [Fact]
    public void Extract_InvestorsAfterLedRound_JoinIt()
    {
        var doc = Extractor.Extract(new ExtractionInput("Funding news\n\nQuorvant Labs said on Thursday it had raised $73.6 million in a funding round led by Brightwater Capital. Zeta Capital and Nvidia also invested, as did Halvora Ventures, the family office of Microsoft's founder."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(["Brightwater Capital", "Halvora Ventures", "Nvidia", "Quorvant Labs", "Zeta Capital"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs" && p.Role == DealRole.Investee);
    }

    // "a former scientist at X and Y" tells a person's past; X and Y are not parties to what the sentence goes on to say.
    [Fact]
    public void Extract_CompaniesInPersonsPast_AreNoParties()
    {
        var doc = Extractor.Extract(new ExtractionInput("Compute news\n\nChief executive Jane Roe, a former research scientist at OpenAI and Google, has said the company runs on chips rented from cloud providers."));

        Assert.Empty(doc.Deals);
    }

    // With no other supplier named, the maker of the chips a company buys or builds on is the supplier.
    [Theory]
    [InlineData("Chip news\n\nHalvora Cloud will deploy 50,000 AMD MI450 chips.")]
    [InlineData("Chip news\n\nHalvora Cloud will offer a supercluster built on 50,000 of AMD's next-generation Instinct MI450 graphics processors, the two companies said.")]
    public void Extract_ChipsBoughtFromTheirMaker_AreChipSupply(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "AMD" && p.Role == DealRole.Supplier);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Cloud" && p.Role == DealRole.Customer);
    }

    // A provider that already rents out clusters built on a chip maker's hardware has bought it; that arrangement in effect and a
    // new order between the same companies are two deals.
    [Fact]
    public void Extract_NewOrderAndArrangementInEffect_AreTwoDeals()
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\nHalvora Cloud will deploy 50,000 AMD MI450 chips. Halvora Cloud has been one of AMD's most loyal customers. It already rents out clusters built on the older AMD MI300X."));

        Assert.Equal(2, doc.Deals.Count(d => d.Type == DealType.ChipSupply));
        Assert.Contains(doc.Deals, d => d.Status == DealStatus.Completed);
    }

    // "A's order for reactors from B and C's investment in D": deals named by a company's noun phrase are one deal each.
    [Fact]
    public void Extract_TwoNominalDealsInOneSentence_AreTwoDeals()
    {
        var doc = Extractor.Extract(new ExtractionInput("Power news\n\nGoogle's order for reactors from Halvora Power and Amazon's investment in Quorvant Energy both came in October."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.Power && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { "Google", "Halvora Power" }));
        Assert.Contains(doc.Deals, d => d.Type == DealType.Investment && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { "Amazon", "Quorvant Energy" }));
    }

    // Passive and relative acquisitions: "was bought by", "which was taken private by"; the company before is the target.
    [Theory]
    [InlineData("Deal news\n\nQuorvant Labs was bought by Halvora Systems in a deal valued at about $11 billion in 2022.")]
    [InlineData("Deal news\n\nQuorvant Labs, which was taken private by Halvora Systems in a deal valued at about $11 billion in 2022, runs colocation campuses.")]
    public void Extract_PassiveAcquisition_TargetComesFirst(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs" && p.Role == DealRole.Target);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Systems" && p.Role == DealRole.Acquirer);
        Assert.Equal(2022, deal.Date!.Value.Start.Year);
    }

    // Supplying megawatts is a power deal.
    [Fact]
    public void Extract_SupplyingMegawatts_IsPower()
    {
        var doc = Extractor.Extract(new ExtractionInput("Power news\n\nHalvora Power signed a pre-agreement to supply up to 500 megawatts to Quorvant Cloud."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Power, deal.Type);
    }

    // A company that is also a word ("Switch") counts at the start of a sentence when the text names it elsewhere, and a company
    // inside another one's description is not what a later pronoun stands for.
    [Fact]
    public void Extract_WordLikeNameAtSentenceStart_CountsWhenNamedElsewhere()
    {
        var doc = Extractor.Extract(new ExtractionInput("Power news\n\nHalvora Power signed a power agreement with Switch on Monday. Switch, which was taken private by Quorvant Capital in 2022, runs colocation campuses."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.Acquisition && d.Parties.Any(p => p.Name == "Switch" && p.Role == DealRole.Target));
    }

    // Talks between two companies that do a typed deal in the same text were about that kind of deal.
    [Fact]
    public void Extract_TalksBetweenBuyerAndTarget_AreAcquisitionTalks()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nHalvora Systems said on Tuesday it had agreed to acquire Quorvant Labs for about $8 billion. The two sides were in advanced talks in April 2024 about a deal that would have valued Quorvant Labs at more than $11 billion, but negotiations ended without agreement."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.Acquisition && d.Status == DealStatus.Announced);
        Assert.Contains(doc.Deals, d => d.Type == DealType.Acquisition && d.Status == DealStatus.Talks);
    }

    // "paid $X for Y" buys Y; "founded in 1993" does not date the deal; "was taken private in 2015 by" makes the subject the target.
    [Theory]
    [InlineData("Deal news\n\nHalvora Systems grew by buying. Before that, the company paid $15.7 billion for Tableau in 2019.", "Tableau", 2019)]
    [InlineData("Deal news\n\nQuorvant Labs, founded in 1993, was taken private in 2015 by Permira.", "Quorvant Labs", 2015)]
    public void Extract_PaidForAndTakenPrivate_AreAcquisitions(string text, string target, int year)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == target && p.Role == DealRole.Target);
        Assert.Equal(year, deal.Date!.Value.Start.Year);
    }

    // "Google pays Apple to ...", "Apple has also worked with OpenAI": an unpriced arrangement between two companies.
    [Theory]
    [InlineData("Search news\n\nHalvora Labs pays Quorvant Systems to be the default search engine on its devices.")]
    [InlineData("Search news\n\nQuorvant Systems has also worked with Halvora Labs on its assistant.")]
    public void Extract_PayingOrWorkingWith_IsPartnership(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Partnership, deal.Type);
    }

    // One subject doing two things with two companies ("signed ... with B and has lined up ... from C") makes two deals; the
    // company capacity comes from provides it.
    [Fact]
    public void Extract_SubjectWithTwoVerbPhrases_MakesTwoDeals()
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\nQuorvant Labs has also signed a capacity agreement with Halvora Cloud and has lined up cloud capacity from Zeta Compute."));

        Assert.Equal(2, doc.Deals.Count(d => d.Type == DealType.CloudCapacity));
        Assert.Contains(doc.Deals, d => d.Parties.Any(p => p.Name == "Zeta Compute" && p.Role == DealRole.Provider) && d.Parties.Any(p => p.Name == "Quorvant Labs" && p.Role == DealRole.Customer));
        Assert.Contains(doc.Deals, d => d.Parties.Any(p => p.Name == "Halvora Cloud") && d.Parties.Any(p => p.Name == "Quorvant Labs"));
    }

    // Providing or supplying computing capacity to a company is cloud capacity; the company it goes to is the customer.
    [Fact]
    public void Extract_ProvidingCapacity_IsCloudCapacity()
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\nHalvora Cloud has signed a five-year agreement worth about $3 billion to provide AI computing capacity to Quorvant Labs."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs" && p.Role == DealRole.Customer);
    }

    // A sentence naming no company adds no deal unless it speaks of the deal or both sides; "a controlling stake" is an acquisition.
    [Theory]
    [InlineData("Deal news\n\nHalvora Cloud agreed to rent capacity from Quorvant Labs. The company was created when a buyer group acquired the Russian operations.", 1)]
    [InlineData("Deal news\n\nHalvora Capital bought a controlling stake in Quorvant Labs in 2018.", 1)]
    public void Extract_NoCompanyNamed_AddsNoDeal(string text, int deals)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(deals, doc.Deals.Count);
        Assert.DoesNotContain(doc.Deals, d => d.Type == DealType.Investment);
    }

    // A round opened by its raiser (whose description names other companies) is joined by the investors told next; investors
    // "part of the financing" invest in that raiser; a relative clause's raise is the company's it follows.
    [Fact]
    public void Extract_RoundToldOverSeveralSentences()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nPARIS, Dec 11, 2023 (Wire) - Quorvant Labs, the start-up founded by former Meta and Google researchers, said on Sunday it had raised €385 million, giving Europe a contender in the race dominated by OpenAI. " +
            "The round was led by Brightwater Capital. Zeta Ventures and Halvora Capital all joined. " +
            "Bloomberg reported last week that Nvidia and Salesforce had agreed to invest roughly €120 million as part of the financing. " +
            "The new financing lifts Quorvant Labs level with Tessaro Labs, which said last month that it had raised more than $500 million from a group that includes retailer Schwarz Group and SAP."));

        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { "Brightwater Capital", "Halvora Capital", "Quorvant Labs", "Zeta Ventures" }));
        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { "Nvidia", "Quorvant Labs", "Salesforce" })
            && d.Parties.Any(p => p.Name == "Quorvant Labs" && p.Role == DealRole.Investee));
        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(new[] { "SAP", "Schwarz Group", "Tessaro Labs" }));
        Assert.DoesNotContain(doc.Deals, d => d.Parties.Any(p => p.Name is "OpenAI" or "Meta" or "Google"));
    }

    // "X, which has invested $8 billion in the company": the relative clause tells what X did; a second tranche ("and another
    // $1 billion in January") is a deal of its own.
    [Fact]
    public void Extract_RelativeInvestmentAndSecondTranche()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nSAN FRANCISCO, Oct 23, 2025 (Wire) - Quorvant Labs has grown fast. Halvora Cloud, which has invested $8 billion in the company, remains its main partner. " +
            "Zeta Capital is also a shareholder. It put $2 billion into Quorvant Labs in 2023 and another $1 billion in January."));

        Assert.Contains(doc.Deals, d => d.AmountUsd == 8_000_000_000m && d.Parties.Any(p => p.Name == "Halvora Cloud" && p.Role == DealRole.Investor) && d.Parties.Any(p => p.Name == "Quorvant Labs"));
        Assert.Contains(doc.Deals, d => d.AmountUsd == 2_000_000_000m && d.Date!.Value.Start.Year == 2023);
        Assert.Contains(doc.Deals, d => d.AmountUsd == 1_000_000_000m && d.Parties.Any(p => p.Name == "Zeta Capital"));
    }

    // The parties saying it makes a deal announced even when its value comes from people familiar with it; using a cloud's TPUs is
    // renting capacity.
    [Fact]
    public void Extract_PartiesSayingItIsAnnounced()
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\nQuorvant Labs will expand its use of Google's tensor processing units to one million chips, the two companies said on Thursday, in an agreement that people familiar with it valued at tens of billions of dollars."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Equal(DealStatus.Announced, deal.Status);
    }

    // Fuel cells, hydroelectric power and a plant's output are power deals; forming a venture with a company is a joint venture.
    [Theory]
    [InlineData("Power news\n\nZeta Cloud agreed to buy up to 1 gigawatt of Bloom Energy fuel cells for its data centers.", DealType.Power)]
    [InlineData("Power news\n\nZeta Cloud signed a 20-year deal with Halvora Energy for the output of its Clinton plant.", DealType.Power)]
    [InlineData("Venture news\n\nLast month Zeta Cloud agreed to form a venture with Halvora Capital to develop two data centers.", DealType.JointVenture)]
    public void Extract_PowerAndVentureWording(string text, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Contains(doc.Deals, d => d.Type == type);
    }

    // "A and B were among its earlier backers" invest in the company talked about; "X counts Y among its backers" makes Y an
    // investor in X.
    [Fact]
    public void Extract_BackersAndPronounRelatives()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nQuorvant Labs raised money for years. Microsoft and Sequoia Capital were among its earlier backers. " +
            "Halvora Robotics counts OpenAI among its backers."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.Investment && d.Parties.Any(p => p.Name == "Quorvant Labs" && p.Role == DealRole.Investee) && d.Parties.Any(p => p.Name == "Sequoia Capital"));
        Assert.Contains(doc.Deals, d => d.Type == DealType.Investment && d.Parties.Any(p => p.Name == "Halvora Robotics" && p.Role == DealRole.Investee) && d.Parties.Any(p => p.Name == "OpenAI" && p.Role == DealRole.Investor));
    }

    // "Its previous financing ... was led by X" is the company's own earlier round; "values it at" is no value of a deal.
    [Fact]
    public void Extract_ItsPreviousFinancing_IsTheCompanysRound()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nQuorvant Labs said on Tuesday that it had raised $676 million in a Series D round led by Halvora Capital. " +
            "The company said the round values it at more than $5 billion. " +
            "Its previous financing, a $250 million Series C, was led by Zeta Capital and closed in February of last year."));

        Assert.Contains(doc.Deals, d => d.AmountUsd == 250_000_000m && d.Parties.Any(p => p.Name == "Quorvant Labs" && p.Role == DealRole.Investee) && d.Parties.Any(p => p.Name == "Zeta Capital" && p.Role == DealRole.Investor));
        Assert.DoesNotContain(doc.Deals, d => d.AmountUsd == 5_000_000_000m);
    }

    // Buying a company's plants, campus or sites is an acquisition, also when the plants make power; the company bought from sells.
    [Theory]
    [InlineData("Deal news\n\nZeta Cloud bought the data-center campus beside the plant from Halvora Energy for $650 million in March 2024.")]
    [InlineData("Deal news\n\nIn March Zeta Cloud agreed to pay $560 million for six Texas plants owned by Halvora Energy.")]
    [InlineData("Deal news\n\nZeta Cloud agreed to buy a fleet of natural-gas power plants from Halvora Energy in a deal valued at $12 billion.")]
    public void Extract_BuyingPlantsOrSitesIsAnAcquisition(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Zeta Cloud" && p.Role == DealRole.Acquirer);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Energy");
    }

    // A contract with no other wording is typed by its sides: with a cloud, its customer buys capacity; between two other
    // companies it is a partnership; a contract with no company named after "with" is no deal.
    [Theory]
    [InlineData("Cloud news\n\nQuorvant Labs signed a contract with Oracle in September that was valued at about $300 billion.", DealType.CloudCapacity)]
    [InlineData("Cloud news\n\nQuorvant Labs has signed contracts worth about $11.9 billion with CoreWeave.", DealType.CloudCapacity)]
    [InlineData("Robot news\n\nQuorvant Labs signed a five-year deal with Halvora Robotics.", DealType.Partnership)]
    public void Extract_ContractIsTypedByItsSides(string text, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
    }

    [Fact]
    public void Extract_ContractsWithUnnamedProviders_AreNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Cloud news\n\nQuorvant Labs buys capacity from Oracle. Skeptics point out that Quorvant Labs is not yet profitable and has signed capacity deals with several other providers."));

        Assert.DoesNotContain(doc.Deals, d => d.Evidence.Any(e => e.Text.Contains("Skeptics", StringComparison.Ordinal)));
    }

    // Using a company's cloud, or having it as one's cloud provider, is cloud capacity from it.
    [Theory]
    [InlineData("Cloud news\n\nQuorvant Labs plans to use Google's cloud to meet its growing need for computing power, people familiar with the matter said.")]
    [InlineData("Cloud news\n\nGoogle had been Quorvant Labs' exclusive cloud provider until January.")]
    public void Extract_UsingACloudIsCloudCapacity(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Google" && p.Role == DealRole.Provider);
    }

    // "X also put in money, as did Y", "the new round drew X", and a further sentence of backers join the round told before.
    [Fact]
    public void Extract_BackersToldOverSeveralSentencesJoinTheRound()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nQuorvant Labs said on Monday it had raised $640 million in a Series D round. The financing was led by Halvora Capital. " +
            "Zeta Capital and Brightwater Capital also put in money, as did Tessaro Ventures. Besides them, the new round drew Orsino Partners. " +
            "Lumen Peak Capital also invested."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(640_000_000m, deal.AmountUsd);
        Assert.Equal(
            ["Brightwater Capital", "Halvora Capital", "Lumen Peak Capital", "Orsino Partners", "Quorvant Labs", "Tessaro Ventures", "Zeta Capital"],
            deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(DealRole.Investee, deal.Parties.Single(p => p.Name == "Quorvant Labs").Role);
    }

    // "Its previous round" is the round-raising company's, even when a company its pronoun subject acted on was named since;
    // a company named as a person's employer takes no part.
    [Fact]
    public void Extract_ItsPreviousRound_IsTheRaisersAndEmployersTakeNoPart()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nQuorvant Labs said on Monday it had raised $640 million in a round led by Halvora Capital. " +
            "Last year the company toured Samsung's Texas campus. The raise is a large step up. " +
            "Its previous round, a $300 million Series C in 2021, was co-led by Zeta Capital and Brightwater Capital and valued Quorvant Labs at $1 billion. " +
            "Alongside the funding, Quorvant Labs named Jane Roe, a former Intel executive, as chief operating officer, and said that John Doe, Meta's chief AI scientist, would advise it."));

        var earlier = Assert.Single(doc.Deals, d => d.AmountUsd == 300_000_000m);
        Assert.Equal(["Brightwater Capital", "Quorvant Labs", "Zeta Capital"], earlier.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(doc.Deals, d => d.Parties.Any(p => p.Name is "Intel" or "Samsung" or "Meta"));
    }

    // A company that a pronoun subject stands for is the deal's subject; the article's main company is not added to a deal
    // whose first named company follows "with".
    [Fact]
    public void Extract_PronounSubject_KeepsTheArticleTopicOut()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Lease news\n\nHalvora Digital said it had signed leases with CoreWeave at its campus. " +
            "CoreWeave also rents capacity from Zeta Cloud under long-term hosting contracts. " +
            "The company went public in March and has since signed a five-year contract with Quorvant Labs worth $11.9 billion."));

        var deal = Assert.Single(doc.Deals, d => d.AmountUsd == 11_900_000_000m);
        Assert.Equal(["CoreWeave", "Quorvant Labs"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "work with X", "develop a process with X" are partnerships when a company follows "with"; each company after its own
    // "with" is a deal of its own; "develop models with the money" is none.
    [Fact]
    public void Extract_WorkOrDevelopWithCompanies_ArePartnershipsOneEach()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Factory news\n\nIn April, Nvidia said it would work with Halvora Robotics in Houston and with Zeta Systems in Fort Worth on factories. " +
            "Last month Quorvant Labs agreed to develop a 12-nanometer process with Brightwater Technologies. " +
            "Tessaro Labs will develop new models with the money from Orsino Capital's fund."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.Partnership && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Halvora Robotics", "Nvidia"]));
        Assert.Contains(doc.Deals, d => d.Type == DealType.Partnership && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Nvidia", "Zeta Systems"]));
        Assert.Contains(doc.Deals, d => d.Type == DealType.Partnership && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Brightwater Technologies", "Quorvant Labs"]));
        Assert.DoesNotContain(doc.Deals, d => d.Parties.Any(p => p.Name == "Tessaro Labs"));
    }

    // "the venture it formed with X and Y" is a joint venture of all three; "the Japanese group" after "with" is the group named before.
    [Fact]
    public void Extract_VentureFormedWith_AndDescribedGroup()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Venture news\n\nQuorvant Labs is building data centers through Polaris, the $500 billion venture it formed with Zeta Cloud and Halvora Capital. " +
            "Tessaro Group bought the plant from Brightwater Systems. Brightwater Systems will keep running the factory under a joint venture with the Japanese group, one person said."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.JointVenture && d.AmountUsd == 500_000_000_000m
            && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Halvora Capital", "Quorvant Labs", "Zeta Cloud"]));
        Assert.Contains(doc.Deals, d => d.Type == DealType.JointVenture
            && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Brightwater Systems", "Tessaro Group"]));
    }

    // "a 20-year deal for power from X's plant" is a power deal.
    [Fact]
    public void Extract_DealForPowerFrom_IsPower()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Power news\n\nQuorvant Labs signed a 20-year deal earlier this month for power from Halvora Energy's Clinton plant in Illinois."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Power, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Energy" && p.Role == DealRole.Supplier);
    }

    // An agreement signed "ending months of negotiation" is no longer talks; "Under the deal, ..." in the next sentence tells what
    // the agreement is.
    [Fact]
    public void Extract_AgreementEndingTalks_IsTheDealToldUnderIt()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Deal news\n\nHalvora Systems and Quorvant Labs said on Tuesday they had signed a new definitive agreement, ending months of negotiation. " +
            "Under the deal, Halvora Systems' investment is converted into a stake of about 27% in Quorvant Labs valued at $135 billion."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.NotEqual(DealStatus.Talks, deal.Status);
        Assert.Equal(135_000_000_000m, deal.AmountUsd);
        Assert.Equal(2, deal.Evidence.Count);
    }

    // "It is also buying X" right after the same buyer's purchase, with no price of its own, is one more target of it.
    [Fact]
    public void Extract_AlsoBuying_JoinsThePurchaseJustTold()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Deal news\n\nZeta Power agreed on Monday to buy a fleet of gas plants from Halvora Energy in a deal valued at $12 billion. " +
            "It is also buying Tessaro Systems, which pays customers to cut their usage."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(["Halvora Energy", "Tessaro Systems", "Zeta Power"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // Buying plants or sites with no company to buy them from is no deal.
    [Fact]
    public void Extract_BuyingAssetsFromNoOne_IsNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("Market news\n\nBrightwater Capital and Zeta Capital have also been buying data centers and power assets."));

        Assert.Empty(doc.Deals);
    }

    // Companies signed up as a cloud's customers each buy capacity from it; "X, which helps Y design the processors" partners with Y.
    [Fact]
    public void Extract_CustomersSignedUp_AndHelpsDesign()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Cloud news\n\nGoogle has signed up Quorvant Labs, Halvora Robotics and Zeta Systems as TPU customers. " +
            "Broadcom, which helps Tessaro Labs design its processors, also gained."));

        foreach (var customer in new[] { "Quorvant Labs", "Halvora Robotics", "Zeta Systems" })
        {
            Assert.Contains(doc.Deals, d => d.Type == DealType.CloudCapacity && d.Parties.Count == 2
                && d.Parties.Any(p => p.Name == "Google" && p.Role == DealRole.Provider) && d.Parties.Any(p => p.Name == customer && p.Role == DealRole.Customer));
        }

        Assert.Contains(doc.Deals, d => d.Type == DealType.Partnership && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Broadcom", "Tessaro Labs"]));
    }

    // "It was not clear whether ..." has no pronoun subject standing for a company.
    [Fact]
    public void Extract_ExpletiveIt_StandsForNoCompany()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Cloud news\n\nQuorvant Labs signed a lease for a campus in Texas. It was not clear whether Zeta Systems will use TPUs in Google's data centers."));

        Assert.DoesNotContain(doc.Deals, d => d.Parties.Any(p => p.Name == "Quorvant Labs") && d.Parties.Any(p => p.Name == "Zeta Systems"));
    }

    // A dictionary company inside a compound word ("Microsoft-backed", "Nvidia-based") is named, in passing: no party to the
    // deal; "a Zeta Capital-led round" is not such a compound, and "BlackRock-led" names the round's leader.
    [Fact]
    public void Extract_CompanyInCompoundWord_IsNamedInPassing()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Deal news\n\nThe Microsoft-backed startup Quorvant Labs signed a partnership with Halvora Robotics to run Nvidia-based chips. " +
            "Tessaro Labs raised $40 million in a BlackRock-led round."));

        Assert.Contains(doc.Companies, c => c.Name == "Microsoft");
        Assert.Contains(doc.Companies, c => c.Name == "Nvidia");
        Assert.Contains(doc.Deals, d => d.Type == DealType.Partnership && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Halvora Robotics", "Quorvant Labs"]));
        Assert.Contains(doc.Deals, d => d.Type == DealType.Investment && d.Parties.Any(p => p.Name == "BlackRock" && p.Role == DealRole.Investor));
    }

    // A foundry making a company's chips supplies them: "picked X's foundry business to produce", "chiplets are manufactured by
    // X", "will manufacture a chip on X 18A". A system "built by" a company is no chip supply.
    [Theory]
    [InlineData("Chip news\n\nQuorvant Labs sells access to its LPUs through a cloud service that runs models such as Meta's Llama 3.1. Last year the company picked Samsung's foundry business to produce its next chips on a 4-nanometer process.", "Samsung")]
    [InlineData("Chip news\n\nQuorvant Labs makes optical chiplets. Its chiplets are manufactured by GlobalFoundries.", "GlobalFoundries")]
    [InlineData("Chip news\n\nIntel said on Wednesday that Quorvant Labs will manufacture a chip of its own design on Intel 18A.", "Intel")]
    public void Extract_FoundryMakingChips_IsChipSupply(string text, string foundry)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal(new[] { "Quorvant Labs", foundry }.Order(StringComparer.Ordinal), deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_SystemBuiltByACompany_IsNoFoundryDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("Cluster news\n\nThe cluster will be built by Halvora Systems and operated by Quorvant Labs and Oracle."));

        Assert.DoesNotContain(doc.Deals, d => d.Type == DealType.ChipSupply);
    }

    // The first word of a dictionary company of several words, standing alone ("Ayar's optical chiplet"), is that company,
    // also at a sentence start when it owns something; "Its chiplets" stands for it.
    [Fact]
    public void Extract_FirstWordOfDictionaryName_AtSentenceStart()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nAyar Labs raised $155 million on Wednesday. Lockheed Martin Ventures and Playground Global are among its shareholders. " +
            "Ayar's optical chiplet is designed to sit inside a GPU package. Its chiplets are manufactured by GlobalFoundries."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.ChipSupply && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Ayar Labs", "GlobalFoundries"]));
    }

    // A relative clause whose subject is the company before it tells that company's own deal, beside the sentence's.
    [Fact]
    public void Extract_SubjectRelativeClause_TellsItsCompanysDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Hiring news\n\nFor Halvora Systems, which has already put $400 million into Quorvant Labs, the hires add expertise in agents."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Halvora Systems" && p.Role == DealRole.Investor);
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs" && p.Role == DealRole.Investee);
    }

    // One seller of capacity and several buyers: one deal per buyer. A cloud that rents out capacity sells to a hyperscaler.
    [Fact]
    public void Extract_OneCloudWithSeveralCustomers_IsOneDealPerCustomer()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Cloud news\n\nThe orders add to the backlog at CoreWeave, which has signed capacity contracts worth tens of billions of dollars with Quorvant Labs and Meta this year."));

        Assert.Equal(2, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal(DealType.CloudCapacity, d.Type));
        Assert.All(doc.Deals, d => Assert.Contains(d.Parties, p => p.Name == "CoreWeave" && p.Role == DealRole.Provider));
        Assert.Contains(doc.Deals, d => d.Parties.Any(p => p.Name == "Meta" && p.Role == DealRole.Customer));
        Assert.Contains(doc.Deals, d => d.Parties.Any(p => p.Name == "Quorvant Labs" && p.Role == DealRole.Customer));
    }

    // "... and bought X", "... and paid $N for X": a second deal verb without an auxiliary starts a verb phrase of the same subject.
    [Theory]
    [InlineData("Deal news\n\nHalvora Systems bought Quorvant Labs in 2016 and paid $1.5 billion for Tessaro Robotics in 2017.")]
    [InlineData("Deal news\n\nHalvora Systems completed its takeover of Quorvant Labs in March, bringing in a thousand engineers, and bought the Finnish lab Tessaro Robotics for $665 million.")]
    public void Extract_SecondDealVerbOfTheSameSubject_IsItsOwnDeal(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(2, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal(DealType.Acquisition, d.Type));
        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Halvora Systems", "Quorvant Labs"]));
        Assert.Contains(doc.Deals, d => d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Halvora Systems", "Tessaro Robotics"]));
    }

    // "a joint venture between A, a description, and B": the pair after "between" is one list, and the venture named as formed
    // is not one of its own members.
    [Fact]
    public void Extract_JointVentureBetweenTwo_HasTheTwoAsMembers()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Venture news\n\nAdaniConneX was formed in 2021 as a joint venture between Halvora Systems, the flagship of a conglomerate, and Tessaro Labs, a data-center operator."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.JointVenture, deal.Type);
        Assert.Equal(["Halvora Systems", "Tessaro Labs"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // Money spent on computing ("buy $N of Azure services", "spend $N over seven years on capacity") is rented capacity, whatever
    // the verb; a relative clause's purchase does not retype the sentence's own deal.
    [Theory]
    [InlineData("Cloud news\n\nUnder an agreement announced on Monday, Quorvant Labs will spend $38 billion over seven years on capacity in Amazon's data centers.", "Amazon")]
    [InlineData("Cloud news\n\nQuorvant Labs agreed to buy an additional $25 billion of Azure services from Microsoft.", "Microsoft")]
    public void Extract_MoneySpentOnComputing_IsCloudCapacity(string text, string provider)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == provider && p.Role == DealRole.Provider);
    }

    [Fact]
    public void Extract_ComputePurchaseInRelativeClause_KeepsTheSentencesInvestment()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nMicrosoft will invest up to $5 billion in Quorvant Labs, which in turn has committed to buy $30 billion of computing capacity from Oracle."));

        Assert.Contains(doc.Deals, d => d.Type == DealType.Investment && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Microsoft", "Quorvant Labs"]));
        Assert.Contains(doc.Deals, d => d.Type == DealType.CloudCapacity && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Oracle", "Quorvant Labs"]));
    }

    // Agreements in the plural with a list of companies are one agreement with each; one partnership with two companies is one deal.
    [Theory]
    [InlineData("Power news\n\nEarlier this year Meta signed power deals with RWE, Avangrid and Halvora Energy for solar projects in Texas.", 3)]
    [InlineData("Power news\n\nThrough its renewable arm, Brookfield has signed long-term clean-energy frameworks with Microsoft and Google.", 2)]
    [InlineData("Systems news\n\nAMD said it would team up with Hewlett Packard Enterprise and Oracle on two systems, in a partnership valued at about $1 billion.", 1)]
    public void Extract_PluralAgreementsWithAList_AreOneDealEach(string text, int deals)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(deals, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal(deals == 1 ? 3 : 2, d.Parties.Count));
    }

    // Buying a chip maker's chips is chip supply from it; a company the chips are for is not a party.
    [Theory]
    [InlineData("Chip news\n\nOracle plans to buy roughly $40 billion of Nvidia's most advanced processors to fill a data center being built in Texas for Quorvant Labs, the newspaper reported.")]
    [InlineData("Chip news\n\nOracle ordered 10,000 of Nvidia's GB200 chips for Quorvant Labs.")]
    public void Extract_BuyingAChipMakersChips_IsChipSupplyFromIt(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal(["Nvidia", "Oracle"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(deal.Parties, p => p.Name == "Nvidia" && p.Role == DealRole.Supplier);
    }

    // Paying for a share of a company buys into it: more than half is an acquisition, less an investment.
    [Theory]
    [InlineData("Deal news\n\nUnder the agreement announced on Tuesday, Oracle will pay $850 million in cash for 75% of Lambda and will buy the rest later.", DealType.Acquisition)]
    [InlineData("Deal news\n\nUnder the agreement announced on Tuesday, Oracle will pay $85 million for 10% of Lambda.", DealType.Investment)]
    public void Extract_PayingForAShareOfACompany_BuysIntoIt(string text, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
        Assert.Equal(["Lambda", "Oracle"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // Taking part in a company's round invests in it: the company named as owner of the round, or the start-up the text is about.
    [Theory]
    [InlineData("Network news\n\nQuorvant Labs designs networking chips. Nvidia knows the company well: it took part in the start-up's $125 million funding round in 2023, which was led by Brightwater Capital.", "Quorvant Labs")]
    [InlineData("Funding news\n\nGoogle participated in Anthropic's $450 million Series C, led by Spark Capital.", "Anthropic")]
    public void Extract_TakingPartInARound_InvestsInItsOwner(string text, string investee)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(3, deal.Parties.Count);
        Assert.Equal(investee, Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
    }

    // Paying for a company's leaders or staff hires them.
    [Fact]
    public void Extract_PayingForLeaders_IsHiring()
    {
        var doc = Extractor.Extract(new ExtractionInput("Talent news\n\nGoogle paid $2.4 billion earlier this summer for Windsurf's leaders and a license to its code."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Hiring, deal.Type);
        Assert.Equal(2_400_000_000m, deal.AmountUsd);
    }

    // "rent Nvidia systems": a chip maker named as the brand of systems is no party.
    [Fact]
    public void Extract_ChipMakersSystems_AreItsHardware()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Cloud news\n\nAmazon designs chips. Customers that need the fastest hardware can rent Nvidia systems by the hour; others are steered toward Amazon's own silicon."));

        Assert.Empty(doc.Deals);
    }

    // Companies that each act alone, in clauses of their own or "both"/"all" doing the same, are not each other's counterparties;
    // nor are rivals a company competes with. After a semicolon the second clause may finish the first one's deal.
    [Theory]
    [InlineData("Power news\n\nRivals have chosen different routes: Microsoft has signed long-term power contracts, while Amazon has invested in small modular reactor developers.", 0)]
    [InlineData("Power news\n\nAmazon and Google have both put money into developers of small modular reactors, and Microsoft is paying to bring a reactor back into service.", 0)]
    [InlineData("Network news\n\nIts chief has argued that owning a networking portfolio lets the company sell complete AI systems rather than just servers, and compete more directly with Cisco and Arista Networks.", 0)]
    [InlineData("Power news\n\nOklo will develop a 1.2-gigawatt campus of its powerhouses in Ohio; Meta is to prepay for power and help fund early work there.", 1)]
    [InlineData("Funding news\n\nAmazon completed a $4 billion investment in Anthropic in March, and Google committed up to $2 billion to Anthropic last year.", 2)]
    public void Extract_CompaniesActingAlone_AreNoCounterparties(string text, int deals)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(deals, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal(2, d.Parties.Count));
    }

    // Buying into a joint venture, a fund with founding investors, "jointly own" and "the venture that X announced with Y" are
    // ventures and funds, not plain investments or asset purchases.
    [Theory]
    [InlineData("Chip news\n\nIn June, Apollo agreed to pay $11 billion for a 49% stake in a joint venture that controls Intel's factory in Ireland.", DealType.JointVenture)]
    [InlineData("Fund news\n\nBrookfield launched a program anchored by a new fund in which Nvidia and a Gulf wealth fund are founding investors.", DealType.FundingProgram)]
    [InlineData("Cloud news\n\nIndustrial investor Aker and cloud company Nscale will jointly own a data center near Narvik.", DealType.JointVenture)]
    [InlineData("Cloud news\n\nThe campus is the first site of the venture that OpenAI announced earlier this year with SoftBank.", DealType.JointVenture)]
    public void Extract_VenturesAndFunds_AreTypedSo(string text, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(type, Assert.Single(doc.Deals).Type);
    }

    // "had offered to", "approached X about a possible takeover": a deal still in talks.
    [Theory]
    [InlineData("Chip news\n\nOn Sunday, a newspaper reported that Apollo had offered to make an equity-like investment of as much as $5 billion in Intel.")]
    [InlineData("Chip news\n\nQualcomm has approached Intel about a possible takeover, a newspaper reported on Friday.")]
    public void Extract_OffersAndApproaches_AreTalks(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(DealStatus.Talks, Assert.Single(doc.Deals).Status);
    }

    // "The company's previous round" is the round of the company whose round the text told, not of the last investor named.
    [Fact]
    public void Extract_TheCompanysPreviousRound_IsTheRaisersRound()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Storage news\n\nVast Data said on Wednesday that it had raised $118 million in a Series E round. Fidelity led the round. Existing backers New Enterprise Associates and Drive Capital also put in money. The company's previous round, an $83 million Series D in 2021 led by Tiger Global Management, valued it at $3.7 billion."));

        Assert.Contains(doc.Deals, d => d.AmountUsd == 83_000_000m && d.Parties.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["Tiger Global Management", "Vast Data"]));
    }

    // "since it bought Israel's Annapurna Labs": a country's possessive before the company bought.
    [Fact]
    public void Extract_BuyingACountrysCompany_IsAcquisition()
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\nAmazon has been designing chips since it bought Israel's Kelvara Labs in 2015 for a reported $350 million."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(["Amazon", "Kelvara Labs"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "X led a $N Series A": a round led by the only company named belongs to the company the text is talking about, after "The
    // company has raised money" the one whose round the text told.
    [Theory]
    [InlineData("Cloud news\n\nQuorvant Labs builds a cloud for open models. Kleiner Perkins led a $102.5 million Series A in November 2023.", "Kleiner Perkins", "Quorvant Labs")]
    [InlineData("Cloud news\n\nQuorvant Labs said on Thursday it had raised $305 million in a Series B round. General Catalyst led the round. Salesforce Ventures and Emergence Capital were among the other investors. The company has raised money at a brisk pace: Kleiner Perkins led a $102.5 million Series A in November 2023.", "Kleiner Perkins", "Quorvant Labs")]
    public void Extract_RoundLedByTheOnlyCompanyNamed_IsTheTopicsRound(string text, string investor, string investee)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var deal = Assert.Single(doc.Deals, d => d.AmountUsd == 102_500_000m);
        Assert.Equal([investor, investee], deal.Parties.OrderBy(p => p.Role).Select(p => p.Name));
        Assert.Equal(DealRole.Investee, deal.Parties.Single(p => p.Name == investee).Role);
    }

    // "agreed ... to pay $125 a share for X, a price that valued the company at $6.9 billion": an acquisition at that value; "a
    // rival offer from Y" is Y's bid for the same company, in talks.
    [Fact]
    public void Extract_PayingForACompany_AndARivalOffer()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nThe chip designer Nvidia agreed in March 2019 to pay $125 a share in cash for Quorvant Labs, a price that valued the company at about $6.9 billion and beat a rival offer from Intel."));

        var purchase = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Nvidia"));
        Assert.Equal(DealType.Acquisition, purchase.Type);
        Assert.Equal(6_900_000_000m, purchase.AmountUsd);
        var rival = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Intel"));
        Assert.Equal(DealType.Acquisition, rival.Type);
        Assert.Equal(DealStatus.Talks, rival.Status);
        Assert.Equal(["Intel", "Quorvant Labs"], rival.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // A loan is no investment and its amount is no deal's value; the lease told beside it is the deal.
    [Fact]
    public void Extract_LoanBesideALease_IsNoInvestment()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Cloud news\n\nGalaxy Digital has secured a $1.4 billion project loan to convert its site into an AI data center, and said on Friday that CoreWeave has committed to lease all of the campus's capacity."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Null(deal.AmountUsd);
    }

    // Two companies named together as the subject of "will/would build" are partners; "are also building" is each on its own.
    [Theory]
    [InlineData("Lab news\n\nA day later, the department said Nvidia and Oracle would build Solstice, a system with 100,000 GPUs, for a national laboratory.", 1)]
    [InlineData("Chip news\n\nRival chipmakers Intel and Samsung Electronics are also building U.S. factories.", 0)]
    public void Extract_CompaniesBuildingTogether_ArePartners(string text, int deals)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Equal(deals, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal(DealType.Partnership, d.Type));
    }

    // A deal the article leads with and dates nowhere else takes the day of the news the lead gives; a background deal does not.
    [Fact]
    public void Extract_LeadDealWithoutDate_TakesTheNewsDay()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nPublished: September 19, 2025\n\nNvidia will invest $5 billion in Intel, buying newly issued common stock. The investment still needs regulatory approval. The companies said on Thursday they will jointly develop several generations of products.\n\nShares rose. Analysts were pleased. Traders cheered. Markets moved. Years ago, Microsoft invested $1 billion in OpenAI."));

        var lead = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Intel"));
        Assert.Equal(PartialDate.Day(2025, 9, 18), lead.Date);
        var background = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "OpenAI"));
        Assert.Null(background.Date);
    }

    // "Including debt" is part of the price; a loan beside a deal is not.
    [Fact]
    public void Extract_PriceIncludingDebt_IsTheDealsValue()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Software news\n\nMicrosoft's appetite for AI does not stop there. In April it agreed to buy Nuance Communications for $19.7 billion including debt."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(19_700_000_000m, deal.AmountUsd);
    }

    // A share bought for rupees, with the dollar figure in brackets, is still a share of the company.
    [Fact]
    public void Extract_ShareBoughtInRupees_IsAnInvestment()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Telecom news\n\nIn July 2020 Google paid ₹33,737 crore (about $4.5 billion) for 7.73% of Jio Platforms."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal("Google", Assert.Single(deal.Parties, p => p.Role == DealRole.Investor).Name);
        Assert.Equal("Reliance Industries", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
    }

    // "A transaction reported at $700 million" tells the price, not that the deal is only reported.
    [Theory]
    [InlineData("It agreed in April to buy Run:ai, an Israeli maker of GPU tools, in a transaction reported at about $700 million.", DealStatus.Announced)]
    [InlineData("It agreed in April to buy Run:ai, an Israeli maker of GPU tools, for about $700 million, The Information reported.", DealStatus.Reported)]
    public void Extract_ReportedAtAPrice_IsNoReport(string sentence, DealStatus status)
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\nNvidia keeps buying software companies. " + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(status, deal.Status);
    }

    // The companies of a business group that articles name apart are companies apart.
    [Fact]
    public void Extract_CompaniesOfOneGroup_KeepTheirNames()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "India news\n\nTata Communications will build an AI cloud, and Tata Consultancy Services will retrain its staff; Tata Sons owns both."));

        Assert.Equal(["Tata", "Tata Communications", "Tata Consultancy Services"], doc.Companies.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    // A rival "beaten" to a deal is no party of it; the bid it made for "the startup" is for the company bought.
    [Fact]
    public void Extract_BeatenRival_BidsForTheCompanyBought()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Data news\n\nDatabricks agreed earlier this month to buy Tabular, founded by the creators of a table format, for more than $1 billion, beating Snowflake, which had also bid for the startup."));

        var purchase = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Databricks"));
        Assert.Equal(["Databricks", "Tabular"], purchase.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        var bid = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Snowflake"));
        Assert.Equal(["Snowflake", "Tabular"], bid.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "The company counts A and B among its investors": the company the text is about is backed by them.
    [Fact]
    public void Extract_TheCompanyCountsInvestors_BacksTheCompanyMeant()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nQuorvant Systems, based in Milpitas, California, designs networking chips. The chips are already in use at two clouds, and the company counts Hewlett Packard Enterprise and Lightspeed Venture Partners among its investors."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal("Quorvant Systems", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(["Hewlett Packard Enterprise", "Lightspeed Venture Partners"], deal.Parties.Where(p => p.Role == DealRole.Investor).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // Companies named together that invest in, or back, "the company" each invest in the company the text is about.
    [Fact]
    public void Extract_CompaniesInvestingInTheCompany_InvestInTheCompanyMeant()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nAnthropic's appetite for chips is no secret. Last month Microsoft and Nvidia said they would invest up to $5 billion and up to $10 billion in the company, respectively."));

        Assert.Equal(2, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal(DealType.Investment, d.Type));
        Assert.All(doc.Deals, d => Assert.Equal("Anthropic", Assert.Single(d.Parties, p => p.Role == DealRole.Investee).Name));
        Assert.Equal(5_000_000_000m, Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Microsoft")).AmountUsd);
        Assert.Equal(10_000_000_000m, Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Nvidia")).AmountUsd);
    }

    [Fact]
    public void Extract_CompaniesBackingTheCompany_BackTheCompanyMeant()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Data news\n\nOpenAI said on Friday it had acquired Rockset, a database company. Rockset was founded in 2016 by two engineers. Sequoia Capital and Greylock backed the company from its early rounds, and it raised about $105 million in all."));

        var round = Assert.Single(doc.Deals, d => d.Type == DealType.Investment);
        Assert.Equal("Rockset", Assert.Single(round.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(["Greylock", "Sequoia Capital"], round.Parties.Where(p => p.Role == DealRole.Investor).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "It is only OpenAI's second acquisition": that "it" stands for nothing, so a later "it" is the company whose thing it is.
    [Fact]
    public void Extract_ItThatStandsForNothing_PassesToTheCompanyNamed()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Data news\n\nOpenAI said on Friday it had acquired Rockset, a database company. Existing Rockset customers will have to move off the service. It is only OpenAI's second acquisition. The first came in August 2023, when it bought Global Illumination, a small design studio."));

        var first = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Global Illumination"));
        Assert.Equal("OpenAI", Assert.Single(first.Parties, p => p.Role == DealRole.Acquirer).Name);
    }

    // Companies each named after "at" are places where something is in use, not the sides of a deal; the clause after them is
    // told of the company the text is about, not of the first company of the sentence.
    [Fact]
    public void Extract_ChipsInUseAtTwoClouds_AreNoDealBetweenThem()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nAMD said on Monday it would buy Quorvant Systems for about $1.9 billion. Quorvant Systems, based in Milpitas, designs networking chips. Its founders previously built several networking businesses for Cisco. The chips are already in use at Microsoft's Azure cloud and at Oracle's cloud, and the company counts Hewlett Packard Enterprise and Lightspeed Venture Partners among its investors."));

        Assert.DoesNotContain(doc.Deals, d => d.Parties.Any(p => p.Name == "Microsoft") && d.Parties.Any(p => p.Name == "Oracle"));
        var backers = Assert.Single(doc.Deals, d => d.Type == DealType.Investment);
        Assert.Equal("Quorvant Systems", Assert.Single(backers.Parties, p => p.Role == DealRole.Investee).Name);
    }

    // A wire dateline's date is the deal's only when the sentence gives no other; "on Tuesday" counts back from it.
    [Theory]
    [InlineData("PHOENIX, Aug. 24, 2022 — Intel said on Tuesday it had agreed with Brookfield to jointly fund two chip factories.", 2022, 8, 23)]
    [InlineData("PHOENIX, Aug. 24, 2022 — Intel said it had agreed with Brookfield to jointly fund two chip factories.", 2022, 8, 24)]
    public void Extract_DatelineAndWeekday_TheWeekdayDatesTheDeal(string sentence, int year, int month, int day)
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\n" + sentence));

        Assert.Equal(PartialDate.Day(year, month, day), Assert.Single(doc.Deals).Date);
    }

    // "X, which has received $13 billion from Y": Y has invested in X, and it is done.
    [Fact]
    public void Extract_ReceivedMoneyFrom_IsAnInvestmentByTheGiver()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nOpenAI, which has received about $13 billion from Microsoft, has been adding staff quickly."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(DealStatus.Completed, deal.Status);
        Assert.Equal(13_000_000_000m, deal.AmountUsd);
        Assert.Equal("Microsoft", Assert.Single(deal.Parties, p => p.Role == DealRole.Investor).Name);
        Assert.Equal("OpenAI", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
    }

    // "customers such as OpenAI, whose contract with Oracle ...": a contract told in a relative clause, typed by its sides.
    [Fact]
    public void Extract_WhoseContractWith_IsADealTypedBySides()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Cloud news\n\nOracle needs every megawatt it can find. The company expects to spend heavily, much of it for customers such as OpenAI, whose contract with Oracle was reported in September to run over roughly five years."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Equal("Oracle", Assert.Single(deal.Parties, p => p.Role == DealRole.Provider).Name);
        Assert.Equal("OpenAI", Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
    }

    // A firm "leading the round", after a relative clause about itself, leads the round of the company the text is about; a party
    // "contributing" part of a raise has that part as its deal's value.
    [Fact]
    public void Extract_LeadingTheRaise_AndContributingPartOfIt()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nElon Musk's xAI is raising about $20 billion in a mix of equity and debt, with Nvidia contributing as much as $2 billion of the equity, people familiar said. Valor Equity Partners, which has backed several Musk companies, is leading the equity portion, according to the report."));

        var nvidia = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Nvidia"));
        Assert.Equal(2_000_000_000m, nvidia.AmountUsd);
        var valor = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Valor Equity Partners"));
        Assert.Equal(DealType.Investment, valor.Type);
        Assert.Equal("xAI", Assert.Single(valor.Parties, p => p.Role == DealRole.Investee).Name);
    }

    // A company whose name is one letter keeps its legal suffix: "X Corp." is "X Corp", and buying it is an acquisition.
    [Fact]
    public void Extract_OneLetterCompany_KeepsItsSuffix()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nIn March xAI bought X Corp., the social network formerly known as Twitter, in an all-stock deal."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal("X Corp", Assert.Single(deal.Parties, p => p.Role == DealRole.Target).Name);
    }

    // Agreeing to jointly fund the construction of plants is a joint venture; jointly building something is a partnership.
    [Theory]
    [InlineData("Intel said on Tuesday it had agreed with Brookfield to jointly fund the construction of two chip factories in Arizona.", DealType.JointVenture)]
    [InlineData("Reliance Industries and Nvidia will jointly build AI infrastructure in India.", DealType.Partnership)]
    public void Extract_JointlyFundingConstruction_IsAJointVenture(string sentence, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\n" + sentence));

        Assert.Equal(type, Assert.Single(doc.Deals).Type);
    }

    // "SoftBank owns most of Arm, which it bought in 2016": the company "it" stands for is the buyer.
    [Fact]
    public void Extract_WhichItBought_TheSubjectBuys()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nSoftBank owns most of Arm, which it bought for $32 billion in 2016."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal("SoftBank", Assert.Single(deal.Parties, p => p.Role == DealRole.Acquirer).Name);
        Assert.Equal("Arm", Assert.Single(deal.Parties, p => p.Role == DealRole.Target).Name);
    }

    // A thing developed "together with" a company is a partnership also when its name is in quotation marks.
    [Fact]
    public void Extract_DevelopingAQuotedThingWith_IsAPartnership()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nNvidia sells DPUs, while Intel is developing “infrastructure processing units” together with Google."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Partnership, deal.Type);
        Assert.Equal(["Google", "Intel"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // Stock of a company sold to investors (by its staff, say) is their investment in that company.
    [Fact]
    public void Extract_StockSoldToInvestors_IsTheirInvestment()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nOpenAI has been lining up financing. In October current and former employees sold about $6.6 billion of OpenAI stock to Thrive Capital, SoftBank and T. Rowe Price."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(6_600_000_000m, deal.AmountUsd);
        Assert.Equal("OpenAI", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(["SoftBank", "T. Rowe Price", "Thrive Capital"], deal.Parties.Where(p => p.Role == DealRole.Investor).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "X, which agreed to install fuel cells": a relative clause telling an agreement is read, not taken for a description.
    [Fact]
    public void Extract_WhichAgreedTo_TellsTheDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Power news\n\nOracle has also lined up Bloom Energy, which agreed to install fuel cells at some of its U.S. sites."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Power, deal.Type);
        Assert.Equal("Bloom Energy", Assert.Single(deal.Parties, p => p.Role == DealRole.Supplier).Name);
    }

    // Chips used "through Google Cloud" are capacity rented from that cloud.
    [Fact]
    public void Extract_UsingChipsThroughACloud_IsCloudCapacity()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nAnthropic's appetite for TPUs is no secret. In October it agreed to use up to one million of them through Google Cloud, a deal it valued at tens of billions of dollars."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Equal("Google", Assert.Single(deal.Parties, p => p.Role == DealRole.Provider).Name);
        Assert.Equal("Anthropic", Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
    }

    // An agreed quantity of custom chips from one chip maker is chip supply; working with it on custom chips is a partnership.
    [Theory]
    [InlineData("Wall Street had assumed the buyer was OpenAI, which signed with Broadcom in October to develop 10 gigawatts of custom accelerators of its own.", DealType.ChipSupply)]
    [InlineData("OpenAI said it is working with Broadcom on custom accelerators.", DealType.Partnership)]
    public void Extract_CustomChipsFromAChipMaker(string sentence, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
        Assert.Equal(["Broadcom", "OpenAI"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "Nvidia will supply its systems, Cisco will provide networking": clauses whose subjects each act alone, joined by a comma.
    [Fact]
    public void Extract_CommaJoinedClausesEachActingAlone_AreNoDealBetweenTheirSubjects()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Network news\n\nUnder the plan, Nvidia will supply its latest GB300 Grace Blackwell systems, Cisco will provide networking and security equipment."));

        Assert.DoesNotContain(doc.Deals, d => d.Parties.Any(p => p.Name == "Nvidia") && d.Parties.Any(p => p.Name == "Cisco"));
    }

    // A stake sold to no one named is no deal; sold to a named buyer, it is.
    [Theory]
    [InlineData("SoftBank sold its entire Nvidia stake in October for $5.8 billion to help fund its AI commitments.", 0)]
    [InlineData("SoftBank sold its entire Nvidia stake to Fidelity in October for $5.8 billion.", 1)]
    public void Extract_StakeSoldToNoOne_IsNoDeal(string sentence, int deals)
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\n" + sentence));

        Assert.Equal(deals, doc.Deals.Count);
    }

    // A round's own amount, not what the company "was worth"; a later date inside the first one dates the deal more precisely.
    [Fact]
    public void Extract_RoundAmountAndRefinedDate()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Data-center news\n\nPublished: December 11, 2025\n\nThe valuation is more than four times the $2.8 billion Crusoe was worth a year ago, when Founders Fund led a $600 million Series D in December of last year."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(600_000_000m, deal.AmountUsd);
        Assert.Equal(PartialDate.Month(2024, 12), deal.Date);
    }

    // "It is the second such partnership for X": a count of deals like one told adds none.
    [Fact]
    public void Extract_SecondSuchPartnership_AddsNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Data-center news\n\nThe buildings are aimed at cloud providers now racing to install clusters of Nvidia's H100 accelerators. It is the second such partnership for Digital Realty in less than a month."));

        Assert.Empty(doc.Deals);
    }

    // Capacity taken from a cloud, a model served from or run on a company's cloud: cloud capacity from that company; a company's
    // own cloud servers are none.
    [Theory]
    [InlineData("The pattern was set two months ago, when Microsoft agreed to take GPU capacity from Nebius, the Amsterdam-based cloud provider.", "Microsoft", "Nebius")]
    [InlineData("Perplexity serves its Sonar search model from Cerebras's inference cloud.", "Perplexity", "Cerebras")]
    [InlineData("Cohere trains and runs its models largely on Oracle's cloud, an arrangement that has made the database giant one of its suppliers.", "Cohere", "Oracle")]
    public void Extract_CapacityFromACloud_IsCloudCapacity(string sentence, string customer, string provider)
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Equal(customer, Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
        Assert.Equal(provider, Assert.Single(deal.Parties, p => p.Role == DealRole.Provider).Name);
    }

    [Fact]
    public void Extract_RunningOnItsOwnCloudServers_IsNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Phone news\n\nThe assistant would run on Apple's own Private Cloud Compute servers rather than on Google's infrastructure, the people said."));

        Assert.Empty(doc.Deals);
    }

    // Geothermal generation agreed with a developer is power.
    [Fact]
    public void Extract_GeothermalGeneration_IsPower()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Power news\n\nLast August, Meta agreed with Sage Geosystems to develop up to 150 megawatts of geothermal generation at a site east of the Rocky Mountains."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Power, deal.Type);
    }

    // ", and Malaysia's YTL Power International agreed": a new clause whose subject follows a country's possessive (or a time) is
    // read on its own; buying a chip maker's chips does not buy the chip maker.
    [Fact]
    public void Extract_NewSubjectAfterALead_StartsAClause_AndAChipMakersGoodsAreNotTheChipMaker()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nSingtel agreed in January to deploy GPUs in its data centres under a partnership with Nvidia, and Malaysia's YTL Power International agreed in December to buy Nvidia's GH200 Grace Hopper Superchips for an AI supercomputer."));

        Assert.DoesNotContain(doc.Deals, d => d.Type == DealType.Acquisition);
        Assert.DoesNotContain(doc.Deals, d => d.Parties.Any(p => p.Name == "Singtel") && d.Parties.Any(p => p.Name == "YTL Power International"));
    }

    // Taking a company private, also with the company's description between, is its acquisition; "together with X it took" has
    // both as buyers.
    [Theory]
    [InlineData("DigitalBridge took Switch private in 2022 for $11 billion.", new[] { "DigitalBridge" })]
    [InlineData("DigitalBridge bought data centers for years. Together with Australia's IFM Investors it took Switch, the Las Vegas-based builder of large campuses, private in 2022 in a deal valued at about $11 billion including debt.", new[] { "DigitalBridge", "IFM Investors" })]
    public void Extract_TakingACompanyPrivate_IsItsAcquisition(string text, string[] buyers)
    {
        var doc = Extractor.Extract(new ExtractionInput("Data-center news\n\n" + text));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal("Switch", Assert.Single(deal.Parties, p => p.Role == DealRole.Target).Name);
        Assert.Equal(buyers, deal.Parties.Where(p => p.Role == DealRole.Acquirer).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "The venture that Adani Enterprises set up with EdgeConneX": a company of more than one word forming a venture.
    [Fact]
    public void Extract_VentureSetUpByACompanyOfTwoWords_IsAJointVenture()
    {
        var doc = Extractor.Extract(new ExtractionInput("India news\n\nThe venture that Adani Enterprises set up with EdgeConneX in 2021 now runs six sites."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.JointVenture, deal.Type);
        Assert.Equal(["Adani Enterprises", "EdgeConneX"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "Its accelerators are manufactured by TSMC": the manufacturer supplies, the company whose chips they are buys, also when both
    // are chip makers.
    [Fact]
    public void Extract_ChipsManufacturedBy_TheManufacturerSupplies()
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\nIntel needs partners. Its Gaudi2 AI accelerators are manufactured by TSMC."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal("TSMC", Assert.Single(deal.Parties, p => p.Role == DealRole.Supplier).Name);
        Assert.Equal("Intel", Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
    }

    // "The Llama maker": a model family's maker, named by the model, is the family's developer.
    [Fact]
    public void Extract_ModelMaker_IsTheFamilysDeveloper()
    {
        var doc = Extractor.Extract(new ExtractionInput("AI news\n\nThe Llama maker signed a partnership with Scale AI on Tuesday."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(["Meta", "Scale AI"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // A deal told as completed takes the date of its completion.
    [Theory]
    [InlineData("Nvidia sells BlueField DPUs that came with Mellanox, whose $6.9 billion takeover was agreed in 2019 and completed the following year.", 2020, 0)]
    [InlineData("Nvidia agreed in March 2019 to buy Mellanox for $6.9 billion, a deal that closed in April 2020.", 2020, 4)]
    public void Extract_CompletedDeal_TakesItsCompletionDate(string sentence, int year, int month)
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealStatus.Completed, deal.Status);
        Assert.Equal(month == 0 ? PartialDate.Year(year) : PartialDate.Month(year, month), deal.Date);
    }

    // ", and rival Anthropic raised": a new clause whose subject follows "rival" is read on its own, each round with its amount.
    [Fact]
    public void Extract_NewSubjectAfterRival_StartsAClause()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nOpenAI closed a $40 billion round led by SoftBank in March, and rival Anthropic raised $3.5 billion in a round led by Lightspeed Venture Partners."));

        Assert.Equal(40_000_000_000m, Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "OpenAI")).AmountUsd);
        Assert.Equal(3_500_000_000m, Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Anthropic")).AmountUsd);
    }

    // "will buy at least 50 megawatts from X's first plant": megawatts bought are power, not the plant bought; megawatts "of computing
    // capacity" are capacity.
    [Theory]
    [InlineData("Under an agreement signed in May 2023, Microsoft will buy at least 50 megawatts from Helion's first power plant.", DealType.Power)]
    [InlineData("Meta agreed to purchase 200 MW from Halvora Energy's new plant in Texas.", DealType.Power)]
    [InlineData("OpenAI has agreed to buy up to 750 megawatts of computing capacity from Tessaro Systems over three years.", DealType.CloudCapacity)]
    public void Extract_MegawattsBought_ArePowerUnlessComputing(string sentence, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput("Energy news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
        Assert.Equal(2, deal.Parties.Count);
    }

    // "it bought Tibit Communications and Benu Networks": each company listed after the verb is bought in an acquisition of its own.
    [Theory]
    [InlineData("Ciena last went shopping in 2022, when it bought Quorvant Communications and Halvora Networks to grow its access business.", 2)]
    [InlineData("In 2021 Ciena acquired Quorvant Communications, Halvora Networks and Tessaro Systems.", 3)]
    public void Extract_CompaniesBoughtTogether_AreSeparateAcquisitions(string sentence, int count)
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\n" + sentence));

        Assert.Equal(count, doc.Deals.Count);
        Assert.All(doc.Deals, d =>
        {
            Assert.Equal(DealType.Acquisition, d.Type);
            Assert.Equal("Ciena", Assert.Single(d.Parties, p => p.Role == DealRole.Acquirer).Name);
            Assert.Single(d.Parties, p => p.Role == DealRole.Target);
        });
    }

    // A price for companies bought together is not split among them.
    [Fact]
    public void Extract_CompaniesBoughtTogetherForOnePrice_StayOneDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("Deal news\n\nCiena bought Quorvant Communications and Halvora Networks for $400 million."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(3, deal.Parties.Count);
    }

    // Everyday wordings of each kind of deal, between two companies never seen before: "snapped up by", "took over", "absorb", "bid
    // $5 billion for", "among the backers of", "a holding of 4.9% in", "own 20% of", "wrote a check", "joined forces", "partnerships
    // with", "create a venture with", "hired the founders of", "GPU services", "use Microsoft Azure", "runs on Google Cloud", "tapped
    // X for compute".
    [Theory]
    [InlineData(DealType.Acquisition, "Quorvant Labs was snapped up by Halvora Systems for $200 million in 2021.")]
    [InlineData(DealType.Acquisition, "Halvora Systems took over Quorvant Labs last year.")]
    [InlineData(DealType.Acquisition, "Halvora Group had taken Quorvant Labs private in 2016 for $32 billion.")]
    [InlineData(DealType.Acquisition, "Halvora Systems will absorb Quorvant Labs in a $2 billion deal.")]
    [InlineData(DealType.Acquisition, "Quorvant Labs bid $5 billion for Halvora Systems.")]
    [InlineData(DealType.Investment, "Halvora Systems is among the backers of Quorvant Labs.")]
    [InlineData(DealType.Investment, "Halvora Systems has accumulated a holding of roughly 4.9% in Quorvant Labs.")]
    [InlineData(DealType.Investment, "Halvora Systems will own about 20% of Quorvant Labs after the deal.")]
    [InlineData(DealType.Investment, "Halvora Capital wrote a $20 million check for Quorvant Labs.")]
    [InlineData(DealType.Partnership, "Halvora Systems joined forces with Quorvant Labs.")]
    [InlineData(DealType.Partnership, "Halvora Systems has struck partnerships with Quorvant Labs in 2023.")]
    [InlineData(DealType.JointVenture, "Halvora Systems will create a 50-50 venture with Quorvant Labs.")]
    [InlineData(DealType.Hiring, "Quorvant Labs hired the founders of Halvora Systems.")]
    [InlineData(DealType.Hiring, "Halvora Systems is bringing on Dana Whit, the chief executive of the startup Quorvant Labs, along with some of its engineers under a licensing agreement.")]
    [InlineData(DealType.CloudCapacity, "Quorvant Labs committed to buy $150 million of GPU services from Halvora Cloud over two years.")]
    [InlineData(DealType.CloudCapacity, "Quorvant Labs will use Microsoft Azure to train its models.")]
    [InlineData(DealType.CloudCapacity, "Quorvant Labs runs its models on Google Cloud.")]
    [InlineData(DealType.CloudCapacity, "Quorvant Labs tapped CoreWeave for compute.")]
    [InlineData(DealType.ChipSupply, "Quorvant Labs has secured 20,000 Nvidia Blackwell GPUs for its new cluster.")]
    [InlineData(DealType.ChipSupply, "Quorvant Labs struck a deal with AMD for 6 gigawatts of Instinct GPUs.")]
    [InlineData(DealType.ChipSupply, "Broadcom is designing a custom AI chip for Quorvant Labs.")]
    [InlineData(DealType.ChipSupply, "TSMC will manufacture the chips for Quorvant Labs.")]
    [InlineData(DealType.ChipSupply, "Halvora Systems chose Quorvant Labs' accelerators for its data centers.")]
    [InlineData(DealType.ChipSupply, "SK Hynix supplies high-bandwidth memory to Quorvant Labs.")]
    [InlineData(DealType.CloudCapacity, "Quorvant Labs will move its workloads to Amazon Web Services.")]
    [InlineData(DealType.CloudCapacity, "Oracle will host Quorvant Labs' models in its data centers.")]
    [InlineData(DealType.CloudCapacity, "Quorvant Labs will deploy its models on Microsoft's cloud.")]
    [InlineData(DealType.CloudCapacity, "Nebius signed a $17.4 billion deal to provide GPU infrastructure to Quorvant Labs.")]
    [InlineData(DealType.Partnership, "Quorvant Labs will integrate its models into Halvora Systems' products.")]
    [InlineData(DealType.Partnership, "Quorvant Labs tied up with Halvora Systems to build AI data centers.")]
    [InlineData(DealType.Investment, "Quorvant Labs is funded by Halvora Capital.")]
    [InlineData(DealType.Investment, "Halvora Capital bankrolled Quorvant Labs.")]
    [InlineData(DealType.Acquisition, "Halvora Systems scooped up Quorvant Labs for $150 million.")]
    [InlineData(DealType.JointVenture, "Quorvant Labs and Halvora Systems formed a joint company.")]
    public void Extract_EverydayDealWordings_AreFound(DealType type, string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals, d => d.Type == type);
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs");
    }

    // Chips companies design "for AI workloads" are sold to no one; a memory business sold to a company is an acquisition, not memory
    // supplied to it.
    [Theory]
    [InlineData("Groq, SambaNova and Cerebras are among the rivals that have taken a similar path of designing their own accelerators for AI workloads.", null)]
    [InlineData("In 2020 Quorvant Labs agreed to sell its NAND memory business to Halvora Systems for $9 billion.", DealType.Acquisition)]
    public void Extract_ChipWordsThatSupplyNoOne_AreNoChipSupply(string sentence, DealType? type)
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\n" + sentence));

        Assert.DoesNotContain(doc.Deals, d => d.Type == DealType.ChipSupply);
        Assert.Equal(type, doc.Deals.Select(d => (DealType?)d.Type).FirstOrDefault());
    }

    // "X was sold to Y": the subject of a sale in the passive is bought; the company after "to" buys it.
    [Fact]
    public void Extract_CompanySoldToAnother_IsBoughtByIt()
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\nQuorvant Labs was sold to Halvora Systems in 2022 for $300 million."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal("Halvora Systems", Assert.Single(deal.Parties, p => p.Role == DealRole.Acquirer).Name);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Target).Name);
    }

    // Researchers hired one by one from other companies are no deal with them.
    [Fact]
    public void Extract_ResearchersHiredFromCompanies_AreNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\nQuorvant Labs has hired researchers from Halvora Systems and Tessaro Labs."));

        Assert.Empty(doc.Deals);
    }

    // "Alibaba has also put money into Zhipu AI, MiniMax and Baichuan": each company listed after "into" got an investment of its own
    // from the same investors; one sum for all of them keeps the deal whole.
    [Theory]
    [InlineData("Halvora Capital has also put money into Quorvant Labs, Tessaro AI and Zentrix Robotics, spreading its bets.", 3)]
    [InlineData("Halvora Capital and Mirelle Ventures have invested in Quorvant Labs and Tessaro AI.", 2)]
    [InlineData("Halvora Capital invested $90 million in Quorvant Labs and Tessaro Labs.", 1)]
    public void Extract_CompaniesInvestedInTogether_AreSeparateInvestments(string sentence, int count)
    {
        var doc = Extractor.Extract(new ExtractionInput("Funding news\n\n" + sentence));

        Assert.Equal(count, doc.Deals.Count);
        Assert.All(doc.Deals, d =>
        {
            Assert.Equal(DealType.Investment, d.Type);
            Assert.Contains(d.Parties, p => p.Name == "Halvora Capital" && p.Role == DealRole.Investor);
            Assert.Equal(count == 1 ? 2 : 1, d.Parties.Count(p => p.Role == DealRole.Investee));
        });
    }

    // "For Ciena, the Nubis deal is its largest. It last went shopping in 2022": the company the sentence opens with "For X," is what
    // a later "it" stands for, not the company named as a word before "deal".
    [Fact]
    public void Extract_ForCompanyOpening_IsWhatItStandsFor()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Deal news\n\nCiena agreed to buy Quorvant Labs for $270 million. For Ciena, the Quorvant deal is its largest in years. It last went shopping in 2022, when it bought Halvora Networks."));

        var older = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Halvora Networks"));
        Assert.Equal("Ciena", Assert.Single(older.Parties, p => p.Role == DealRole.Acquirer).Name);
    }

    // "signed a 10-year agreement to host computing for Fluidstack": hosting a customer's computing is capacity it rents.
    [Fact]
    public void Extract_HostingComputingForACompany_IsCloudCapacity()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Hosting news\n\nQuorvant Mining said it had signed a 10-year agreement to host computing for Fluidstack at its site in West Texas."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Equal(["Fluidstack", "Quorvant Mining"], deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // "warrants to buy about 24 million shares, which would give it a stake of roughly 5.4%": shares bought for a minority stake
    // are an investment.
    [Fact]
    public void Extract_SharesBoughtForAStakeOfAFewPercent_AreAnInvestment()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Stake news\n\nGoogle receives warrants to buy about 24 million Quorvant Mining shares, which would give it a stake of roughly 5.4%."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal("Google", Assert.Single(deal.Parties, p => p.Role == DealRole.Investor).Name);
    }

    // "placing an order worth about $1 billion for Nvidia's GB300 NVL72 server systems": an order for a chip maker's servers is
    // chip supply from it.
    [Theory]
    [InlineData("Quorvant Labs is placing an order worth about $1 billion for Nvidia's GB300 NVL72 server systems.")]
    [InlineData("Quorvant Labs placed an order of $300 million for AMD's MI355X servers.")]
    public void Extract_OrderForAChipMakersServers_IsChipSupply(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Order news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
    }

    // "Lambda signed an agreement with Microsoft to deploy Nvidia GPUs for the software company": chips a GPU cloud deploys for a
    // company are capacity the cloud provides; chips it buys from a company stay chip supply.
    [Theory]
    [InlineData("Earlier this month Lambda signed a multibillion-dollar agreement with Microsoft to deploy tens of thousands of Nvidia GPUs for the software company's AI workloads.", DealType.CloudCapacity)]
    [InlineData("To fill the site, IREN agreed on Monday to buy GPUs and related equipment from Dell for about $5.8 billion.", DealType.ChipSupply)]
    public void Extract_ChipsACloudDeploysForACompany_AreCapacity(string sentence, DealType type)
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
    }

    // "agreed to supply DataVolt, a Saudi developer of data centers, with GPU servers": with no chip maker among the parties the
    // subject of the selling verb supplies; "buy GPUs from Dell": the company bought from supplies.
    [Theory]
    [InlineData("Super Micro Computer said it had struck a $20 billion agreement to supply DataVolt, a Saudi developer of data centers, with GPU servers.", "Super Micro Computer")]
    [InlineData("To fill the site, IREN agreed on Monday to buy GPUs and related equipment from Dell for about $5.8 billion.", "Dell")]
    public void Extract_ServerSupply_NamesItsSupplier(string sentence, string supplier)
    {
        var doc = Extractor.Extract(new ExtractionInput("Server news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal(supplier, Assert.Single(deal.Parties, p => p.Role == DealRole.Supplier).Name);
    }

    // "already offers Nvidia H100 GPUs", "would also add Intel's Gaudi 3 accelerators": a chip maker's chips a company offers or adds
    // are supplied to it by that chip maker.
    [Theory]
    [InlineData("Quorvant Cloud already offers Nvidia H100 GPUs to its customers.", "Nvidia")]
    [InlineData("In August Quorvant Cloud said it would also add Intel's Gaudi 3 accelerators.", "Intel")]
    [InlineData("Quorvant Cloud deployed AMD Instinct MI300X accelerators last year.", "AMD")]
    public void Extract_ChipMakersChipsACompanyOffers_AreChipSupply(string sentence, string supplier)
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal(supplier, Assert.Single(deal.Parties, p => p.Role == DealRole.Supplier).Name);
        Assert.Equal("Quorvant Cloud", Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
    }

    // "xAI said it would build a 500-megawatt data center in Saudi Arabia together with Humain": building something together with a
    // company is a partnership with it.
    [Theory]
    [InlineData("Elon Musk's xAI said it would build a 500-megawatt data center in Saudi Arabia together with Quorvant Labs.")]
    [InlineData("Oracle is developing a new campus jointly with Quorvant Labs in Texas.")]
    public void Extract_BuildingTogetherWithACompany_IsAPartnership(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Build news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Partnership, deal.Type);
        Assert.Contains(deal.Parties, p => p.Name == "Quorvant Labs");
    }

    // "It paid $665 million for Finland's Silo AI in August, and it agreed to buy ZT Systems": a company bought after a place's
    // possessive is bought, and both deals are the subject's.
    [Fact]
    public void Extract_CompanyPaidForAfterAPlacesPossessive_IsBought()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nFor AMD, the investment is part of a broader push. It paid $665 million for Finland's Quorvant AI in August, and it agreed to buy server maker ZT Systems for $4.9 billion."));

        Assert.Equal(2, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal("AMD", Assert.Single(d.Parties, p => p.Role == DealRole.Acquirer).Name));
        Assert.Contains(doc.Deals, d => d.Parties.Any(p => p.Name == "Quorvant AI" && p.Role == DealRole.Target) && d.AmountUsd == 665_000_000m);
    }

    // "Eaton sells backup systems", "deliver cooling systems": power and cooling equipment is no chip supply.
    [Theory]
    [InlineData("Eaton sells backup systems to Quorvant Labs.")]
    [InlineData("Vertiv will deliver cooling systems to Meta.")]
    public void Extract_PowerOrCoolingSystemsSold_AreNoChipSupply(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Cooling news\n\n" + sentence));

        Assert.DoesNotContain(doc.Deals, d => d.Type == DealType.ChipSupply);
    }

    // A chip supply or capacity deal whose companies are all buyers has no seller, and an investment whose companies all give
    // money has no one to receive it: neither is a deal between them.
    [Fact]
    public void Extract_DealWithOnlyBuyers_IsDropped()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nIn February last year Sarvam AI agreed with Microsoft to make its Indic voice models available to customers of the Azure cloud, and it has built speech tools for banks."));

        Assert.DoesNotContain(doc.Deals, d => d.Type is DealType.ChipSupply or DealType.CloudCapacity or DealType.Investment);
    }

    // "Runway lands $141 million from Google, Nvidia and Salesforce": a company that lands, gets or picks up a sum from companies
    // receives their investment, and the verb of getting money before a sum marks a new company.
    [Theory]
    [InlineData("Quorvant gets $50 million from Sequoia and Accel.")]
    [InlineData("Quorvant picks up $50 million in new funding from Sequoia and Accel.")]
    [InlineData("Quorvant landed about $50 million from Sequoia and Accel last week.")]
    public void Extract_SumGotFromCompanies_IsTheirInvestment(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Funding news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(50_000_000m, deal.AmountUsd);
        Assert.Equal("Quorvant", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(["Accel", "Sequoia Capital"], deal.Parties.Where(p => p.Role == DealRole.Investor).Select(p => p.Name).Order());
        Assert.Contains(doc.Companies, c => c.Name == "Quorvant" && c.IsNew);
    }

    // "it has raised $141 million ... The cheques were written by Google, Nvidia and Salesforce Ventures": the companies that wrote
    // the cheques join the round.
    [Theory]
    [InlineData("The cheques were written by Sequoia and Accel, two firms that rarely invest together.")]
    [InlineData("The money came from Sequoia and Accel.")]
    [InlineData("Investors include Sequoia and Accel.")]
    public void Extract_RoundsMoneyGiversInTheNextSentence_JoinTheRound(string next)
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nQuorvant Labs, a robotics startup, said on Thursday that it has raised $141 million in a Series C round. " + next));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(["Accel", "Quorvant Labs", "Sequoia Capital"], deal.Parties.Select(p => p.Name).Order());
    }

    // "Investors are increasingly willing to finance the chips": investors spoken of in general join no round.
    [Fact]
    public void Extract_InvestorsInGeneral_JoinNoRound()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nQuorvant Labs said it has raised $141 million in a Series C round led by Sequoia. CoreWeave and Lambda have grown fast, and investors are increasingly willing to back them."));

        var deal = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Quorvant Labs"));
        Assert.DoesNotContain(deal.Parties, p => p.Name is "CoreWeave" or "Lambda");
    }

    // "Baidu, ByteDance, Tencent and Alibaba have ordered $1 billion of Nvidia's A800 processors": buyers named together before the
    // seller buy together; "CoreWeave signed capacity contracts with OpenAI and Meta" stays one deal per buyer.
    [Fact]
    public void Extract_BuyersNamedTogetherBeforeTheSeller_BuyInOneDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nBaidu, ByteDance, Tencent and Alibaba have ordered about $1 billion worth of Nvidia's A800 processors for delivery this year."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.ChipSupply, deal.Type);
        Assert.Equal(["Alibaba", "Baidu", "ByteDance", "Nvidia", "Tencent"], deal.Parties.Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("CoreWeave has signed capacity contracts with OpenAI and Meta.")]
    [InlineData("CoreWeave rents capacity to OpenAI and Meta.")]
    public void Extract_SellerNamedBeforeItsBuyers_SellsToEachInADealOfItsOwn(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\n" + sentence));

        Assert.Equal(2, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Equal(["CoreWeave"], d.Parties.Where(p => p.Role == DealRole.Provider).Select(p => p.Name)));
    }

    // "Meta remains one of Nvidia's largest customers", "OpenAI is a major customer of CoreWeave": a customer buys what its seller
    // sells by kind, in an arrangement in effect; a description ("Meta, one of Nvidia's largest customers, said ...") tells no deal.
    [Theory]
    [InlineData("For now, its clusters run on older chips, and Meta remains one of Nvidia's largest customers.", "Meta", "Nvidia", DealType.ChipSupply, DealStatus.Completed)]
    [InlineData("OpenAI is a major customer of CoreWeave.", "OpenAI", "CoreWeave", DealType.CloudCapacity, DealStatus.Completed)]
    [InlineData("OpenAI will become a major customer of CoreWeave.", "OpenAI", "CoreWeave", DealType.CloudCapacity, DealStatus.Announced)]
    public void Extract_CustomerOfACompany_BuysWhatItSells(string sentence, string customer, string seller, DealType type, DealStatus status)
    {
        var doc = Extractor.Extract(new ExtractionInput("AI news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(type, deal.Type);
        Assert.Equal(status, deal.Status);
        Assert.Equal(customer, Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
        Assert.Equal(seller, Assert.Single(deal.Parties, p => p.Role != DealRole.Customer).Name);
    }

    [Fact]
    public void Extract_CustomerInADescription_TellsNoDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput("AI news\n\nMeta, one of Nvidia's largest customers, said it would design more of its own chips."));

        Assert.Empty(doc.Deals);
    }

    // "Penguin Computing, which SMART Global Holdings bought in 2018, worked with Meta on the design": the relative clause's
    // purchase is between the subject and the buyer it names, and what follows the clause is the subject's own deal.
    [Fact]
    public void Extract_SubjectWithARelativeClauseDeal_KeepsTheMainClauseApart()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nPenguin Computing, which SMART Global Holdings bought in 2018, worked with Meta on the design and installed the systems."));

        Assert.Equal(2, doc.Deals.Count);
        var bought = Assert.Single(doc.Deals, d => d.Type == DealType.Acquisition);
        Assert.Equal(["Penguin Computing", "SMART Global Holdings"], bought.Parties.Select(p => p.Name).Order());
        var partners = Assert.Single(doc.Deals, d => d.Type == DealType.Partnership);
        Assert.Equal(["Meta", "Penguin Computing"], partners.Parties.Select(p => p.Name).Order());
        Assert.StartsWith("Penguin Computing, which", partners.Evidence[0].Text, StringComparison.Ordinal);
    }

    // "... raised more than $500 million from a group that includes retailer Schwarz Group, Bosch Ventures and SAP": a relative
    // clause holds every company of the list it ends with.
    [Fact]
    public void Extract_RelativeClauseEndingInAList_KeepsTheWholeList()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nThe financing lifts Mistral level with Germany's Aleph Alpha, which said last month that it had raised more than $500 million from a group that includes retailer Schwarz Group, Bosch Ventures and SAP. Together the two deals are the largest yet."));

        var deal = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Aleph Alpha"));
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(["Aleph Alpha", "Bosch Ventures", "SAP", "Schwarz Group"], deal.Parties.Select(p => p.Name).Order());
    }

    // "Cohere trains its models largely on Oracle's cloud, an arrangement in place since 2023": training on a company's cloud rents
    // its capacity, and an arrangement in place is in effect.
    [Fact]
    public void Extract_ModelsTrainedOnACompanysCloud_RentItsCapacity()
    {
        var doc = Extractor.Extract(new ExtractionInput("Cloud news\n\nQuorvant Labs trains its models largely on Oracle's cloud, an arrangement in place since 2023."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.CloudCapacity, deal.Type);
        Assert.Equal(DealStatus.Completed, deal.Status);
        Assert.Equal("Oracle", Assert.Single(deal.Parties, p => p.Role == DealRole.Provider).Name);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
    }

    // "NextEra widened its partnership with Google Cloud to co-develop campuses, each built around its own power supply": a
    // partnership the text names is one, whatever it is about.
    [Theory]
    [InlineData("NextEra said it had widened its partnership with Google Cloud to co-develop several campuses, each built around its own power supply.")]
    [InlineData("NextEra has renewed its partnership with Google Cloud to secure power supply for new campuses.")]
    public void Extract_WidenedPartnership_IsAPartnership(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Energy news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Partnership, deal.Type);
        Assert.Equal(["Google", "NextEra Energy"], deal.Parties.Select(p => p.Name).Order());
    }

    // "Intel is exploring a takeover of GlobalFoundries ... A GlobalFoundries spokeswoman said the company was not in talks with
    // Intel": talks between the companies of a takeover still in talks are about that takeover, not a deal of their own.
    [Fact]
    public void Extract_TalksBesideATakeoverInTalks_AreThatTakeover()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nIntel is exploring a takeover of contract chipmaker GlobalFoundries in a deal that could value the company at about $30 billion, The Wall Street Journal reported. A GlobalFoundries spokeswoman said the company was not in talks with Intel."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(DealStatus.Talks, deal.Status);
    }

    // "Washington has shown it is willing to intervene: Broadcom's $117 billion hostile bid for Qualcomm was blocked": the pronoun
    // before the colon is no side of the deal named after it; "The company has the money: it raised $6 billion from" still is.
    [Fact]
    public void Extract_PronounBeforeAColonAndANamedSubject_IsNoParty()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nIBM sold its chip plants to GlobalFoundries in 2015. Washington has shown it is willing to intervene in the industry: Broadcom's $117 billion hostile bid for Qualcomm was blocked in 2018."));

        var bid = Assert.Single(doc.Deals, d => d.Parties.Any(p => p.Name == "Qualcomm"));
        Assert.Equal(["Broadcom", "Qualcomm"], bid.Parties.Select(p => p.Name).Order());
    }

    // "Brookfield and Digital Realty formed the venture in February, each putting in half of its equity": forming the venture is a
    // joint venture, whatever each puts in.
    [Fact]
    public void Extract_FormingTheVenture_IsAJointVenture()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Data center news\n\nBrookfield and Digital Realty formed the venture in February, each putting in half of its equity, to build data centers in India."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.JointVenture, deal.Type);
        Assert.Equal(["Brookfield", "Digital Realty"], deal.Parties.Select(p => p.Name).Order());
    }

    // "Brookfield bought the tower assets of Reliance's telecom arm for ₹25,215 crore, one of the largest infrastructure investments":
    // assets bought from a company are an acquisition, whatever the sentence calls the money.
    [Fact]
    public void Extract_AssetsBoughtFromACompany_AreAnAcquisition()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Telecom news\n\nBrookfield bought the tower assets of Reliance's telecom arm, Jio, for ₹25,215 crore, one of the largest infrastructure investments in India by a foreign firm."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(["Brookfield", "Reliance Industries"], deal.Parties.Select(p => p.Name).Order());
    }

    // "Google paid $2.4 billion to license technology from Windsurf and bring over its chief executive and top researchers": licensing
    // with the startup's leaders brought over is a hire.
    [Fact]
    public void Extract_LicenseWithTheChiefExecutiveBroughtOver_IsAHire()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "AI news\n\nGoogle paid $2.4 billion to license technology from coding startup Quorvant Labs and bring over its chief executive and top researchers."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Hiring, deal.Type);
        Assert.Equal(["Google", "Quorvant Labs"], deal.Parties.Select(p => p.Name).Order());
    }

    // "Anthropic is not buying Humanloop's assets", "Microsoft has not invested in Mistral AI": a deal the sentence denies is none;
    // "not only" denies nothing.
    [Theory]
    [InlineData("Anthropic is not buying Quorvant Labs' assets or its intellectual property.", false)]
    [InlineData("Microsoft has not invested in Quorvant Labs.", false)]
    [InlineData("Microsoft did not only invest in Quorvant Labs; it also signed a cloud contract.", true)]
    public void Extract_DeniedDeal_IsNone(string sentence, bool isDeal)
    {
        var doc = Extractor.Extract(new ExtractionInput("AI news\n\n" + sentence));

        Assert.Equal(isDeal, doc.Deals.Any(d => d.Parties.Any(p => p.Name == "Quorvant Labs")));
    }

    // "It raised more than $300 million from investors. The largest round, a $200 million Series C in 2019, was led by SoftBank
    // Vision Fund, with Norwest Venture Partners and Mayfield also taking part": a round that names companies only after "led by"
    // is the round of the company the text is about.
    [Fact]
    public void Extract_RoundLedByCompaniesOnly_IsTheRoundOfTheCompanyTold()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nQuorvant Labs was founded in 2015 by two engineers. It raised more than $300 million from investors. The largest single round, a $200 million Series C in 2019, was led by SoftBank Vision Fund, with Norwest Venture Partners and Mayfield also taking part."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(["Mayfield", "Norwest Venture Partners", "SoftBank"], deal.Parties.Where(p => p.Role == DealRole.Investor).Select(p => p.Name).Order());
    }

    // "led by Accel and Creandum", "with Microsoft, Coatue and NEA participating": every company of a list that gives money is an
    // investor, and the company the round values is the one that receives it.
    [Fact]
    public void Extract_ListsOfInvestors_AllGiveMoney()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nIn 2019 a $250 million Series E led by Halvora Capital, with Mirelle Ventures, Tessaro Capital and Zentrix Ventures participating, valued Quorvant Labs at $2.75 billion."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(["Halvora Capital", "Mirelle Ventures", "Tessaro Capital", "Zentrix Ventures"], deal.Parties.Where(p => p.Role == DealRole.Investor).Select(p => p.Name).Order());
    }

    // "said it had closed a $1 billion Series F round. Accel led the financing. ... came in alongside it: Amazon and Meta bought in,
    // while Nvidia was among the existing shareholders": a closed round stays open for the investors the next sentences name; a
    // round told later "when a $325 million Series E was led by" is the same company's, worth the sum the round is named by.
    [Fact]
    public void Extract_ClosedRound_GathersInvestorsAndEarlierRound()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nPublished: May 21, 2024\n\nQuorvant Labs said on Tuesday it had closed a $1 billion Series F round. Halvora Capital led the financing. "
            + "Other investors came in alongside it: Amazon and Meta bought in for the first time, while Nvidia and Mirelle Ventures were among the existing shareholders that added to their positions. "
            + "The new price is double the $7.3 billion set three years ago, when a $325 million Series E was led by Tessaro Capital and Zentrix Ventures."));

        Assert.Equal(2, doc.Deals.Count);
        var latest = Assert.Single(doc.Deals, d => d.AmountUsd == 1_000_000_000m);
        Assert.Equal(["Amazon", "Halvora Capital", "Meta", "Mirelle Ventures", "Nvidia", "Quorvant Labs"], latest.Parties.Select(p => p.Name).Order());
        var earlier = Assert.Single(doc.Deals, d => d.AmountUsd == 325_000_000m);
        Assert.Equal("Quorvant Labs", Assert.Single(earlier.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(3, earlier.Parties.Count);
    }

    // "Luxtera, a silicon-photonics company Cisco bought", "Sharp, the electronics maker that Foxconn took over": a description of a
    // company that tells who bought it tells an acquisition, with the buyer's mention in the description, even when the same
    // company is named earlier in the sentence.
    [Theory]
    [InlineData("The deal builds on Quorvant Labs, a silicon-photonics company Halvora Systems bought for $660 million in cash.")]
    [InlineData("Halvora Systems' unit was built largely on Quorvant Labs, the supercomputer maker Halvora Systems bought in 2019.")]
    [InlineData("Halvora Systems and Quorvant Labs, the electronics maker that Halvora Systems took over last year, both invested.")]
    public void Extract_DescriptionTellingWhoBoughtIt_IsAnAcquisition(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals, d => d.Type == DealType.Acquisition);
        Assert.Equal("Halvora Systems", Assert.Single(deal.Parties, p => p.Role == DealRole.Acquirer).Name);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Target).Name);
    }

    // "explored a takeover of Marvell to combine it with Arm ... Arm, which SoftBank bought in 2016": a purchase done is no stage of
    // talks about a larger deal with the same buyer.
    [Fact]
    public void Extract_EarlierPurchaseOfPartyInTalks_StaysItsOwnDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Chip news\n\nHalvora Group explored a takeover of Quorvant Labs earlier this year as part of a plan to combine it with Tessaro Labs, people familiar with the matter said. "
            + "Halvora founder Dana Whit has long wanted to build a bigger chip empire around Tessaro Labs, which Halvora Group bought in 2016 for about $32 billion."));

        var done = Assert.Single(doc.Deals, d => d.Status == DealStatus.Completed);
        Assert.Equal(["Halvora Group", "Tessaro Labs"], done.Parties.Select(p => p.Name).Order());
        Assert.Contains(doc.Deals, d => d.Status == DealStatus.Talks && d.Parties.Any(p => p.Name == "Quorvant Labs"));
    }

    // "In 2018 it picked up BlueData", "closing its purchase of Dallas-based SoftLayer": a company picked up or purchased by name is
    // bought, and getting it is done; "purchase of Nvidia chips" buys no company.
    [Theory]
    [InlineData("In 2018 Halvora Systems picked up Quorvant Labs, which runs analytics workloads.", true)]
    [InlineData("Halvora Systems completed its purchase of Austin-based Quorvant Labs last month.", true)]
    [InlineData("Quorvant Labs picked up Nvidia chips last year.", false)]
    [InlineData("Quorvant Labs announced the purchase of Nvidia chips for its cluster.", false)]
    public void Extract_CompanyPickedUpOrPurchased_IsBought(string sentence, bool bought)
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\n" + sentence));

        Assert.Equal(bought, doc.Deals.Any(d => d.Type == DealType.Acquisition));
        if (bought)
        {
            var deal = Assert.Single(doc.Deals);
            Assert.Equal(DealStatus.Completed, deal.Status);
            Assert.Equal("Halvora Systems", Assert.Single(deal.Parties, p => p.Role == DealRole.Acquirer).Name);
            Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Target).Name);
        }
    }

    // "Meta tried to buy Perplexity earlier this year, before turning elsewhere: last week it agreed to invest $14.3 billion in
    // Scale AI": after a colon, a clause with a pronoun subject tells a deal of its own; a colon before a list splits nothing.
    [Fact]
    public void Extract_ClauseAfterColonWithPronounSubject_IsItsOwnDeal()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Industry news\n\nHalvora Systems tried to buy Quorvant Labs earlier this year, before turning elsewhere: last week it agreed to invest $14.3 billion in Tessaro AI."));

        Assert.Equal(2, doc.Deals.Count);
        Assert.Contains(doc.Deals, d => d.Type == DealType.Acquisition && d.Parties.Select(p => p.Name).Order().SequenceEqual(["Halvora Systems", "Quorvant Labs"]));
        var investment = Assert.Single(doc.Deals, d => d.Type == DealType.Investment);
        Assert.Equal("Halvora Systems", Assert.Single(investment.Parties, p => p.Role == DealRole.Investor).Name);
        Assert.Equal("Tessaro AI", Assert.Single(investment.Parties, p => p.Role == DealRole.Investee).Name);
    }

    // "Perplexity, whose backers include Nvidia", "Quorvant Labs' backers include": the companies named as a company's backers have
    // invested in it.
    [Theory]
    [InlineData("Quorvant Labs, whose backers include Halvora Capital and Nvidia, sells search software.")]
    [InlineData("Quorvant Labs' investors include Halvora Capital and Nvidia.")]
    public void Extract_BackersNamed_HaveInvested(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\n" + sentence));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(DealStatus.Completed, deal.Status);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal(["Halvora Capital", "Nvidia"], deal.Parties.Where(p => p.Role == DealRole.Investor).Select(p => p.Name).Order());
    }

    // "Reliance and Tata Communications each struck partnerships with Nvidia": companies listed before "each" made one deal each
    // with the company named after; without "each" the three share one.
    [Theory]
    [InlineData("Halvora Systems and Tessaro Labs each struck partnerships with Quorvant Labs in 2023.", 2)]
    [InlineData("Halvora Systems, Tessaro Labs and Mirelle Robotics have each signed agreements with Quorvant Labs.", 3)]
    [InlineData("Halvora Systems and Tessaro Labs struck a partnership with Quorvant Labs in 2023.", 1)]
    public void Extract_CompaniesThatEachDidADeal_AreOneDealEach(string sentence, int count)
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\n" + sentence));

        Assert.Equal(count, doc.Deals.Count);
        Assert.All(doc.Deals, d => Assert.Contains(d.Parties, p => p.Name == "Quorvant Labs"));
        Assert.Equal(count == 1 ? 3 : 2, doc.Deals[0].Parties.Count);
    }

    // "Microsoft signed its first large purchase agreements with RES Americas, for a wind farm": a company the dictionary does not
    // know, signing power purchases with a known buyer, supplies the power.
    [Fact]
    public void Extract_UnknownCompanySellingPower_Supplies()
    {
        var doc = Extractor.Extract(new ExtractionInput("Energy news\n\nMicrosoft signed its first large power purchase agreements with Tarnwell Americas, for a wind farm in Texas."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Power, deal.Type);
        Assert.Equal("Tarnwell Americas", Assert.Single(deal.Parties, p => p.Role == DealRole.Supplier).Name);
        Assert.Equal("Microsoft", Assert.Single(deal.Parties, p => p.Role == DealRole.Customer).Name);
    }

    // "Cisco launched a $1 billion investment fund for AI startups. ... The first named recipients are Cohere, Mistral AI and Scale
    // AI": the companies the fund's money goes to are that fund's recipients, with the fund's size as the value.
    [Fact]
    public void Extract_RecipientsNamedAfterAFund_JoinTheFund()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nHalvora Systems launched a $1 billion investment fund for AI startups on Tuesday. Nearly $200 million of it has been committed. "
            + "The first named recipients are Quorvant Labs, Tessaro AI and Mirelle Robotics, all of which have been raising money."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.FundingProgram, deal.Type);
        Assert.Equal(1_000_000_000m, deal.AmountUsd);
        Assert.Equal(["Halvora Systems", "Mirelle Robotics", "Quorvant Labs", "Tessaro AI"], deal.Parties.Select(p => p.Name).Order());
    }

    // "SoftBank had taken Arm private in 2016": a company taken private is bought, and the purchase is done.
    [Fact]
    public void Extract_CompanyHadBeenTakenPrivate_IsCompletedPurchase()
    {
        var doc = Extractor.Extract(new ExtractionInput("Industry news\n\nHalvora Group had taken Quorvant Labs private in 2016 for $32 billion."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Acquisition, deal.Type);
        Assert.Equal(DealStatus.Completed, deal.Status);
        Assert.Equal("Halvora Group", Assert.Single(deal.Parties, p => p.Role == DealRole.Acquirer).Name);
    }

    // "Eight months later, Andreessen Horowitz led again, this time a $400 million Series F": a round led again by the only company
    // named is a round of the company the text is about.
    [Fact]
    public void Extract_InvestorLedAgain_IsARoundOfTheCompanyTold()
    {
        var doc = Extractor.Extract(new ExtractionInput(
            "Funding news\n\nQuorvant Labs sells data software. Eight months later, Halvora Capital led again, this time a $400 million Series F at a $6.2 billion valuation."));

        var deal = Assert.Single(doc.Deals);
        Assert.Equal(DealType.Investment, deal.Type);
        Assert.Equal(400_000_000m, deal.AmountUsd);
        Assert.Equal("Quorvant Labs", Assert.Single(deal.Parties, p => p.Role == DealRole.Investee).Name);
        Assert.Equal("Halvora Capital", Assert.Single(deal.Parties, p => p.Role == DealRole.Investor).Name);
    }
}
