using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class UnseenEntityTests
{
    private static readonly DealExtractor Extractor = DealExtractor.CreateDefault();

    [Theory]
    [InlineData("Nvidia agreed to invest $300 million in Quorvant Labs, the companies said.", "Quorvant Labs")]
    [InlineData("Brightwater Capital led the round alongside Google.", "Brightwater Capital")]
    [InlineData("Zentrix Systems Inc. signed a supply deal with AMD.", "Zentrix Systems")]
    [InlineData("Oracle signed a lease with Halvora, a Norwegian cloud startup, on Monday.", "Halvora")]
    [InlineData("Microsoft agreed to acquire Pellucid for $2 billion.", "Pellucid")]
    [InlineData("The capacity will be rented by contract manufacturer Tessaro from CoreWeave.", "Tessaro")]
    [InlineData("Dravik Motor Group will also receive 50,000 of Nvidia's processors.", "Dravik Motor Group")]
    [InlineData("Oracle and Google joined, as did Industry Ventures.", "Industry Ventures")]
    [InlineData("The round drew Brightwater Capital, Nvidia and Mirae Asset.", "Mirae Asset")]
    [InlineData("Chevron and the investment firm Engine No. 1 will form a venture.", "Engine No. 1")]
    [InlineData("It raised $50 million in a round that included Quorvant Partners India.", "Quorvant Partners India")]
    [InlineData("The venture was started by Zentro founder Ravi Menon last year.", "Zentro")]
    [InlineData("The plant was built by Tarnwell Motors in 1990.", "Tarnwell Motors")]
    [InlineData("1850 Capital led the round alongside Google.", "1850 Capital")]
    [InlineData("Google and 7Q Ventures put money into the startup.", "7Q Ventures")]
    [InlineData("Energy Harbor Partners led the round alongside Google.", "Energy Harbor Partners")]
    [InlineData("In February it teamed up with Nvidia and the builder Tarnwick to develop new plants.", "Tarnwick")]
    [InlineData("Halvora Trust, Type Nine Ventures and Nvidia also put in money.", "Halvora Trust")]
    [InlineData("The round drew Google, Marrow Fielding and Nvidia.", "Marrow Fielding")]
    [InlineData("Pellmore Hale and Nvidia joined as new investors.", "Pellmore Hale")]
    [InlineData("Zorvex Data, which sells software for storing data, said it had raised $118 million.", "Zorvex Data")]
    [InlineData("It competes with NetApp, as well as with Quorbit, another start-up courting AI customers.", "Quorbit")]
    [InlineData("Norwegian industrial investor Tromsa and Nscale will jointly own a data center.", "Tromsa")]
    [InlineData("Mithril Capital and the steelmaker Tarnor took part in the round.", "Tarnor")]
    [InlineData("The group includes the Korean shipbuilder Dravmar and Nvidia.", "Dravmar")]
    [InlineData("The startup raised $11 million in a seed round led by CRV and Fusion Fund in 2023.", "Fusion Fund")]
    [InlineData("The startup raised $37.6 million a year ago, in a deal led by OSS Capital and Pagsmark.", "Pagsmark")]
    [InlineData("It paid $665 million for Finland's Quorvant AI in August.", "Quorvant AI")]
    [InlineData("Among the first users is Tarnwell, which is running the service for drug discovery.", "Tarnwell")]
    [InlineData("The round was led by Sequoia, with Accel and Tarnwell also taking part.", "Tarnwell")]
    [InlineData("IBM agreed to a $6.4 billion takeover of Quorbex, whose tools automate servers.", "Quorbex")]
    [InlineData("In 2018 HPE picked up Zorvadata, which runs analytics workloads.", "Zorvadata")]
    [InlineData("IBM is closing its purchase of Dallas-based Tarnlayer this month.", "Tarnlayer")]
    [InlineData("Microsoft signed purchase agreements with Tarnwell Americas for a wind farm.", "Tarnwell Americas")]
    [InlineData("Quorvant raised $460 million, with Tarnwell Financial among the investors.", "Tarnwell Financial")]
    [InlineData("They include the drug makers AstraZeneca and Tarnwell and a sequencing company.", "Tarnwell")]
    public void Extract_DiscoversCompanyOutsideDictionary(string sentence, string name)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        var company = Assert.Single(doc.Companies, c => c.Name == name);
        Assert.True(company.IsNew);
    }

    // A new company's first word standing alone later in the text is that company, unless the text also uses it as a word.
    [Theory]
    [InlineData("Dravik Motor Group will receive 50,000 chips. Separately, Dravik and Nvidia said they would build a cluster.", 2)]
    [InlineData("Granite Energy Partners signed with Oracle. The granite of the Granite range is old, and Oracle said so.", 1)]
    [InlineData("Tarnwell Motors built the plant in Tarnwell, Ohio, in 1990. Oracle now rents it.", 1)]
    [InlineData("Granite Harbor Partners signed with Oracle. Later, GHP said it would pay more.", 2)]
    [InlineData("Nvidia agreed to buy Dravik Labs. Dravik was founded in 2023 by two researchers.", 2)]
    public void Extract_FirstWordOfNewCompany_IsThatCompany(string text, int mentions)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        var company = Assert.Single(doc.Companies, c => c.IsNew);
        Assert.Equal(mentions, company.Mentions.Count);
    }

    [Theory]
    [InlineData("Jensen Huang told an audience in London that Nvidia would invest.", "Jensen Huang")]
    [InlineData("The deal was first reported by The Information and Bloomberg.", "The Information")]
    [InlineData("The European Commission cleared Nvidia's purchase of Run:ai.", "European Commission")]
    [InlineData("The team will become part of AMD's Artificial Intelligence Group next year.", "Artificial Intelligence Group")]
    [InlineData("Michael Dell, the company's chief executive, said demand was strong.", "Dell")]
    [InlineData("Developers have adopted Chinese systems such as Veltra-R2 quickly.", "Veltra-R2")]
    [InlineData("The round drew Microsoft, Nvidia, Kessler and OpenAI. Brad Kessler invested through his family office.", "Kessler")]
    [InlineData("Quorvant Labs sells a stake to a larger company\nBRAXTON, Ore., March 3, 2025 — Nvidia and Quorvant Labs said on Monday they had agreed.", "BRAXTON")]
    [InlineData("Quorvant Labs sells a stake to a larger company\nBRAXTON, Ore., March 3, 2025 — Nvidia and Quorvant Labs said on Monday they had agreed.", "Ore")]
    [InlineData("Quorvant Labs picks Halvora Systems for six gigawatts of chips and may end up owning a tenth of the chipmaker\n\nSAN FRANCISCO, Oct. 6, 2025 —\n\nQuorvant Labs and Halvora Systems said on Monday that the developer will deploy six gigawatts of Halvora Systems graphics processors over the next several years, a multiyear agreement that gives Halvora Systems its biggest customer win to date in a market dominated by NVIDIA.\n\nThe first gigawatt, built on Halvora Systems's forthcoming Instinct MI450 accelerators, is scheduled to start coming online in the second half of 2026. Neither company put a price on the arrangement.", "SAN FRANCISCO")]
    [InlineData("Inference news\n\nIts customers can choose from open-weight models such as Llama, Qwen and Kimi K2, tune them on their own data and serve them through Quorvant Labs.", "Kimi K2")]
    [InlineData("Billionaire investor Pellmore Hale backed the startup.", "Pellmore Hale")]
    [InlineData("Lambda signs with Microsoft\n\nLambda signed a multibillion-dollar agreement to deploy Nvidia infrastructure for Microsoft, including GB300 NVL72 systems.", "NVL72")]
    [InlineData("Existing backers Nat Friedman, Elad Gil and Brightwater Capital also took part, the company said.", "Friedman")]
    [InlineData("Existing backers Nat Friedman, Elad Gil and Brightwater Capital also took part, the company said.", "Elad Gil")]
    [InlineData("Quorvant Power, the reactor developer founded by Bill Gates, raised $650 million from a group that includes Gates himself, the shipbuilder Tarnwell and Nvidia.", "Gates")]
    [InlineData("Nat Friedman backed Quorvant Labs early. Its first round was led by Friedman and Brightwater Capital.", "Friedman")]
    [InlineData("AMD, Cisco and Saudi Arabia's Humain agreed to form a venture to build AI data centers.", "Arabia")]
    [InlineData("Nvidia agreed to buy GPU-rental startup Quorvant Labs for several hundred million dollars.", "GPU-rental")]
    public void Extract_LeavesOutPeopleOutletsAndRegulators(string sentence, string name)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        Assert.DoesNotContain(doc.Companies, c => c.Name.Contains(name, StringComparison.Ordinal) || name.Contains(c.Name, StringComparison.Ordinal) && c.IsNew);
    }

    [Theory]
    [InlineData("AWS and Amazon Web Services run the program.", "Amazon")]
    [InlineData("Meta Platforms said on Monday.", "Meta")]
    [InlineData("NVIDIA shares fell.", "Nvidia")]
    [InlineData("Alphabet's Google Cloud unit signed.", "Google")]
    public void Extract_CollapsesAliases(string sentence, string canonical)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        Assert.Equal(canonical, Assert.Single(doc.Companies).Name);
    }

    // A company the text calls another's unit is that company; a company named as bought stays itself.
    [Theory]
    [InlineData("Anthropic will work with Kelvara Labs, Amazon's chip design unit, on future chips.", "Amazon,Anthropic")]
    [InlineData("Amazon bought Kelvara Labs in 2015 for $350 million.", "Amazon,Kelvara Labs")]
    [InlineData("NV Energy is owned by Berkshire Hathaway Energy, a unit of Berkshire Hathaway.", "Berkshire Hathaway,Berkshire Hathaway Energy,NV Energy")]
    [InlineData("Amazon bought Annapurna Labs in 2015 for $350 million.", "Amazon,Annapurna Labs")]
    public void Extract_FoldsUnitsIntoParents(string sentence, string companies)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        Assert.Equal(companies.Split(','), doc.Companies.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The startup released its Orion-2 model last week.", "Orion-2")]
    [InlineData("Meta shipped Llama 4 Maverick and Llama 3.2.", "Llama 4 Maverick")]
    [InlineData("Anthropic's Claude 3.5 Sonnet beat GPT-4o.", "Claude 3.5 Sonnet")]
    [InlineData("Anthropic's Claude 3.5 Sonnet beat GPT-4o.", "GPT-4o")]
    [InlineData("DeepSeek-R1 rattled the market.", "DeepSeek-R1")]
    [InlineData("Nvidia introduced Llama Nemotron models.", "Llama Nemotron")]
    [InlineData("The lab trained the Veltra 3 model on TPUs.", "Veltra 3")]
    [InlineData("Customers can choose from open-weight models such as Llama, Zorbex and Veltra K3.", "Zorbex")]
    [InlineData("Customers can choose from open-weight models such as Llama, Zorbex and Veltra K3.", "Veltra K3")]
    [InlineData("It sells models like Tarnwell R and Tarnwell X that customers can run privately.", "Tarnwell R")]
    [InlineData("Developers picked Kimi K2 over older models.", "Kimi K2")]
    public void Extract_FindsModels(string sentence, string model)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        Assert.Contains(doc.Models, m => m.Name == model);
    }

    [Fact]
    public void Extract_DoesNotTreatProductsAsModels()
    {
        var doc = Extractor.Extract(new ExtractionInput("ChatGPT, Copilot, Azure and Bedrock are products."));

        Assert.Empty(doc.Models);
    }

    [Theory]
    [InlineData("It will deploy more than 100,000 NVIDIA H100 GPUs.", "Nvidia H100", 100_000)]
    [InlineData("xAI plans 200,000 NVIDIA Hopper AI GPUs.", "Nvidia Hopper", 200_000)]
    [InlineData("Meta wants over half a million H100-equivalent AI GPUs.", "Nvidia H100", 500_000)]
    [InlineData("The site will house 23,040 Nvidia GB300 NVL72 GPUs.", "Nvidia GB300", 23_040)]
    [InlineData("The cloud runs 20,000 Instinct MI300X accelerators.", "AMD Instinct MI300X", 20_000)]
    [InlineData("Anthropic will use one million Google TPU v5e chips.", "Google TPU v5e", 1_000_000)]
    [InlineData("AMD said it would sell 5,000 MI500X accelerators to the lab.", "AMD Instinct MI500X", 5_000)]
    [InlineData("Nvidia will ship 40,000 X300 superchips to the startup.", "Nvidia X300", 40_000)]
    public void Extract_FindsHardwareWithQuantity(string sentence, string name, long quantity)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        var hardware = Assert.Single(doc.Hardware, h => h.Name == name);
        Assert.Equal(quantity, hardware.Quantity);
    }

    // An unseen product name before a chip noun: its vendor is its owner ("Quorvant's"), the chip maker named before it, or the
    // chip maker or new company the text is about ("Its Tarnwell accelerator"). CPUs, nationalities and bare codes of no named
    // owner are no such product.
    [Theory]
    [InlineData("Quorvant Labs designs inference chips. Its Tarnwell accelerator places memory next to compute.", "Quorvant Labs Tarnwell")]
    [InlineData("Quorvant Labs designs inference chips. It says a server holding eight Zephyrine chips beats 160 Nvidia H100s.", "Quorvant Labs Zephyrine")]
    [InlineData("Halvora Systems will buy Quorvant's Tarnwell processors for its new cluster.", "Quorvant Tarnwell")]
    [InlineData("The lab sells boards built around the Nvidia swiftAI240 chip.", "Nvidia swiftAI240")]
    public void Extract_FindsUnseenNamedChips(string text, string name)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Contains(doc.Hardware, h => h.Name == name);
    }

    // "Ascend 910", "Trainium 3": a known chip family followed by its generation's number names that generation; a year after it
    // does not.
    [Theory]
    [InlineData("Huawei's Ascend 910 chips are in short supply.", "Huawei Ascend 910")]
    [InlineData("Amazon will rent out Trainium 3 chips next year.", "AWS Trainium 3")]
    [InlineData("Microsoft's Maia 200 accelerator is next.", "Microsoft Maia 200")]
    [InlineData("Huawei shipped more Ascend chips in 2024 than before.", "Huawei Ascend")]
    public void Extract_ChipFamilyWithGenerationNumber_NamesThatGeneration(string text, string name)
    {
        var doc = Extractor.Extract(new ExtractionInput("Chip news\n\n" + text));

        Assert.Equal(name, Assert.Single(doc.Hardware).Name);
    }

    // A "Neural Magic" built on a company name that is also a common word ("~Magic") is a new company of its own, and so is the one
    // that lands or picks up a sum of money; "Staff Writer" in a byline is none.
    [Theory]
    [InlineData("Red Hat agreed to acquire Neural Magic, a startup in Somerville.", "Neural Magic")]
    [InlineData("Runway lands $141 million from Google and Nvidia.", "Runway")]
    [InlineData("Quorvant picks up $50 million from Sequoia.", "Quorvant")]
    public void Extract_NewCompanyFromItsLongerNameOrMoneyItGets(string sentence, string name)
    {
        var doc = Extractor.Extract(new ExtractionInput("AI news\n\n" + sentence));

        Assert.Contains(doc.Companies, c => c.Name == name);
        Assert.DoesNotContain(doc.Companies, c => c.Name is "Magic" or "Neural");
    }

    [Fact]
    public void Extract_BylineWithACompanyWord_IsNoCompany()
    {
        var doc = Extractor.Extract(new ExtractionInput("AI news\n\nBy Marta Lindqvist, Staff Writer\n\nMicrosoft signed a deal with OpenAI."));

        Assert.DoesNotContain(doc.Companies, c => c.Name == "Writer");
    }

    [Theory]
    [InlineData("Quorvant Labs designs inference chips. Its Xeon processors host the cards.")]
    [InlineData("Quorvant Labs designs inference chips. The cluster holds eight Bulgarian chips.")]
    [InlineData("Quorvant Labs designs inference chips. Samsung already makes the AI4 chip for Halvora Systems.")]
    public void Extract_NoProductFromProcessorsNationalitiesOrBareCodes(string text)
    {
        var doc = Extractor.Extract(new ExtractionInput(text));

        Assert.Empty(doc.Hardware);
    }

    [Fact]
    public void Extract_NamesGenericGpu_OnlyWhenNoProductOfThatVendor()
    {
        var generic = Extractor.Extract(new ExtractionInput("The neocloud rents out Nvidia GPUs."));
        var named = Extractor.Extract(new ExtractionInput("The neocloud rents out Nvidia GPUs, mostly H100s."));

        Assert.Equal("Nvidia GPU", Assert.Single(generic.Hardware).Name);
        Assert.Equal("Nvidia H100", Assert.Single(named.Hardware).Name);
    }

    [Theory]
    [InlineData("AG")]
    [InlineData("Shares of Siemens AG and SAP SE rose. Inc. Corp. Ltd")]
    public void Extract_DoesNotFail_OnLoneLegalSuffix(string text) => Assert.NotNull(Extractor.Extract(new ExtractionInput(text)));

    [Fact]
    public void WithAliases_AddsEditorAlias()
    {
        var extractor = DealExtractor.Create(Lexicon.LoadDefault().WithAliases([new("Quux Cloud", "Quuxcorp")]));

        var doc = extractor.Extract(new ExtractionInput("Quux Cloud signed a lease with Oracle."));

        Assert.Contains(doc.Companies, c => c.Name == "Quuxcorp" && !c.IsNew);
    }

    // An editor's not-models.txt extends the shipped one, as the other data files do.
    [Fact]
    public void WithDataFiles_EditorNotModelsFileExtendsTheShippedOne()
    {
        const string text = "The lab trained the Zephyra model on TPUs.";
        var edited = DealExtractor.Create(Lexicon.LoadDefault().WithDataFiles([new(Lexicon.NotModelsFile, "# products\nZephyra\n")]));

        Assert.Contains(Extractor.Extract(new ExtractionInput(text)).Models, m => m.Name == "Zephyra");
        Assert.DoesNotContain(edited.Extract(new ExtractionInput(text)).Models, m => m.Name == "Zephyra");
        Assert.DoesNotContain(edited.Extract(new ExtractionInput("Engineers tuned the ChatGPT model.")).Models, m => m.Name == "ChatGPT");
    }

    [Fact]
    public void Extract_SplitsDealFromSingleCompanyPlan()
    {
        var plan = Extractor.Extract(new ExtractionInput("Microsoft will spend £22 billion in the UK between 2025 and 2028."));
        var deal = Extractor.Extract(new ExtractionInput("Published: May 2, 2024\nMicrosoft will invest $1.5 billion in G42, the two companies announced on Tuesday."));

        Assert.Empty(plan.Deals);
        var single = Assert.Single(deal.Deals);
        Assert.Equal((DealType.Investment, DealStatus.Announced, 1_500_000_000m, "2024-04-30"), (single.Type, single.Status, single.AmountUsd!.Value, single.Date?.ToIsoString()));
        Assert.Contains(single.Parties, p => p.Name == "G42" && p.Role == DealRole.Investee);
    }

    // The founders named after "founded by" are people, however many there are.
    [Fact]
    public void Extract_FoundersAreNotCompanies()
    {
        var doc = Extractor.Extract(new ExtractionInput("Founded in 2017 by Lukas Bergwald, Chrisanne Van Pelt and Shaw Lennox, the San Francisco company sells a platform."));

        Assert.Empty(doc.Companies);
    }

    // Places are not companies, also where an apposition (", the startup said", ", a rival of") would suggest one.
    [Fact]
    public void Extract_PlacesAreNotCompanies()
    {
        var doc = Extractor.Extract(new ExtractionInput("Meta signed an agreement with Pellucid Energy for geothermal power in New Mexico, the startup said. Exports went to Russia, a rival of the United States."));

        Assert.DoesNotContain(doc.Companies, c => c.Name is "Mexico" or "New Mexico" or "Russia");
    }

    // A company the dictionary knows, introduced by its full name, keeps that name as written, also where the article goes on
    // with the short name; introduced by its short name, it takes the dictionary's name. The headline's short form does not
    // count: the first mention in the body decides, the headline only when the body never names the company (decision 0323).
    [Theory]
    [InlineData("Network news\n\nArista Networks agreed to buy Quorvant Labs for $300 million.", "Arista Networks")]
    [InlineData("Arista to buy Quorvant Labs\n\nArista Networks agreed to buy Quorvant Labs for $300 million.", "Arista Networks")]
    [InlineData("Arista Networks to buy Quorvant Labs\n\nArista agreed to buy Quorvant Labs for $300 million.", "Arista")]
    [InlineData("Network news\n\nArista Networks agreed to buy Quorvant Labs for $300 million. Arista said the deal would close soon.", "Arista Networks")]
    [InlineData("Network news\n\nArista agreed to buy Quorvant Labs for $300 million. Arista Networks said the deal would close soon.", "Arista")]
    public void Extract_FullNameOnly_KeepsItAsWritten(string text, string name)
    {
        var doc = DealExtractor.CreateDefault().Extract(new ExtractionInput(text));

        var company = Assert.Single(doc.Companies, c => c.Name.StartsWith("Arista", StringComparison.Ordinal));
        Assert.Equal(name, company.Name);
        Assert.Equal("Arista", company.DictionaryName ?? company.Name);
        Assert.Contains(doc.Deals, d => d.Parties.Any(p => p.Name == name));
    }

    // A company's venture arm, fund manager or listed affiliate ("Intel Capital", "Verizon Ventures", "Cisco Investments", "GV",
    // "Goldman Sachs Asset Management") deals under its own name, apart from its parent; an arm the conventions fold
    // ("Salesforce Ventures") is its parent (decision 0323).
    [Theory]
    [InlineData("Intel Capital", "Intel")]
    [InlineData("Verizon Ventures", "Verizon")]
    [InlineData("Cisco Investments", "Cisco")]
    [InlineData("GV", "Google")]
    [InlineData("M12", "Microsoft")]
    [InlineData("Goldman Sachs Asset Management", "Goldman Sachs")]
    [InlineData("Samsung Heavy Industries", "Samsung")]
    public void Extract_VentureArmInvestsUnderItsOwnName(string arm, string parent)
    {
        var doc = DealExtractor.CreateDefault().Extract(new ExtractionInput(
            $"Funding news\n\nQuorvant Labs raised $40 million in a round led by {arm} and Salesforce Ventures. {parent} said it would also buy chips."));

        var deal = Assert.Single(doc.Deals, d => d.Type == DealType.Investment);
        Assert.Equal(new[] { arm, "Quorvant Labs", "Salesforce" }.Order(StringComparer.Ordinal), deal.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(doc.Companies, c => c.Name == parent);
    }

    // Names after the word for a company ("French bank", "trading firm", "the fund"), also when they start with a given name, and
    // a name joined to a known company that acts with it ("Greylock and Addition led").
    [Theory]
    [InlineData("Funding news\n\nThe list is eclectic: French bank Quorvant Paribas, shipping group Halvora CGM and the early-stage fund Conviction all joined.", "Quorvant Paribas")]
    [InlineData("Funding news\n\nThe list is eclectic: French bank Quorvant Paribas, shipping group Halvora CGM and the early-stage fund Conviction all joined.", "Conviction")]
    [InlineData("Funding news\n\nNvidia, Accel and trading firm Jane Capital also invested.", "Jane Capital")]
    [InlineData("Funding news\n\nGreylock and Zorblax led a $65 million first round in 2022.", "Zorblax")]
    [InlineData("Optics news\n\nThe deal lifts its share of a market where it competes with Zorblax, Cisco and Huawei.", "Zorblax")]
    [InlineData("Optics news\n\nIts optical business traces back to Quorvant-Halvora, which the Finnish group bought in 2016.", "Quorvant-Halvora")]
    [InlineData("Chip news\n\nMalaysia's Zorblax Power International agreed in December to buy chips.", "Zorblax Power International")]
    [InlineData("Video news\n\nVideo platform Quorvex said on Monday it had agreed to buy Halvora Data.", "Quorvex")]
    [InlineData("Crypto news\n\nThe deal is backed by stablecoin issuer Zorblax, which owns a majority of Halvora Data.", "Zorblax")]
    public void Extract_FindsNamesAfterCompanyWords(string text, string name)
    {
        var doc = DealExtractor.CreateDefault().Extract(new ExtractionInput(text));

        Assert.Contains(doc.Companies, c => c.Name == name);
    }

    // A nationality before a company word ("British AI chipmaker") or a "-based" word names no company.
    [Theory]
    [InlineData("Deal news\n\nSoftBank buys British AI chipmaker Quorvant after years of losses.", "British AI")]
    [InlineData("Deal news\n\nThe Singapore-based Halvora Labs said it raised money.", "Singapore-based")]
    public void Extract_NationalityOrPlaceWordIsNoCompany(string text, string notCompany)
    {
        var doc = DealExtractor.CreateDefault().Extract(new ExtractionInput(text));

        Assert.DoesNotContain(doc.Companies, c => c.Name.Contains(notCompany, StringComparison.Ordinal));
    }

    // Sovereign funds and state banks are state bodies under the labelling conventions, not companies.
    [Fact]
    public void Extract_StateBodies_AreNoCompanies()
    {
        var doc = DealExtractor.CreateDefault().Extract(new ExtractionInput("Fund news\n\nMubadala and Bpifrance joined Halvora Capital in backing Quorvant Labs."));

        Assert.DoesNotContain(doc.Companies, c => c.Name is "Mubadala" or "Bpifrance");
        Assert.Contains(doc.Companies, c => c.Name == "Halvora Capital");
    }
}

