using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Reads deals and compute facts from sentences: a trigger phrase gives the type, two or more named companies
/// the parties, the sentence's amounts, dates and wording the value, date and status. Mentions of one deal merge.</summary>
internal static partial class DealFinder
{
    // Keep in step with the trigger patterns: a pattern that can match without one of these words is never tried. Each word is
    // looked for where a word starts (after a space, hyphen, quote or bracket).
    // "will own about 20% of", "owns 49% of": "own" before a share only, as "its own" is in most texts.
    private static readonly string[] OwnShareStems =
        [.. new[] { "own", "owns", "owned" }.SelectMany(verb => new[] { "about", "roughly", "nearly", "around", "some", "almost", "more than", "just under", "1", "2", "3", "4", "5", "6", "7", "8", "9" }.Select(next => verb + " " + next))];

    private static readonly string[] TriggerStems =
        [
            "invest", "stake", "fund", "round", "rais", "back", "equity", "series", "commit", "put", "shareholder", "collect",
            "secur", "land", "attract", "acqui", "takeover", "merg", "buy", "bought", "purchas", "sell", "sold", "sale", "paid",
            "bid", "offer", "partner", "team", "collaborat", "alliance", "together", "memorandum", "mou", "agreement",
            "joint", "jv", "talks", "negotiat", "discussion", "licens", "hir", "absorb", "poach", "backstop",
            "guarantee", "credits", "grant", "program", "power", "ppa", "electric", "energy", "generat", "nuclear", "reactor",
            "solar", "wind", "geothermal", "hydro", "fusion", "plant", "rent", "lease", "colocation", "hosting", "cloud",
            "compute", "computing", "capacity", "spend", "azure", "supercomputer", "built", "build", "data cent", "ai zone",
            "offtake", "off-take", "chip", "suppl", "deliver", "ship", "provid", "order", "deploy", "similar", "likewise",
            "the same", "announc", "sign", "form", "struck", "strike", "unveil", "expand", "launch", "deepen", "extend",
            "access", "reserv", "startup", "accelerator", "all-cash", "all-stock", "pour", "inject", "control", "private", "work", "pay", "fuel", "output", "prepa", "megawatt", "gigawatt", "mw", "gw", "venture", "among",
            "develop", "design", "engineer", "receiv", "tpu", "tensor", "trainium", "inferentia", "taking", "takes", "goes to", "go to", "gets", "getting",
            "manufactur", "produc", "fabricat", "foundry", "picked", "chose", "selected", "tapped", "aws", "oci",
            "got", "bag", "nab", "snag", "wins", "won", "draw", "drew", "pick", "pull", "rake", "customer",
            "snap", "took over", "take over", "holding", .. OwnShareStems, "wrote", "writ", "forces", "scoop", "tie", "tied", "integrat", "mov", "host", "bankroll",
        ];

    private static readonly SearchValues<string> TriggerWords = SearchValues.Create(
        [.. TriggerStems.SelectMany(w => new[] { " " + w, "-" + w, "\"" + w, "(" + w, "/" + w, "\n" + w, "'" + w })],
        StringComparison.OrdinalIgnoreCase);

    // The same words after a curly quote or a dash, apart: a set of ASCII words alone is searched about twice as fast, and these are
    // looked for only in a sentence holding one of those characters (which have no other case, so a match needs them as they are).
    private static readonly SearchValues<string> TriggerWordsAfterOther = SearchValues.Create(
        [.. TriggerStems.SelectMany(w => new[] { "\u201c" + w, "\u2014" + w, "\u2018" + w })],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> OtherTriggerLeads = SearchValues.Create("\u201c\u2014\u2018");

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;\u2014\u2013(");

    // The dearest trigger patterns have no rare prefix, so a scan tries them at almost every letter. Each alternative of these begins
    // with \b and one of the lead words below (or, in the cloud pattern, at an apostrophe: "Google's cloud provider"), so they are
    // tried only where a lead word starts a word. Keep each list in step with its pattern's first words.
    // "rent", "leased", "cloud capacity", "compute deal", "buy computing capacity", "spend ... on Azure", "run ... on Azure", "host computing for",
    // "supercomputer ... for", "built ... supercomputer", "data center capacity", "secured compute power", "access ... cloud services",
    // "AI Zone", "use ... cloud", "its cloud provider", "use of TPUs", "use ... through Google Cloud", "offtake", "take GPU capacity",
    // "serves its model from Cerebras's inference cloud", "runs its models on Oracle's cloud", "trains its models on Oracle's cloud", "taps Oracle's cloud"
    private static readonly AnchoredPattern CloudStarts = new(
        CloudRegex(),
        CloudAnchored(),
        Words(["rent", "lease", "colocation", "hosting", "cloud", "compute", "capacity", "buy", "bought", "purchas", "secur", "reserv", "access", "provid", "suppl", "deliver", "spend", "run", "supercomputer", "built", "data", "ai zone", "use", "using", "its", "their", "off", "tak", "took", "serv", "host", "tap", "train", "deploy", "mov"]),
        SearchValues.Create("'\u2019"));

    // "chip supply", "supply deal", "supply DataVolt ... with GPU servers", "spend ... on chips", "sold ... GPUs", "deploy ... built on", "based on 50,000 ...", "built ... for",
    // "chips are manufactured by", "TPUs are produced by", "picked ... foundry", "manufactured ... on 3nm", "build its clusters on"
    // (any capital letter before "PUs": "TPUs", "NPUs")
    private static readonly AnchoredPattern ChipSupplyStarts = new(
        ChipSupplyRegex(),
        ChipSupplyAnchored(),
        Words(["chip", "suppl", "spend", "sell", "sold", "deliver", "ship", "provid", "buy", "bought", "purchas", "order", "deploy", "built", "based", "running", "processor", "wafer", "semiconductor", "accelerator", "gpus", .. "ABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(c => c + "PUs"), "picked", "chose", "selected", "tapped", "hired", "manufactur", "produc", "fabricat", "build", "secur", "obtain", "deal", "agreement", "contract", "pact", "design", "develop", "make", "made", "making", "chosen"]));

    // "power purchase agreement", "PPAs", "clean energy", "nuclear plant", "reactors", "solar farms", "fusion power", "buy ... electricity",
    // "electricity deal", "fuel cells", "hydroelectric", "take the output of", "prepay for power", "megawatts of Bloom systems", "supply
    // 500 MW", "power deal", "contract ... for power from", "gas-fired plant", "natural-gas plant"
    private static readonly AnchoredPattern PowerStarts = new(
        PowerRegex(),
        PowerAnchored(),
        Words(["power", "ppa", "clean", "carbon-free", "renewable", "green", "nuclear", "reactor", "solar", "wind", "geothermal", "hydro", "fusion", "suppl", "buy", "purchas", "deliver", "sell", "electricity", "fuel", "take", "taking", "for", "prepa", "pay", "paid", "megawatts", "gigawatts", "mw", "gw", "provid", "bought", "deal", "contract", "agreement", "gas", "natural-gas"]));

    // "acquired", "acquisition", "takeover", "merger", "sold its unit", "paid ... for", "agreed to buy", "took private", "was bought by",
    // "all-cash offer", "a rival bid", "bid for", "which Nvidia bought"
    private static readonly AnchoredPattern AcquisitionStarts = new(
        AcquisitionRegex(),
        AcquisitionAnchored(),
        Words(["acqui", "takeover", "merg", "buy", "bought", "purchas", "sell", "sold", "sale", "paid", "agreed", "take", "took", "taking", "was", "were", "is", "are", "be", "all-", "hostile", "failed", "rejected", "competing", "rival", "unsolicited", "bid", "that", "which", "offer", "absorb", "scoop", "pick"]));

    // The same words as its pre-check: every alternative begins with one.
    private static readonly AnchoredPattern InvestmentStarts = new(
        InvestmentRegex(),
        InvestmentAnchored(),
        Words(["invest", "stake", "funding", "round", "rais", "backed", "backing", "equity", "series", "commit", "put", "shareholder", "among", "bought", "buy", "purchas", "receiv", "land", "gets", "got", "secur", "bag", "nab", "snag", "wins", "won", "draw", "drew", "pick", "pull", "rake", "holding", "own", "wr", "funded", "bankroll", "backers"]));

    // "partnership", "build ... together with", "co-developed ... with", "designed ... with", "partnered with", "works with", "pays Apple", "teaming up",
    // "collaborate", "alliance", "working together", "memorandum of understanding", "MoU", "agreement", "jointly", "preferred ... partner"
    private static readonly AnchoredPattern PartnershipStarts = new(
        PartnershipRegex(),
        PartnershipAnchored(),
        Words(["partner", "co", "develop", "design", "engineer", "work", "pay", "paid", "team", "collaborat", "alliance", "memorandum", "mou", "agreement", "jointly", "preferred", "build", "built", "construct", "join", "tie", "tied", "ties", "tying", "integrat"]));

    // The word lists of the cheaper trigger patterns that are also read elsewhere (declared before Triggers, which reads them):
    // "a joint venture", "JV", "jointly owned"; "licenses ... and hires", "acqui-hire", "paid ... for its founders"; "a $1 billion
    // fund for", "credits", "startup scene" (see the pattern); "talks", "negotiations", "discussions".
    private static readonly SearchValues<string> JointVentureWords = Words(["venture", "jv", "jointly", "joint company", "joint entity"]);
    private static readonly SearchValues<string> HiringWords = Words(["licens", "acqui", "pay", "paid", "hir", "poach"]);
    private static readonly SearchValues<string> FundingProgramWords = Words(["investment partnership", "investment platform", "infrastructure partnership", "vehicle", "fund", "credits", "grant", "program", "scene", "ecosystem"]);
    private static readonly SearchValues<string> TalksWords = Words(["talks", "negotiat", "discussions"]);

    // The dearest trigger patterns run only on a sentence holding one of their words: every alternative of the pattern needs
    // at least one of them, so a sentence without any cannot match it. Keep each list in step with its pattern.
    // The second list holds words that the pattern needs where a word starts (the alternative begins with \b and the word, or has
    // it after \s); these are looked for only there, so that "current" or "parent" does not run the pattern for "rent". A pattern
    // with both lists needs a word of either.
    // The dearest of them are also anchored (CloudStarts and the others above): tried only where one of their alternatives can start.
    private static readonly (DealType Type, Regex Regex, AnchoredPattern? Anchored, SearchValues<string>? Needs, SearchValues<string>? NeedsAtWordStart)[] Triggers =
    [
        (DealType.JointVenture, JointVentureRegex(), null, JointVentureWords, null),
        (DealType.Hiring, HiringRegex(), null, HiringWords, null),
        (DealType.Other, GuaranteeRegex(), null, Words(["backstop", "guarantee"]), null),
        // "a $1 billion fund for developers", "cloud credits", "an accelerator programme", "an investment vehicle to fund", "the UK's AI
        // startup scene", "an investment platform", "an infrastructure partnership" (a startup or accelerator needs a programme, scene or
        // ecosystem after it)
        (DealType.FundingProgram, FundingProgramRegex(), null, FundingProgramWords, null),
        // "a power purchase agreement", "PPAs", "supply up to 500 megawatts", "a gas-fired plant", "hydroelectric capacity",
        // "fuel cells", "take the output of", "prepay for power", "100 megawatts of Bloom systems", "clean generation" (a verb such
        // as "supply" or "sell" needs its unit or "power", "energy", "electricity"; "generation" needs "clean" or the like)
        // (a unit may follow a number directly, "500MW", so the units are looked for anywhere, the other words at a word start)
        (DealType.Power, PowerRegex(), PowerStarts, Words(["megawatt", "gigawatt", "mw", "gw"]), Words(["power", "ppa", "energy", "electricity", "clean", "carbon-free", "renewable", "green", "nuclear", "reactor", "solar", "wind", "geothermal", "hydro", "fusion", "plant", "fuel", "output"])),
        // "rent servers", "computing capacity", "spend $3 billion on Google Cloud", "run on Azure", "AI Zone", "use of its TPUs", "offtake",
        // "a supercomputer for" (each at a word start)
        (DealType.CloudCapacity, CloudRegex(), CloudStarts, null, Words(["rent", "lease", "colocation", "hosting", "cloud", "comput", "capacity", "spend", "azure", "supercomputer", "ai zone", "tpu", "tensor", "trainium", "inferentia", "offtake", "off-take", "aws", "oci", "gpu services", "gpu power", "gpu infrastructure", "mov", "host"])),
        // "chip supply", "supply agreement", "ordered 10,000 GPUs", "built on 50,000 of AMD's MI450 processors", "built ... for"
        (DealType.ChipSupply, ChipSupplyRegex(), ChipSupplyStarts, Words(["chip", "spend", "suppl", "sell", "sold", "deliver", "ship", "provid", "buy", "bought", "purchas", "order", "deploy", "built", "based", "running", "manufactur", "produc", "fabricat", "foundry", "picked", "chose", "selected", "tapped", "hired", "gpus", "accelerator", "processor"]), null),
        // "acquisition of", "merger", "sold its unit", "paid ... for", "take private", "was taken over by", "all-cash offer", "a rival bid"
        (DealType.Acquisition, AcquisitionRegex(), AcquisitionStarts, Words(["acqui", "takeover", "merg", "buy", "bought", "purchas", "sell", "sold", "sale of", "paid", "private", "taken over", "took over", "take over", "takes over", "taking over", "snapped up", "all-stock", "all-cash", "bid", "offer", "absorb", "scoop", "picked up", "picks up"]), null),
        // "invest", "stake", "funding", "round", "raised", "backed", "equity", "Series B", "commits", "put ... into", "shareholder",
        // "among its backers", "bought shares", "received $13 billion from", "lands $141 million from" (each at a word start)
        (DealType.Investment, InvestmentRegex(), InvestmentStarts, null, Words(["invest", "stake", "funding", "round", "rais", "backed", "backing", "equity", "series", "commit", "put", "shareholder", "among", "bought", "buy", "purchas", "receiv", "land", "gets", "got", "secur", "bag", "nab", "snag", "wins", "won", "draw", "drew", "pick", "pull", "rake", "holding", .. OwnShareStems, "wrote", "writ", "funded", "bankroll", "backers"])),
        // "partnership", "developed with", "co-design", "works with", "pays Apple", "teaming up", "collaborate", "alliance", "MoU",
        // "agreement", "jointly", "preferred ... partner"
        (DealType.Partnership, PartnershipRegex(), PartnershipStarts, Words(["partner", "together with", "develop", "design", "engineer", "work with", "works with", "worked with", "working with", "work together", "working together", "pay", "paid", "team up", "teaming up", "teamed up", "collaborat", "alliance", "memorandum", "mou", "agreement", "jointly", "forces", "tie-up", "tie up", "tied up", "ties up", "tying up", "integrat"]), null),
        (DealType.Talks, TalksRegex(), null, TalksWords, null),
    ];

    private static bool IsJointVenture(string sentence) => MayHold(sentence, JointVentureWords) && JointVentureRegex().IsMatch(sentence);

    private static bool IsHiring(string sentence) => MayHold(sentence, HiringWords) && HiringRegex().IsMatch(sentence);

    private static bool IsFundingProgram(string sentence) => MayHold(sentence, FundingProgramWords) && FundingProgramRegex().IsMatch(sentence);

    private static bool IsTalks(string sentence) => MayHold(sentence, TalksWords) && TalksRegex().IsMatch(sentence);

    // Every alternative of RelativeDeal and RelativeActs (neither ignores case) needs one of these verbs: "which Google bought", "that
    // was taken private by", "which said it had raised", "which has invested", "which helps Google design".
    private static readonly SearchValues<string> RelativeVerbs = SearchValues.Create(["raised", "bought", "acquired", "purchased", "backed", "funded", "taken private", "invested", "help", "took over"], StringComparison.Ordinal);

    // EachDid (case as written) needs "both", "all" or "each"; BuildTogether one of its verbs: "would build", "are jointly designing".
    private static readonly SearchValues<string> EachWords = SearchValues.Create(["both", "all", "each"], StringComparison.Ordinal);
    private static readonly SearchValues<string> BuildWords = SearchValues.Create(["build", "develop", "design", "create"], StringComparison.Ordinal);

    // Regex IgnoreCase | CultureInvariant folds an ASCII letter only to its other case, except 'k', which also matches the Kelvin
    // sign (decision 0302); OrdinalIgnoreCase does not. A sentence holding the Kelvin sign, or one of the other letters whose case
    // mapping reaches ASCII (long s, dotted and dotless i), runs every pattern.
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // The status patterns, like the trigger patterns above, need one of these words: "in talks", "walked away", "a rival bid",
    // "its offer was rejected", "the proposed merger"; "reportedly", "according to", "people familiar", "sources said";
    // "completed", "closed", "had backed", "has been renting", "led the round".
    private static readonly SearchValues<string> TalksStatusWords = Words(["talks", "negotiat", "discuss", "considering", "explor", "bid", "offer", "rejected", "walk", "approached", "sound", "possible", "abandon", "terminat", "called off", "scrap", "collaps", "fell through", "blocked", "propos"]);
    private static readonly SearchValues<string> ReportedStatusWords = Words(["report", "according to", "familiar", "source", "said to"]);
    private static readonly SearchValues<string> CompletedStatusWords = Words(["made", "complet", "close", "paid", "invested", "raised", "bought", "acquired", "purchased", "picked up", "snapped up", "scooped up", "merged", "took", "taken", "backed", "finali", "previously", "already", "currently", "existing", "backers", "investors", "shareholders", "has been", "led the", "participated", "received", "in place"]);

    // Every alternative of StrongInvestment needs a currency sign or one of these: "raised $80 million", "a funding round", "a Series
    // B round". Keep in step with the pattern. The signs, which have no other case, are looked for apart: a set of case-insensitive
    // words holding a character outside ASCII is searched several times slower than one of ASCII words alone.
    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("$\u20ac\u00a3\u20b9");
    private static readonly SearchValues<string> StrongInvestmentNeeds = Words(["funding round", "series "]);

    // Every alternative of NamedPartnership ends in one of these nouns: "formed a strategic alliance".
    private static readonly SearchValues<string> PartnershipNouns = Words(["partnership", "alliance", "collaboration"]);

    // ComputePurchase needs one of these.
    private static readonly SearchValues<string> ComputeWords = Words(["computing", "compute", "cloud", "capacity", "services"]);

    private static SearchValues<string> Words(string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    // Whether the text holds a trigger word where a word starts.
    private static bool HoldsTriggerWord(ReadOnlySpan<char> text) =>
        text.IndexOfAny(TriggerWords) >= 0 || (text.IndexOfAny(OtherTriggerLeads) >= 0 && text.IndexOfAny(TriggerWordsAfterOther) >= 0);

    // Whether the sentence starts with a trigger word: " " and its first 24 characters hold one (on the stack, not a new string).
    private static bool StartsWithTriggerWord(string sentence)
    {
        Span<char> lead = stackalloc char[25];
        lead[0] = ' ';
        var length = Math.Min(sentence.Length, 24);
        sentence.AsSpan(0, length).CopyTo(lead[1..]);
        return HoldsTriggerWord(lead[..(length + 1)]);
    }

    // Whether a pattern that needs one of the words may match the sentence.
    // Every alternative of Allotted ends in one of these words.
    private static readonly SearchValues<string> AllottedNeeds = Words(["chips", "gpus", "accelerators", "processors", "superchips", "number"]);

    private static bool MayHold(string sentence, SearchValues<string> words) =>
        sentence.AsSpan().IndexOfAny(words) >= 0 || sentence.AsSpan().IndexOfAny(FoldsToAscii) >= 0;

    // Whether the sentence holds one of the words where a word starts: not after an ASCII letter or digit, where a pattern's leading
    // \b cannot hold. (ReadDeal adds the FoldsToAscii fallback, as MayHold does.)
    private static bool HoldsAtWordStart(string sentence, SearchValues<string> words)
    {
        var from = 0;
        while (sentence.AsSpan(from).IndexOfAny(words) is var found and >= 0)
        {
            var at = from + found;
            if (at == 0 || !char.IsAsciiLetterOrDigit(sentence[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    public static (List<ExtractedDeal> Deals, List<ExtractedCompute> Compute) Find(string text, IReadOnlyList<SentenceFacts> sentences, PartialDate? published)
    {
        var deals = new List<ExtractedDeal>();
        var compute = new List<ExtractedCompute>();
        var kinds = new Dictionary<string, CompanyKind>(StringComparer.Ordinal);
        foreach (var company in sentences.SelectMany(f => f.Companies))
        {
            kinds.TryAdd(company.Name, company.Kind);
        }

        var lastDealSentence = -10;
        var lastJoin = -10;
        (int Sentence, string Raiser, List<string> Investors, List<EvidenceSpan> Evidence, int? DealIndex)? round = null;

        // "Its previous round was co-led by ...", "Earlier backers include X, which led its Series C": the company whose round the
        // text told is the one whose backers and rounds these are.
        IEnumerable<string> AntecedentsOf(int s, string sentence) =>
            round is { } told && s - told.Sentence <= 10 && ItsFunding().IsMatch(sentence) ? [told.Raiser] : Antecedents(text, sentences, s);

        // Deals told in a sentence's subject relative clauses, added after the sentence's own deals unless one of those already
        // joins the same companies.
        List<ExtractedDeal>? relativeDeals = null;
        void AddRelativeDeals()
        {
            foreach (var relativeDeal in relativeDeals ?? [])
            {
                var names = relativeDeal.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                if (!deals.Any(d => SameParties(d, names)))
                {
                    deals.Add(relativeDeal);
                }
            }

            relativeDeals = null;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            AddRelativeDeals();
            var facts = sentences[s];
            var sentence = text[facts.Span.Start..facts.Span.End];
            Func<IEnumerable<string>> sentenceAntecedents = () => Antecedents(text, sentences, s);
            Func<string?> sentenceTopic = () => Topic(sentences, s);
            Func<string?> sentenceChipMaker = () => Topic(sentences, s, CompanyKind.ChipMaker);
            relativeDeals = RelativeClauseDeals(text, facts, sentenceAntecedents, sentenceTopic, sentenceChipMaker, published, kinds);
            if (MainClauseAfterRelative(text, facts, sentenceAntecedents, sentenceTopic, sentenceChipMaker, published, kinds) is { } main)
            {
                (relativeDeals ??= []).Add(main);
            }

            // "Quorvant said it raised $80 million. Brightwater led the round; Halvora and Tessaro also invested.": investors
            // named in the next sentences join the round the single company announced. A sentence raising money of its own tells a
            // new round.
            if (round is { } open && s - Math.Max(open.Sentence, lastJoin) <= 2 && !facts.IsHeadline && RoundJoin().IsMatch(sentence) && !RaisedMoney().IsMatch(sentence)
                && facts.Companies.Any(c => c.Name != open.Raiser))
            {
                // "..., as did Bezos Expeditions, the family office of Amazon founder Jeff Bezos": a company in a description does not join.
                var descriptions = Descriptions(sentence, facts);
                var joiners = facts.Companies
                    .Where(c => !InApposition(text, facts, c) && !EmployerOfPerson(text, c) && !descriptions.Any(d => c.Span.Start - facts.Span.Start >= d.Start && c.Span.Start - facts.Span.Start < d.End))
                    .Select(c => c.Name).Where(n => n != open.Raiser).ToList();
                round = open with { Investors = [.. open.Investors.Union(joiners, StringComparer.Ordinal)], Evidence = [.. open.Evidence, new EvidenceSpan(sentence, facts.Span.Start, facts.Span.End)] };
                if (round.Value.DealIndex is { } at)
                {
                    var told = deals[at];
                    deals[at] = told with
                    {
                        Parties = [.. told.Parties, .. round.Value.Investors.Where(n => !told.Parties.Any(p => p.Name == n)).Select(n => new ExtractedParty(n, DealRole.Investor))],
                        Evidence = round.Value.Evidence,
                    };
                }
                else
                {
                    deals.Add(RoundDeal(text, sentences[round.Value.Sentence], round.Value, published));
                    round = round.Value with { DealIndex = deals.Count - 1 };
                }

                lastDealSentence = s;
                lastJoin = s;
                continue;
            }

            if (!facts.IsHeadline && NamesOneCompany(facts) && RaisedMoney().Match(sentence) is { Success: true } raised
                && facts.Companies[0].Span.Start < facts.Span.Start + raised.Index
                && HeadlineAmount(text, facts.Amounts, DealType.Investment) is not null)
            {
                round = (s, facts.Companies[0].Name, [], [new EvidenceSpan(sentence, facts.Span.Start, facts.Span.End)], null);
            }

            var clauses = SplitClauses(text, facts, out var sharedSubject);
            if (clauses.Count > 1)
            {
                DealType? inherited = null;
                string? clauseSubject = null;
                var found = false;
                foreach (var clause in clauses)
                {
                    var clauseText = text[clause.Span.Start..clause.Span.End];

                    // "In May it signed with X, and in 2021 it struck a deal with Y": the pronoun of a later clause is the
                    // subject of the clause before, not its object.
                    var earlier = clauseSubject is not null
                        ? [clauseSubject]
                        : facts.Companies.Where(c => c.Span.Start < clause.Span.Start).Take(1)
                            .Where(c => !PrepositionBefore().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 8), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 8))))
                            .Select(c => c.Name).ToList();
                    var implied = sharedSubject is not null && clause.Span.Start > sharedSubject.Span.End ? sharedSubject.Name : null;
                    var clauseDeal = ReadDeal(text, clauseText, clause, () => earlier.Concat(AntecedentsOf(s, clauseText)), () => Topic(sentences, s), () => Topic(sentences, s, CompanyKind.ChipMaker), published, kinds, inherited, implied);
                    if (clauseDeal is not null)
                    {
                        deals.AddRange(SplitNominal(text, clause, clauseDeal) ?? SplitRepeatedWith(text, clause, clauseDeal).SelectMany(d => SplitPluralWith(text, clause, d)).SelectMany(d => SplitEach(text, clause, d)).SelectMany(d => SplitCustomers(text, clause, d)).SelectMany(d => SplitTargets(text, clause, d)).SelectMany(d => SplitInvestees(text, clause, d)).SelectMany(d => SplitBuyers(d, clause, kinds)));
                        clauseSubject = clauseDeal.Parties[0].Name;
                        inherited = clauseDeal.Type;
                        lastDealSentence = s;
                        found = true;
                    }
                }

                if (found)
                {
                    continue;
                }

                // "Microsoft has signed long-term power contracts, while Amazon has invested in reactor developers", "Amazon and Google
                // have both put money into developers, and Microsoft is paying ...": clauses whose subjects each act alone tell no deal
                // between those subjects. (After a semicolon the second clause may go on with the first one's deal.)
                if (!sentence.Contains(';', StringComparison.Ordinal) && clauses.All(c => ActsAlone(text, c)))
                {
                    continue;
                }
            }

            // A sentence that names no company tells a deal only when it speaks of the deal or of both companies ("The agreement
            // also ...", "The two sides ...") or of hardware whose maker may be the other side ("It already rents out clusters built
            // on the older Instinct MI300X"); "The company was created when a buyer group acquired its Russian arm" does not.
            var deal = facts.Companies.Count == 0 && (s == 0 || sentences[s - 1].Companies.Count == 0 || !(BothSides().IsMatch(sentence) || facts.Hardware.Count > 0)) ? null : ReadDeal(text, sentence, facts, () => AntecedentsOf(s, sentence), () => Topic(sentences, s), () => Topic(sentences, s, CompanyKind.ChipMaker), published, kinds, told: deals);
            if (deal is not null && s + 1 < sentences.Count)
            {
                // "... according to The Wall Street Journal. A spokesperson for Anthropic confirmed the commitment on Friday."
                var next = sentences[s + 1];
                if (ConfirmsDeal().IsMatch(text.AsSpan(next.Span.Start, next.Span.End - next.Span.Start)))
                {
                    deal = deal with
                    {
                        Status = deal.Status == DealStatus.Reported ? DealStatus.Announced : deal.Status,
                        Date = deal.Date ?? next.Dates.FirstOrDefault(d => !d.YearInferred)?.Value,
                    };
                }
            }

            // "Nvidia and Salesforce had agreed to invest roughly €120 million as part of the financing": investors in the round
            // the text is telling, whose raiser the sentence does not name.
            if (deal is not null && round is { } current && s - current.Sentence <= 6 && deal.Type == DealType.Investment && RoundReference().IsMatch(sentence)
                && !deal.Parties.Any(p => p.Name == current.Raiser))
            {
                deal = deal with { Parties = [new ExtractedParty(current.Raiser, DealRole.Investee), .. deal.Parties.Select(p => p with { Role = DealRole.Investor })] };
            }

            // "NRG agreed to buy LS Power's plants ... It is also buying CPower": with no price of its own, one more target of the
            // purchase just told by the same buyer.
            if (deal is { Type: DealType.Acquisition, AmountUsd: null } && deals.Count > 0 && s - lastDealSentence <= 2 && deals[^1].Type == DealType.Acquisition
                && AlsoBuying().IsMatch(sentence) && deal.Parties.FirstOrDefault(p => p.Role == DealRole.Acquirer) is { } buyer
                && deals[^1].Parties.Any(p => p.Name == buyer.Name && p.Role == DealRole.Acquirer))
            {
                deals[^1] = deals[^1] with
                {
                    Parties = [.. deals[^1].Parties, .. deal.Parties.Where(p => !deals[^1].Parties.Any(q => q.Name == p.Name))],
                    Evidence = [.. deals[^1].Evidence, .. deal.Evidence],
                };
                lastDealSentence = s;
                continue;
            }

            // "Microsoft and OpenAI signed a new agreement ... Under the deal, Microsoft's investment is converted into a 27% stake": the
            // deal told next, between the same companies, is what the agreement is.
            if (deal is not null && deal.Type is not (DealType.Partnership or DealType.Other or DealType.Talks) && deals.Count > 0 && s - lastDealSentence == 1
                && deals[^1].Type is DealType.Partnership or DealType.Other or DealType.Talks && UnderTheDeal().IsMatch(sentence)
                && deal.Parties.All(p => deals[^1].Parties.Any(q => q.Name == p.Name)))
            {
                deals[^1] = deal with
                {
                    Date = deals[^1].Date ?? deal.Date,
                    Status = deals[^1].Status == DealStatus.Talks ? deal.Status : deals[^1].Status,
                    Evidence = [.. deals[^1].Evidence, .. deal.Evidence],
                };
                lastDealSentence = s;
                continue;
            }

            // "... for Mellanox, a price that beat a rival offer from Intel": the rival bidder's offer for the same target is a deal in
            // talks of its own.
            if (deal is { Type: DealType.Acquisition } && deal.Parties.FirstOrDefault(p => p.Role == DealRole.Target) is { } target
                && RivalOffer().Match(sentence) is { Success: true } rival
                && facts.Companies.FirstOrDefault(c => c.Span.Start == facts.Span.Start + rival.Index + rival.Length) is { } bidder
                && !deal.Parties.Any(p => p.Name == bidder.Name))
            {
                deals.Add(deal with
                {
                    Parties = [new ExtractedParty(bidder.Name, DealRole.Acquirer), target],
                    Status = DealStatus.Talks,
                    AmountUsd = null,
                    Amount = null,
                    Currency = null,
                    Qualifier = AmountQualifier.Exact,
                    Date = null,
                    Confidence = Math.Max(0.05, deal.Confidence - 0.2),
                });
            }

            // "Cisco launched a $1 billion investment fund for AI startups. ... The first named recipients are Cohere, Mistral AI and
            // Scale AI": companies money goes to, with no one named giving it, right after one company's fund was told, are that
            // fund's recipients.
            if (deal is { Type: DealType.Investment } && deal.Parties.All(p => p.Role == DealRole.Investee) && FundOwner(text, sentences, s) is { } fund
                && sentences[fund].Companies[0].Name is var owner && !deal.Parties.Any(p => p.Name == owner))
            {
                var told = sentences[fund];
                deal = deal with
                {
                    Type = DealType.FundingProgram,
                    Parties = [new ExtractedParty(owner, DealRole.Partner), .. deal.Parties.Select(p => p with { Role = DealRole.Partner })],
                    Evidence = [new EvidenceSpan(text[told.Span.Start..told.Span.End], told.Span.Start, told.Span.End), .. deal.Evidence],
                };
                if (HeadlineAmount(text, told.Amounts, DealType.FundingProgram) is { } size)
                {
                    deal = WithAmount(deal, size);
                }
            }

            if (deal is not null)
            {
                deals.AddRange(SplitNominal(text, facts, deal) ?? SplitTalks(text, facts, deal).SelectMany(d => SplitRespectively(text, facts, d)).SelectMany(d => SplitTranches(text, facts, d)).SelectMany(d => SplitRepeatedWith(text, facts, d)).SelectMany(d => SplitPluralWith(text, facts, d)).SelectMany(d => SplitEach(text, facts, d)).SelectMany(d => SplitCustomers(text, facts, d)).SelectMany(d => SplitTargets(text, facts, d)).SelectMany(d => SplitInvestees(text, facts, d)).SelectMany(d => SplitBuyers(d, facts, kinds)));
                lastDealSentence = s;

                // "Perplexity said it had raised $73.6 million in a round led by IVP. NEA and Nvidia also invested.": the round
                // stays open for the investors named next.
                if (deal.Type == DealType.Investment && (RaisedMoney().IsMatch(sentence) || RoundWord().IsMatch(sentence)) && deal.Parties.FirstOrDefault(p => p.Role == DealRole.Investee) is { } raiser)
                {
                    var at = deals.FindLastIndex(d => d.Type == DealType.Investment && d.Parties.Any(p => p.Name == raiser.Name && p.Role == DealRole.Investee));
                    round = (s, raiser.Name, [.. deals[at].Parties.Where(p => p.Name != raiser.Name).Select(p => p.Name)], [.. deals[at].Evidence], at);
                }

                continue;
            }

            // "PARIS -- Mistral AI, the start-up founded by former Meta and Google researchers, said it had raised €385 million": a
            // raise by the sentence's subject with no investor named yet opens a round the next sentences may join.
            if (!facts.IsHeadline && facts.Companies.Count > 0 && RaisedMoney().IsMatch(sentence) && HeadlineAmount(text, facts.Amounts, DealType.Investment) is not null
                && facts.Companies[0].Span.Start - facts.Span.Start < 60 && round?.Sentence != s)
            {
                round = (s, facts.Companies[0].Name, [], [new EvidenceSpan(sentence, facts.Span.Start, facts.Span.End)], null);
            }

            // "Neither side disclosed terms. The FT estimated the deal is worth more than $10 billion": the value of the deal just told.
            if (deals.Count > 0 && deals[^1].AmountUsd is null && s - lastDealSentence <= 3 && AmountReference().IsMatch(sentence)
                && HeadlineAmount(text, facts.Amounts, deals[^1].Type) is { } value)
            {
                deals[^1] = WithAmount(deals[^1], value) with
                {
                    Evidence = [.. deals[^1].Evidence, new EvidenceSpan(sentence, facts.Span.Start, facts.Span.End)],
                };
                continue;
            }

            foreach (var (name, quantity) in facts.Hardware.Where(h => h.Quantity is not null))
            {
                var evidence = new EvidenceSpan(sentence, facts.Span.Start, facts.Span.End);
                var organization = facts.Companies.Select(c => c.Name).FirstOrDefault(c => !name.StartsWith(c, StringComparison.Ordinal)) ?? (facts.Companies.Count > 0 ? facts.Companies[0].Name : null);
                compute.Add(new ExtractedCompute(organization, facts.Models.Count > 0 ? facts.Models[0] : null, name, quantity, evidence));
            }
        }

        AddRelativeDeals();
        deals = deals.ConvertAll(d => CapacityFromCloud(d, kinds));
        deals.RemoveAll(d => HasNoSeller(d, kinds));
        return (DateLeadDeals(sentences, published, FoldRetellings(FoldTerms(FoldPartnerships(MergeSellers(MergeStages(TypeTalks(Merge(deals)))))))), compute);
    }

    // Chips or capacity with no one to sell them, or an investment with no one to receive it, is no deal between these companies
    // ("Sarvam agreed with Microsoft to make its models available to customers of the Azure cloud"). Only companies the dictionary
    // knows are judged so: a new company's kind, and so its side, is not known.
    // The sentence, up to two before `s`, that tells of a fund or programme one company set up ("Cisco launched a $1 billion
    // investment fund for AI startups"), or null.
    private static int? FundOwner(string text, IReadOnlyList<SentenceFacts> sentences, int s)
    {
        for (var k = s - 1; k >= Math.Max(0, s - 2); k--)
        {
            var facts = sentences[k];
            if (!facts.IsHeadline && NamesOneCompany(facts) && IsFundingProgram(text[facts.Span.Start..facts.Span.End]))
            {
                return k;
            }
        }

        return null;
    }

    private static bool HasNoSeller(ExtractedDeal deal, Dictionary<string, CompanyKind> kinds) =>
        deal.Parties.Count > 0 && deal.Parties.All(p => kinds.GetValueOrDefault(p.Name) != CompanyKind.Unknown)
        && (deal.Type is DealType.ChipSupply or DealType.CloudCapacity ? deal.Parties.All(p => p.Role == DealRole.Customer)
            : deal.Type == DealType.Investment && deal.Parties.All(p => p.Role == DealRole.Investor));

    // "Lambda signed an agreement with Microsoft to deploy tens of thousands of Nvidia GPUs for the software company": chips deployed
    // between companies none of which sells them, one of them a GPU cloud or data-center company, are that company's capacity,
    // rented to the others. (Chips a cloud buys from another company, "IREN agreed to buy GPUs from Dell", stay chip supply.)
    private static ExtractedDeal CapacityFromCloud(ExtractedDeal deal, Dictionary<string, CompanyKind> kinds)
    {
        bool Rents(ExtractedParty p) => kinds.GetValueOrDefault(p.Name) is CompanyKind.Neocloud or CompanyKind.DataCenter;
        if (deal.Type != DealType.ChipSupply || deal.Parties.Any(p => p.Role == DealRole.Supplier || kinds.GetValueOrDefault(p.Name) == CompanyKind.ChipMaker)
            || deal.Parties.Count(Rents) != 1
            || deal.Evidence.Any(e => e.Text.AsSpan().ContainsAny(ChipBuyingWords)))
        {
            return deal;
        }

        return deal with
        {
            Type = DealType.CloudCapacity,
            Parties = [.. deal.Parties.Select(p => p with { Role = Rents(p) ? DealRole.Provider : DealRole.Customer })],
        };
    }

    // "Nvidia will invest $5 billion in Intel ... The companies said on Thursday": a deal the article leads with and dates nowhere
    // else happened on the day of the news, the first day the lead names, in the days before publication.
    private static List<ExtractedDeal> DateLeadDeals(IReadOnlyList<SentenceFacts> sentences, PartialDate? published, List<ExtractedDeal> deals)
    {
        if (published is not { Precision: DatePrecision.Day } day || !deals.Any(d => d.Date is null))
        {
            return deals;
        }

        var lead = sentences.Where(f => !f.IsHeadline).Take(5).ToList();
        // ("on Thursday" before the date line itself.)
        var newsDay = lead.SelectMany(f => f.Dates).OrderBy(d => d.IsRelative ? 0 : 1)
            .FirstOrDefault(d => !d.YearInferred && d.Value.Precision == DatePrecision.Day && d.Value.Start <= day.Start && d.Value.Start >= day.Start.AddDays(-7))?.Value;
        if (newsDay is null)
        {
            return deals;
        }

        var leadEnd = lead[^1].Span.End;
        return deals.ConvertAll(d => d.Date is null && d.Status is DealStatus.Announced or DealStatus.Reported && d.Evidence[0].Start < leadEnd ? d with { Date = newsDay } : d);
    }

    // "For Amazon, which has already put $4 billion into Anthropic, the hires add ...", "CoreWeave, which has signed capacity
    // contracts with OpenAI and Meta": a relative clause whose subject is the company before it is a clause of its own, read with
    // that company as its subject.
    private static List<ExtractedDeal>? RelativeClauseDeals(string text, SentenceFacts facts, Func<IEnumerable<string>> antecedents, Func<string?> findTopic, Func<string?> findChipMaker, PartialDate? published, Dictionary<string, CompanyKind> kinds)
    {
        List<ExtractedDeal>? found = null;
        if (facts.IsHeadline || facts.Companies.Count < 2)
        {
            return found;
        }

        string? sentence = null;
        foreach (var company in facts.Companies)
        {
            if (company.Span.End >= facts.Span.End || text[company.Span.End] != ',' || SubjectRelative().Match(text, company.Span.End, facts.Span.End - company.Span.End) is not { Success: true } lead)
            {
                continue;
            }

            var start = lead.Index + 2;
            sentence ??= text[facts.Span.Start..facts.Span.End];
            var end = ToClauseEnd(sentence, start - facts.Span.Start, lead.Index + lead.Length - facts.Span.Start).End + facts.Span.Start;
            var span = new TextSpan(start, end);
            var clause = Within(facts, span);
            if (clause.Companies.Count == 0 && !ObjectAnaphor().IsMatch(text.AsSpan(start, end - start)))
            {
                continue;
            }

            // "Databricks agreed to buy Tabular ..., beating Snowflake, which had also bid for the startup": the company meant is first
            // one the sentence named before, other than its subject.
            var earlier = clause.Companies.Count == 0
                ? facts.Companies.Where(c => c.Span.End <= company.Span.Start && c.Name != company.Name && c.Name != facts.Companies[0].Name).Reverse().Select(c => c.Name).ToList()
                : [];
            var meant = earlier.Count == 0 ? antecedents : () => earlier.Concat(antecedents()).Distinct(StringComparer.Ordinal);
            var deal = ReadDeal(text, text[start..end], clause, meant, findTopic, findChipMaker, published, kinds, impliedSubject: company.Name);
            if (deal is not null)
            {
                (found ??= []).AddRange(SplitBuyers(deal, clause, kinds));
            }
        }

        return found;
    }

    // "Penguin Computing, which SMART Global Holdings bought in 2018, worked with Meta on the design": a subject followed by a relative
    // clause that names another company; what follows the clause is read with that subject, as a clause of its own.
    private static ExtractedDeal? MainClauseAfterRelative(string text, SentenceFacts facts, Func<IEnumerable<string>> antecedents, Func<string?> findTopic, Func<string?> findChipMaker, PartialDate? published, Dictionary<string, CompanyKind> kinds)
    {
        if (facts.IsHeadline || facts.Companies.Count < 3 || facts.Companies[0] is not { } subject || subject.Span.Start - facts.Span.Start > 4
            || !RelativeAfterSubject().IsMatch(text.AsSpan(subject.Span.End, Math.Min(8, facts.Span.End - subject.Span.End))))
        {
            return null;
        }

        var end = RelativeClauseEnd(text, facts, subject.Span.End + 2);
        // (The clause is followed by the subject's verb, "worked with", not by a description, ", the company behind ...".)
        if (end >= facts.Span.End - 2 || text[end] != ',' || !facts.Companies.Any(c => c.Span.Start > subject.Span.End && c.Span.End <= end && c.Name != subject.Name)
            || !VerbAfterComma().IsMatch(text.AsSpan(end, Math.Min(16, facts.Span.End - end))))
        {
            return null;
        }

        var main = Within(facts, new TextSpan(end + 1, facts.Span.End));
        // The evidence is the whole sentence, which names the subject.
        return main.Companies.Any(c => c.Name != subject.Name)
            && ReadDeal(text, text[(end + 1)..facts.Span.End], main, antecedents, findTopic, findChipMaker, published, kinds, impliedSubject: subject.Name) is { } deal
            ? deal with { Evidence = [new EvidenceSpan(text[facts.Span.Start..facts.Span.End], facts.Span.Start, facts.Span.End)] }
            : null;
    }

    // "Microsoft hired Inflection's staff in March, and Amazon brought over Adept's leaders in June": two deals, one per clause,
    // split where a new company starts a clause after "; " or ", and ".
    private static List<SentenceFacts> SplitClauses(string text, SentenceFacts facts, out CompanyMention? sharedSubject)
    {
        var clauses = new List<SentenceFacts>();
        sharedSubject = null;
        if (facts.Companies.Count < 2)
        {
            return clauses;
        }

        var cuts = new List<int>();
        for (var m = ClauseBreak().Match(text, facts.Span.Start, facts.Span.End - facts.Span.Start); m.Success; m = m.NextMatch())
        {
            var next = m.Index + m.Length;
            if (!facts.Companies.Any(c => c.Span.End <= m.Index))
            {
                continue;
            }

            // "a joint venture between Adani Enterprises, the flagship of the group, and EdgeConneX": the pair after "between".
            if (facts.Companies.Any(c => c.Span.End <= m.Index && !text.AsSpan(c.Span.End, m.Index - c.Span.End).Contains(';')
                && BetweenBefore().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 12), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 12)))))
            {
                continue;
            }

            // "AMD bought Nod.ai, ..., and earlier that year it had bought Mipsology": a new clause whose subject is a pronoun.
            // "..., and in February Intel agreed to buy Tower", "..., and Malaysia's YTL Power agreed": a new subject after a
            // time, a country's possessive or a word for a rival.
            var colon = text[m.Index] == ':';
            if ((!colon && facts.Companies.Any(c => c.Span.Start == next))
                || (!colon && facts.Companies.FirstOrDefault(c => c.Span.Start > next && c.Span.Start - next <= 32) is { } later
                    && SubjectLead().IsMatch(text.AsSpan(next, later.Span.Start - next))
                    && ClauseVerbAfter().IsMatch(text.AsSpan(later.Span.End, Math.Min(30, facts.Span.End - later.Span.End))))
                || (SubjectAnaphor().Match(text, next, Math.Min(40, facts.Span.End - next)) is { Success: true } pronoun && !text.AsSpan(next, pronoun.Index - next).Contains(',') && facts.Companies.Any(c => c.Span.Start > pronoun.Index)))
            {
                cuts.Add(m.Index);
            }
        }

        // "Meta has also signed a capacity agreement with CoreWeave and has lined up cloud capacity from Google": the subject does two
        // things with two companies; the second verb phrase is a clause of its own with the same subject.
        if (cuts.Count == 0 && facts.Companies[0].Span.Start - facts.Span.Start < 40)
        {
            for (var m = VerbPhraseJoin().Match(text, facts.Span.Start, facts.Span.End - facts.Span.Start); m.Success; m = m.NextMatch())
            {
                if (facts.Companies.Count(c => c.Span.End <= m.Index) >= 2 && facts.Companies.Any(c => c.Span.Start > m.Index))
                {
                    cuts.Add(m.Index);
                    sharedSubject = facts.Companies[0];
                    break;
                }
            }
        }

        if (cuts.Count == 0)
        {
            return clauses;
        }

        var start = facts.Span.Start;
        foreach (var end in cuts.Append(facts.Span.End))
        {
            var span = new TextSpan(start, end);
            clauses.Add(Within(facts, span));
            start = end;
            while (start < facts.Span.End && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            if (text.AsSpan(start).StartsWith("and ", StringComparison.Ordinal))
            {
                start += 4;
            }
        }

        return clauses;
    }

    // The facts of a sentence that lie inside a part of it (a clause).
    private static SentenceFacts Within(SentenceFacts facts, TextSpan span)
    {
        bool Inside(TextSpan t) => t.Start >= span.Start && t.End <= span.End;
        return facts with
        {
            Span = span,
            Companies = [.. facts.Companies.Where(c => Inside(c.Span))],
            Amounts = [.. facts.Amounts.Where(a => Inside(a.Span))],
            Dates = [.. facts.Dates.Where(d => Inside(d.Span))],
            HardwareSpans = [.. facts.HardwareSpans.Where(Inside)],
        };
    }

    // "Humain is holding talks with OpenAI and Elon Musk's xAI": talks of unstated substance with each named company are
    // separate talks.
    private static IEnumerable<ExtractedDeal> SplitTalks(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        if (deal.Type != DealType.Talks || deal.Parties.Count < 3)
        {
            return [deal];
        }

        var with = TalksWith().Match(text, facts.Span.Start, facts.Span.End - facts.Span.Start);
        if (!with.Success)
        {
            return [deal];
        }

        var after = with.Index + with.Length;
        var counterparts = facts.Companies.Where(c => c.Span.Start >= after).Select(c => c.Name).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var subjects = deal.Parties.Where(p => !counterparts.Contains(p.Name)).ToList();
        if (subjects.Count != 1 || counterparts.Count < 2)
        {
            return [deal];
        }

        return deal.Parties.Where(p => counterparts.Contains(p.Name)).Select(p => deal with { Parties = [subjects[0], p] });
    }

    // "Microsoft and Nvidia will invest up to $5 billion and $10 billion, respectively": one deal per company, each with its amount.
    private static IEnumerable<ExtractedDeal> SplitRespectively(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        var amounts = facts.Amounts.Where(a => !a.PerUnit && a.Usd is not null).ToList();
        if (!text.AsSpan(facts.Span.Start, facts.Span.End - facts.Span.Start).Contains("respectively", StringComparison.Ordinal))
        {
            return Interleaved(facts, deal, amounts) is { } pairs
                ? pairs.Select(pair => WithAmount(deal, pair.Amount) with
                {
                    Parties = [deal.Parties.First(p => p.Name == pair.Company), .. deal.Parties.Where(p => !pairs.Any(q => q.Company == p.Name))],
                })
                : [deal];
        }

        var firstAmount = amounts.Count > 0 ? amounts[0].Span.Start : facts.Span.End;
        var subjects = facts.Companies.Where(c => c.Span.Start < firstAmount).Select(c => c.Name).Distinct(StringComparer.Ordinal)
            .Where(n => deal.Parties.Any(p => p.Name == n)).ToList();
        if (subjects.Count < 2 || subjects.Count != amounts.Count || subjects.Count == deal.Parties.Count)
        {
            return [deal];
        }

        var others = deal.Parties.Where(p => !subjects.Contains(p.Name, StringComparer.Ordinal)).ToList();
        return subjects.Select((name, i) => WithAmount(deal, amounts[i]) with { Parties = [deal.Parties.First(p => p.Name == name), .. others] });
    }

    // "signed up Apple, Anthropic and Safe Superintelligence as TPU customers": one deal per customer.
    // "CoreWeave has signed capacity contracts with OpenAI and Meta": one seller of capacity, chips or power and several
    // companies that buy are one deal per buyer. "Baidu, ByteDance, Tencent and Alibaba have ordered $1 billion of Nvidia's chips":
    // buyers named together as the subject, before the seller, buy together in one deal.
    private static IEnumerable<ExtractedDeal> SplitBuyers(ExtractedDeal deal, SentenceFacts facts, Dictionary<string, CompanyKind> kinds)
    {
        if (deal.Parties.Count < 3 || deal.Type is not (DealType.CloudCapacity or DealType.ChipSupply or DealType.Power))
        {
            return [deal];
        }

        var sellers = deal.Parties.Where(p => SellsByKind(deal.Type, kinds.GetValueOrDefault(p.Name))).ToList();
        // "CoreWeave ... with OpenAI and Meta": a cloud that rents out capacity sells to a hyperscaler that buys it.
        if (deal.Type == DealType.CloudCapacity && sellers.Count > 1 && sellers.Count(p => kinds.GetValueOrDefault(p.Name) != CompanyKind.Hyperscaler) == 1)
        {
            sellers = [.. sellers.Where(p => kinds.GetValueOrDefault(p.Name) != CompanyKind.Hyperscaler)];
        }

        if (sellers.Count != 1 || BuyersBeforeSeller(deal, sellers[0].Name, facts))
        {
            return [deal];
        }

        var role = deal.Type == DealType.CloudCapacity ? DealRole.Provider : DealRole.Supplier;
        return deal.Parties.Where(p => p.Name != sellers[0].Name)
            .Select(buyer => deal with { Parties = [sellers[0] with { Role = role }, buyer with { Role = DealRole.Customer }] });
    }

    // Whether the sentence names every buyer of the deal before it first names the seller (a named seller is required).
    private static bool BuyersBeforeSeller(ExtractedDeal deal, string seller, SentenceFacts facts)
    {
        var sellerAt = facts.Companies.FirstOrDefault(c => c.Name == seller)?.Span.Start;
        return sellerAt is { } at && deal.Parties.Where(p => p.Name != seller)
            .All(p => facts.Companies.FirstOrDefault(c => c.Name == p.Name) is { } buyer && buyer.Span.Start < at);
    }

    // "it bought Tibit Communications and Benu Networks": one buyer of companies listed right after the verb bought each of them,
    // in as many acquisitions. A price for them together is not split, and such a deal stays whole.
    private static IEnumerable<ExtractedDeal> SplitTargets(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        if (deal.Type != DealType.Acquisition || deal.AmountUsd is not null || deal.Parties.Count < 3
            || deal.Parties.Count(p => p.Role == DealRole.Acquirer) != 1 || deal.Parties.Count(p => p.Role == DealRole.Target) != deal.Parties.Count - 1)
        {
            return [deal];
        }

        var targets = facts.Companies.Where(c => deal.Parties.Any(p => p.Role == DealRole.Target && p.Name == c.Name)).ToList();
        if (targets.Count != deal.Parties.Count - 1 || targets.DistinctBy(c => c.Name).Count() != targets.Count)
        {
            return [deal];
        }

        var first = targets[0].Span.Start;
        var lead = Math.Max(facts.Span.Start, first - 40);
        if (!BuysCompanyIn(text.AsSpan(lead, first - lead)) || !NamedInOneList(text, targets))
        {
            return [deal];
        }

        var buyer = deal.Parties.First(p => p.Role == DealRole.Acquirer);
        return deal.Parties.Where(p => p.Role == DealRole.Target).Select(target => deal with { Parties = [buyer, target] });
    }

    // "Alibaba has also put money into Zhipu AI, MiniMax and Baichuan": investors who put money into companies listed right after
    // "in" or "into" (or "backed") made one investment in each. A sum for them together is not split, and such a deal stays whole.
    private static IEnumerable<ExtractedDeal> SplitInvestees(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        if (deal.Type != DealType.Investment || deal.AmountUsd is not null || deal.Parties.Count < 3
            || !deal.Parties.Any(p => p.Role == DealRole.Investor) || deal.Parties.Count(p => p.Role == DealRole.Investee) < 2)
        {
            return [deal];
        }

        var investees = facts.Companies.Where(c => deal.Parties.Any(p => p.Role == DealRole.Investee && p.Name == c.Name)).ToList();
        if (investees.DistinctBy(c => c.Name).Count() != investees.Count)
        {
            return [deal];
        }

        var first = investees[0].Span.Start;
        var lead = Math.Max(facts.Span.Start, first - 30);
        if (!InvestsInBefore().IsMatch(text.AsSpan(lead, first - lead)) || !NamedInOneList(text, investees))
        {
            return [deal];
        }

        var investors = deal.Parties.Where(p => p.Role == DealRole.Investor).ToList();
        return deal.Parties.Where(p => p.Role == DealRole.Investee).Select(investee => deal with { Parties = [.. investors, investee] });
    }

    // Whether the companies, in the order named, stand in one list: "A, B and C".
    private static bool NamedInOneList(string text, List<CompanyMention> named)
    {
        for (var i = 1; i < named.Count; i++)
        {
            if (!ListStep().IsMatch(text.AsSpan(named[i - 1].Span.End, Math.Max(0, named[i].Span.Start - named[i - 1].Span.End))))
            {
                return false;
            }
        }

        return true;
    }

    // "invested in ", "put money into ", "has backed ", "stakes in startups "
    [GeneratedRegex(@"\b(?:in|into|backed|backs|backing|funded|funds)\s(?:(?:the\s)?(?:startups?|companies|labs|firms|developers)\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InvestsInBefore();

    private static IEnumerable<ExtractedDeal> SplitCustomers(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        var sellers = deal.Parties.Where(p => p.Role is DealRole.Provider or DealRole.Supplier).ToList();
        if (deal.Parties.Count < 3 || sellers.Count != 1 || !CustomersNamed().IsMatch(text.AsSpan(facts.Span.Start, facts.Span.End - facts.Span.Start)))
        {
            return [deal];
        }

        return deal.Parties.Where(p => p.Name != sellers[0].Name).Select(customer => deal with { Parties = [sellers[0], customer] });
    }

    // Customers signed up by a cloud buy capacity, by a chip maker chips, by a power producer power. A contract between a cloud and
    // a company that is none is capacity, one with a power producer power. Other companies are partners.
    private static DealType TypedBySides(List<CompanyKind> sides, bool customers)
    {
        if (customers)
        {
            return sides.Any(IsCloud) ? DealType.CloudCapacity
                : sides.Contains(CompanyKind.ChipMaker) ? DealType.ChipSupply
                : sides.Contains(CompanyKind.Utility) ? DealType.Power
                : DealType.Partnership;
        }

        return sides.Contains(CompanyKind.Utility) ? DealType.Power
            : sides.Any(IsCloud) && !sides.All(IsCloud) ? DealType.CloudCapacity
            : DealType.Partnership;
    }

    // Where the clause that starts at `from` ends: at the first comma, semicolon, dash or bracket that does not go on with a list of
    // companies ("from a group that includes Schwarz Group, Bosch Ventures and SAP"), or at the sentence's end.
    private static int RelativeClauseEnd(string text, SentenceFacts facts, int from)
    {
        while (text.AsSpan(from, facts.Span.End - from).IndexOfAny(ClauseEnds) is var found and >= 0)
        {
            var at = from + found;
            var next = at + 1 < facts.Span.End && text[at] == ',' ? at + (text.AsSpan(at).StartsWith(", and ", StringComparison.Ordinal) ? 6 : 2) : -1;
            if (facts.Companies.FirstOrDefault(c => c.Span.Start == next) is not { } listed)
            {
                return at;
            }

            from = listed.Span.End;
        }

        return facts.Span.End;
    }

    // Whether a colon or semicolon after `anaphorAt` (in the sentence) and before the trigger is followed by a company before the trigger.
    private static bool ClosedBeforeNamedSubject(string sentence, SentenceFacts facts, int anaphorAt, int triggerAt)
    {
        var trigger = triggerAt - facts.Span.Start;
        var close = trigger > anaphorAt ? sentence.AsSpan(anaphorAt, trigger - anaphorAt).LastIndexOfAny(':', ';') : -1;
        return close >= 0 && facts.Companies.Any(c => c.Span.Start > facts.Span.Start + anaphorAt + close && c.Span.Start < triggerAt);
    }

    // The company a customer wording names as the seller: the one right before "'s customers", or right after "a customer of".
    private static CompanyMention? SellerOfCustomers(SentenceFacts facts, int at, int afterOf) =>
        afterOf >= 0 ? facts.Companies.FirstOrDefault(c => c.Span.Start == afterOf) : facts.Companies.LastOrDefault(c => c.Span.End == at);

    // Whether the words at `at` open a description set off by a comma: ", one of", ", among", ", a".
    private static bool OpensDescription(string text, int at) =>
        CustomerApposition().IsMatch(text.AsSpan(Math.Max(0, at - 16), at - Math.Max(0, at - 16)));

    // What a company of this kind sells by its kind: chips, cloud capacity or power.
    private static DealType? SoldByKind(CompanyKind kind) => kind switch
    {
        CompanyKind.ChipMaker => DealType.ChipSupply,
        CompanyKind.Utility => DealType.Power,
        _ when IsCloud(kind) => DealType.CloudCapacity,
        _ => null,
    };

    private static bool IsCloud(CompanyKind kind) => kind is CompanyKind.Neocloud or CompanyKind.DataCenter or CompanyKind.Hyperscaler;

    // Whether a company of this kind is, by its kind, the one that sells what a deal of this type buys: a cloud capacity, a chip
    // maker chips, a power producer power.
    private static bool SellsByKind(DealType type, CompanyKind kind) => type switch
    {
        DealType.CloudCapacity => IsCloud(kind),
        DealType.ChipSupply => kind == CompanyKind.ChipMaker,
        DealType.Power => kind == CompanyKind.Utility,
        _ => false,
    };

    // "Nvidia said it would work with Foxconn in Houston and with Wistron in Fort Worth": each company named after its own "with"
    // is a deal of its own with the subject.
    private static IEnumerable<ExtractedDeal> SplitRepeatedWith(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        if (deal.Parties.Count < 3 || deal.Type is DealType.Investment or DealType.JointVenture)
        {
            return [deal];
        }

        var withed = facts.Companies
            .Where(c => deal.Parties.Any(p => p.Name == c.Name) && WithBefore().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 5), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 5))))
            .Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
        var others = deal.Parties.Where(p => !withed.Contains(p.Name, StringComparer.Ordinal)).ToList();
        if (withed.Count < 2 || others.Count == 0)
        {
            return [deal];
        }

        return withed.Select(name => deal with { Parties = [.. others, deal.Parties.First(p => p.Name == name)] });
    }

    // "It signed deals with RWE, Avangrid and Cypress Creek", "frameworks with Microsoft and Google": agreements in the plural with a
    // list of companies are one agreement with each of them. ("A partnership with HPE and Oracle" is one, with both.)
    // "Reliance and Tata Communications each struck partnerships with Nvidia": companies listed before "each" (or "both") did the
    // same thing apart, so each made a deal of its own with the companies named after.
    private static IEnumerable<ExtractedDeal> SplitEach(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        if (deal.Parties.Count < 3 || deal.Type == DealType.JointVenture
            || !text.AsSpan(facts.Span.Start, facts.Span.End - facts.Span.Start).ContainsAny(EachWords)
            || EachDid().Match(text, facts.Span.Start, facts.Span.End - facts.Span.Start) is not { Success: true } each)
        {
            return [deal];
        }

        var listed = facts.Companies.Where(c => c.Span.End <= each.Index && deal.Parties.Any(p => p.Name == c.Name)).DistinctBy(c => c.Name).ToList();
        var others = deal.Parties.Where(p => !listed.Any(c => c.Name == p.Name)).ToList();
        if (listed.Count < 2 || others.Count == 0 || listed[^1].Span.End != each.Index || !NamedInOneList(text, listed))
        {
            return [deal];
        }

        return listed.Select(c => deal with { Parties = [deal.Parties.First(p => p.Name == c.Name), .. others] });
    }

    private static IEnumerable<ExtractedDeal> SplitPluralWith(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        if (deal.Parties.Count < 3 || deal.Type is DealType.Investment or DealType.JointVenture or DealType.Acquisition)
        {
            return [deal];
        }

        var companies = facts.Companies;
        for (var i = 0; i + 1 < companies.Count; i++)
        {
            var before = text.AsSpan(Math.Max(facts.Span.Start, companies[i].Span.Start - 60), companies[i].Span.Start - Math.Max(facts.Span.Start, companies[i].Span.Start - 60));
            if (!PluralWith().IsMatch(before))
            {
                continue;
            }

            var last = i;
            while (last + 1 < companies.Count && ListStep().IsMatch(text.AsSpan(companies[last].Span.End, Math.Max(0, companies[last + 1].Span.Start - companies[last].Span.End))))
            {
                last++;
            }

            var listed = companies.Skip(i).Take(last - i + 1).Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
            var others = deal.Parties.Where(p => !listed.Contains(p.Name, StringComparer.Ordinal)).ToList();
            if (listed.Count < 2 || others.Count == 0 || !listed.All(n => deal.Parties.Any(p => p.Name == n)))
            {
                return [deal];
            }

            // The listed companies stand on the side opposite the others: they take the role one of them has that the others do not.
            var otherRoles = others.Select(p => p.Role).ToHashSet();
            var listedRole = deal.Parties.Where(p => listed.Contains(p.Name, StringComparer.Ordinal) && !otherRoles.Contains(p.Role)).Select(p => (DealRole?)p.Role).FirstOrDefault();
            return listed.Select(name => deal with
            {
                Parties = [.. others, deal.Parties.First(p => p.Name == name) is var party && listedRole is { } role ? party with { Role = role } : party],
            });
        }

        return [deal];
    }

    // "Google's order for reactors from Kairos Power and Amazon's investment in X-energy both came in October": deals named by a
    // company's noun phrase ("A's investment in B"), two or more in one sentence, are one deal each, typed by their noun.
    private static List<ExtractedDeal>? SplitNominal(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        List<ExtractedDeal>? split = null;
        for (var i = 0; i + 1 < facts.Companies.Count; i++)
        {
            var (a, b) = (facts.Companies[i], facts.Companies[i + 1]);
            var m = NominalDeal().Match(text, a.Span.End, b.Span.Start - a.Span.End);
            if (!m.Success || m.Length != b.Span.Start - a.Span.End)
            {
                continue;
            }

            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            var type = noun switch
            {
                "investment" or "stake" => DealType.Investment,
                "acquisition" or "purchase" or "takeover" => DealType.Acquisition,
                "order" when PowerRegex().IsMatch(m.Value) => DealType.Power,
                "order" when ChipSupplyRegex().IsMatch("buy " + m.Value) => DealType.ChipSupply,
                _ => deal.Type,
            };
            var (first, second) = type switch
            {
                DealType.Investment => (DealRole.Investor, DealRole.Investee),
                DealType.Acquisition => (DealRole.Acquirer, DealRole.Target),
                DealType.Power or DealType.ChipSupply => (DealRole.Customer, DealRole.Supplier),
                _ => (DealRole.Partner, DealRole.Partner),
            };
            (split ??= []).Add(deal with
            {
                Type = type,
                Parties = [new ExtractedParty(a.Name, first), new ExtractedParty(b.Name, second)],
                AmountUsd = null,
                Amount = null,
                Currency = null,
                Qualifier = AmountQualifier.Exact,
            });
            i++;
        }

        return split is { Count: >= 2 } ? split : null;
    }

    // "It put $2 billion into Anthropic in 2023 and another $1 billion in January": a second tranche is a deal of its own, dated
    // by what follows it.
    private static IEnumerable<ExtractedDeal> SplitTranches(string text, SentenceFacts facts, ExtractedDeal deal)
    {
        var amounts = facts.Amounts.Where(a => !a.PerUnit && a.Usd is not null).ToList();
        var second = amounts.Skip(1).FirstOrDefault(a => AnotherTranche().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, a.Span.Start - 24), a.Span.Start - Math.Max(facts.Span.Start, a.Span.Start - 24))));
        if (second is null || deal.AmountUsd != amounts[0].Usd)
        {
            return [deal];
        }

        var before = facts.Dates.Where(d => d.Span.End <= second.Span.Start && !d.YearInferred).Select(d => (PartialDate?)d.Value).FirstOrDefault();
        var after = facts.Dates.Where(d => d.Span.Start >= second.Span.End && !d.YearInferred).Select(d => (PartialDate?)d.Value).FirstOrDefault();
        return [deal with { Date = before }, WithAmount(deal, second) with { Date = after }];
    }

    private static ExtractedDeal WithAmount(ExtractedDeal deal, ExtractedAmount amount) =>
        deal with { AmountUsd = amount.Usd, Amount = amount.Value, Currency = amount.Currency, Qualifier = amount.Qualifier };

    // "Microsoft will invest up to $5 billion and Nvidia up to $10 billion in Anthropic": companies each followed by their own
    // amount, then the common counterparty.
    private static List<(string Company, ExtractedAmount Amount)>? Interleaved(SentenceFacts facts, ExtractedDeal deal, List<ExtractedAmount> amounts)
    {
        var items = facts.Companies.Where(c => deal.Parties.Any(p => p.Name == c.Name)).Select(c => (c.Span, Company: (string?)c.Name, Amount: (ExtractedAmount?)null))
            .Concat(amounts.Select(a => (a.Span, Company: (string?)null, Amount: (ExtractedAmount?)a)))
            .OrderBy(x => x.Span.Start).ToList();
        var pairs = new List<(string Company, ExtractedAmount Amount)>();
        var k = 0;
        while (k + 1 < items.Count && items[k].Company is { } company && items[k + 1].Amount is { } amount && items[k + 1].Span.Start - items[k].Span.End <= 24)
        {
            pairs.Add((company, amount));
            k += 2;
        }

        var rest = items.Skip(k).Where(x => x.Company is not null).Select(x => x.Company!).ToList();
        return pairs.Count >= 2 && pairs.Select(p => p.Company).Distinct(StringComparer.Ordinal).Count() == pairs.Count
            && k < items.Count && items[k].Company is { } next && !pairs.Any(p => p.Company == next) && rest.Count > 0
            ? pairs : null;
    }

    // The companies a pronoun at the start of sentence s may stand for: those of the sentence before, latest first, and among
    // them first those that acted there ("Nvidia has absorbed", "Microsoft's largest purchase").
    private static IEnumerable<string> Antecedents(string text, IReadOnlyList<SentenceFacts> sentences, int s)
    {
        if (s == 0)
        {
            return [];
        }

        // "Safe Superintelligence has raised money ... In September 2024 it raised $1 billion ... In April it raised": a sentence
        // whose own subject is a pronoun hands the question on to the sentence before it.
        // "The startup grew fast. In March 2023 it raised ...": a young company is meant, not the hyperscaler named nearby.
        var kinds = new HashSet<CompanyKind>(KindsMeant(text[sentences[s].Span.Start..sentences[s].Span.End]));
        var acting = new List<CompanyMention>();
        var named = new List<CompanyMention>();
        var objects = new List<CompanyMention>();
        for (var k = s - 1; k >= Math.Max(0, s - 4); k--)
        {
            // "Oklo, the company whose board is chaired by OpenAI's chief executive, ...": a company inside another one's
            // description is not what a later pronoun stands for.
            var sentence = text[sentences[k].Span.Start..sentences[k].Span.End];
            var described = Descriptions(sentence, sentences[k], evenTellingDeals: true);
            // Latest first, but the company that opens the sentence, its subject, before all others: in "d-Matrix's bet is that
            // ... where Nvidia's GPUs dominate", a later "it" is d-Matrix. A subject that is only described ("Run:ai is one of
            // several companies Nvidia has absorbed") does not go first.
            var start = sentences[k].Span.Start;
            // "For Ciena, the Nubis deal is its largest": a company the sentence opens with "For X," is what it is about.
            bool Opens(CompanyMention c) => (c.Span.Start == start || DateParser.IsWireDatelinePrefix(text.AsSpan(start, Math.Max(0, c.Span.Start - start)))
                    || (c.Span.Start == start + 4 && text.AsSpan(start, 4) is "For " && c.Span.End < text.Length && text[c.Span.End] == ','))
                && !CopulaAfter().IsMatch(text.AsSpan(c.Span.End, Math.Min(12, text.Length - c.Span.End)));
            var ranked = sentences[k].Companies.Where(c => !described.Any(d => c.Span.Start - start >= d.Start && c.Span.Start - start < d.End))
                .Reverse().Select(c => (Mention: c, Opens: Opens(c))).OrderBy(x => x.Opens ? 0 : 1).ToList();
            var previous = ranked.ConvertAll(x => x.Mention);
            // "Groq sells access ... such as Meta's Llama": the company opening the sentence acts before one owning a thing later.
            acting.AddRange(ranked.Where(x => x.Opens || ActsAfter().IsMatch(text.AsSpan(x.Mention.Span.End, Math.Min(24, text.Length - x.Mention.Span.End)))).Select(x => x.Mention));
            named.AddRange(previous);
            // A sentence that names no company ("Its shares have doubled.") passes the question on as well.
            if (sentences[k].Companies.Count > 0 && !AnaphorOpens(sentence, sentences[k]))
            {
                break;
            }

            // "It is only OpenAI's second acquisition.": an "it" that points nowhere, before the company whose thing the sentence
            // tells of, stands for nothing; that company is the one meant.
            if (sentences[k].Companies.Count > 0 && ExpletiveIt().Match(sentence) is { Success: true } it && sentences[k].Companies[0] is var owner && owner.Span.Start == start + it.Length
                && CompanyRecognizer.Possessive(text, owner.Span.End))
            {
                acting.Insert(0, owner);
                break;
            }

            // "Last year the company picked Samsung's foundry business": the companies a pronoun subject acts on come after the
            // one it stands for.
            kinds.UnionWith(KindsMeant(sentence));
            acting.Clear();
            named.RemoveRange(named.Count - previous.Count, previous.Count);
            objects.AddRange(previous);
        }

        var ordered = acting.Concat(named).Concat(objects);
        if (kinds.Count > 0)
        {
            ordered = ordered.Where(c => kinds.Contains(c.Kind)).Concat(ordered);
        }

        // "In September, the telecom group said ...": the company the text described with that word ("telecoms group Iliad",
        // "Iliad, the telecom operator") before the others.
        if (DescribedSubject().Match(text, sentences[s].Span.Start, sentences[s].Span.End - sentences[s].Span.Start) is { Success: true } subject)
        {
            var word = subject.Groups[1].Value;
            var stem = word[..Math.Min(word.Length, 5)];
            var noun = subject.Groups[2].Value;
            // "the Japanese group": a company whose own name ends in the noun ("SoftBank Group") is described by it as well.
            var describedSo = sentences.Take(s).SelectMany(f => f.Companies)
                .Where(c => DescribedWith(text, c, stem) || text.AsSpan(c.Span.Start, c.Span.End - c.Span.Start).EndsWith(noun, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            ordered = ordered.Where(c => describedSo.Contains(c.Name)).Concat(ordered);
        }

        return ordered.Select(c => c.Name).Distinct(StringComparer.Ordinal);
    }

    // The words just before and after a company's mention, within its sentence, hold `stem`: "telecoms group Iliad", "Iliad, the
    // telecom operator".
    private static bool DescribedWith(string text, CompanyMention company, string stem)
    {
        var before = text.AsSpan(Math.Max(0, company.Span.Start - 30), company.Span.Start - Math.Max(0, company.Span.Start - 30));
        before = before[(before.LastIndexOfAny('.', '\n') + 1)..];
        var after = text.AsSpan(company.Span.End, Math.Min(40, text.Length - company.Span.End));
        var stop = after.IndexOfAny('.', '\n');
        after = stop < 0 ? after : after[..stop];
        return before.Contains(stem, StringComparison.OrdinalIgnoreCase) || after.Contains(stem, StringComparison.OrdinalIgnoreCase);
    }

    // "the startup" is a young company, "the chipmaker" a chip maker, "the utility" a utility.
    private static IEnumerable<CompanyKind> KindsMeant(string sentence)
    {
        var m = KindAnaphor().Match(sentence);
        if (!m.Success)
        {
            return [];
        }

        return m.Groups[1].Value.ToLowerInvariant() switch
        {
            "startup" or "start-up" or "lab" or "upstart" => [CompanyKind.AiLab, CompanyKind.Unknown, CompanyKind.Neocloud],
            "chipmaker" or "chip maker" or "chip designer" or "chip company" => [CompanyKind.ChipMaker],
            "cloud provider" or "neocloud" => [CompanyKind.Neocloud, CompanyKind.Hyperscaler],
            "utility" or "power company" => [CompanyKind.Utility],
            "investor" or "fund" or "investment firm" => [CompanyKind.Investor],
            _ => [],
        };
    }

    // The clause (relative to the sentence) around a position: cut at "; " and at ", and ", ", but ", ", while " before a lower-case
    // word, which starts a new verb phrase rather than continuing a list of names.
    private static (int Start, int End) ClauseAround(string sentence, int at)
    {
        var start = 0;
        var end = sentence.Length;
        for (var m = ClauseBreak().Match(sentence); m.Success; m = m.NextMatch())
        {
            var next = m.Index + m.Length;
            if (next >= sentence.Length || !char.IsLower(sentence[next]))
            {
                continue;
            }

            if (m.Index < at)
            {
                start = next;
            }
            else if (m.Index >= at && end == sentence.Length)
            {
                end = m.Index;
            }
        }

        return (start, end);
    }

    // "buy the infrastructure investor, which owns stakes in ports and power plants, for $12.5 billion": a which-clause describes
    // what comes before it, so its wording does not type the deal (its companies may still take part: "..., which helped
    // TeraWulf line up financing").
    private static List<TextSpan> WhichClauses(string sentence)
    {
        var spans = new List<TextSpan>();
        for (var m = WhichClause().Match(sentence); m.Success; m = m.NextMatch())
        {
            var span = ToClauseEnd(sentence, m.Index, m.Index + m.Length);
            if (!TellsDeal(sentence, span))
            {
                spans.Add(span);
            }
        }

        return spans;
    }

    // Spans (relative to the sentence) that describe a company rather than tell the deal: ", a Helsinki-based lab," or ", which
    // ..." after a company name, up to the next comma, dash or the sentence end, and remarks on the deal.
    private static List<TextSpan> Descriptions(string sentence, SentenceFacts facts, bool evenTellingDeals = false)
    {
        var spans = new List<TextSpan>();
        foreach (var company in facts.Companies)
        {
            var at = company.Span.End - facts.Span.Start;
            if (at < 0 || at >= sentence.Length || sentence[at] is not (',' or '\''))
            {
                continue;
            }

            var lead = DescriptionLead().Match(sentence, at);
            if (!lead.Success)
            {
                continue;
            }

            // "DeepMind, the London research lab that Google bought in 2014": the description tells the deal itself.
            var span = ToClauseEnd(sentence, lead.Index, lead.Index + lead.Length);
            if (evenTellingDeals || !TellsDeal(sentence, span))
            {
                spans.Add(span);
            }
        }

        // "Aravind Srinivas, a former research scientist at OpenAI and Google, has said": a person's past.
        for (var m = FormerLead().Match(sentence); m.Success; m = m.NextMatch())
        {
            spans.Add(ToClauseEnd(sentence, m.Index, m.Index + m.Length));
        }

        // "..., giving Europe a contender in the race dominated by OpenAI", "..., creating the largest supplier": what the deal does.
        for (var m = ConsequenceLead().Match(sentence); m.Success; m = m.NextMatch())
        {
            spans.Add(ToClauseEnd(sentence, m.Index, m.Index + m.Length));
        }

        // "..., a multiyear agreement that gives AMD its biggest win in a market dominated by NVIDIA": a remark on the deal.
        for (var m = RemarkLead().Match(sentence); m.Success; m = m.NextMatch())
        {
            spans.Add(ToClauseEnd(sentence, m.Index, m.Index + m.Length));
        }

        return spans;
    }

    // From start to the next comma, semicolon, dash or bracket at or after `from`, or to the sentence end.
    private static TextSpan ToClauseEnd(string sentence, int start, int from)
    {
        var end = sentence.AsSpan(from).IndexOfAny(ClauseEnds);
        return new TextSpan(start, end < 0 ? sentence.Length : from + end);
    }

    // Every alternative of SubjectAnaphor (case as written) starts with "it", "It", "the" or "The" ("Its" starts with "It"), so a
    // match cannot start before the first of them. Whether one may start before any company of the sentence (or with the first
    // company, where "no company before it" still holds).
    private static readonly SearchValues<string> AnaphorLeads = SearchValues.Create(["it", "It", "the", "The"], StringComparison.Ordinal);

    private static bool MayOpenWithAnaphor(string sentence, SentenceFacts facts)
    {
        var first = int.MaxValue;
        foreach (var company in facts.Companies)
        {
            first = Math.Min(first, company.Span.Start - facts.Span.Start);
        }

        var lead = sentence.AsSpan().IndexOfAny(AnaphorLeads);
        return lead >= 0 && lead <= first;
    }

    // Whether the sentence's subject is a pronoun: SubjectAnaphor matches with no company before the match.
    private static bool AnaphorOpens(string sentence, SentenceFacts facts)
    {
        if (!MayOpenWithAnaphor(sentence, facts))
        {
            return false;
        }

        var anaphor = SubjectAnaphor().Match(sentence);
        return anaphor.Success && !facts.Companies.Any(c => c.Span.Start < facts.Span.Start + anaphor.Index);
    }

    private static bool TellsDeal(string sentence, TextSpan span) =>
        (sentence.AsSpan(span.Start, span.End - span.Start).ContainsAny(RelativeVerbs)
            && (RelativeDeal().IsMatch(sentence.AsSpan(span.Start, span.End - span.Start)) || RelativeActs().IsMatch(sentence.AsSpan(span.Start, span.End - span.Start))))
        // "Bloom Energy, which agreed to install fuel cells at its sites": an agreement, not what the company is.
        || (sentence.AsSpan(span.Start, span.End - span.Start).Contains("agreed", StringComparison.Ordinal) && RelativeAgreed().IsMatch(sentence.AsSpan(span.Start, span.End - span.Start)));

    // "Lambda, the GPU cloud provider that has long rented Nvidia hardware, ...", "OpenAI, Microsoft's closest partner, ...":
    // a company named inside the description set off after another company.
    // "Yann LeCun, Meta's chief AI scientist", "former Google chief executive Eric Schmidt", "a former Intel executive": a company
    // named as a person's employer takes no part in the deal.
    private static bool EmployerOfPerson(string text, CompanyMention company) =>
        PersonTitleAfter().IsMatch(text.AsSpan(company.Span.End, Math.Min(40, text.Length - company.Span.End)));

    // "the Microsoft-backed startup", "Nvidia-based systems": a company in a compound word is named in passing; "a BlackRock-led
    // round" names the round's leader, who takes part.
    private static bool InCompound(string text, CompanyMention company) =>
        company.Span.End + 1 < text.Length && text[company.Span.End] == '-' && char.IsLower(text[company.Span.End + 1])
        && !text.AsSpan(company.Span.End).StartsWith("-led ", StringComparison.Ordinal);

    private static bool InApposition(string text, SentenceFacts facts, CompanyMention company)
    {
        var before = facts.Companies.LastOrDefault(c => c.Span.End <= company.Span.Start);
        if (before is null)
        {
            return false;
        }

        var between = text.AsSpan(before.Span.End, company.Span.Start - before.Span.End);
        if (between.SequenceEqual(", "))
        {
            return text.AsSpan(company.Span.End).StartsWith("'s ", StringComparison.Ordinal);
        }

        var through = Math.Min(text.Length, company.Span.End + 16);
        return AppositionLead().IsMatch(between) && !RelativeDeal().IsMatch(text.AsSpan(before.Span.End, through - before.Span.End));
    }

    private static bool InvestTogether(string text, SentenceFacts facts, List<string> parties, int triggerAt)
    {
        var named = facts.Companies.Where(c => parties.Contains(c.Name, StringComparer.Ordinal)).ToList();
        if (named.Count < 2)
        {
            return false;
        }

        // "Anthropic plans to invest $50 billion in American computing infrastructure, ... data centers that will be built with
        // the British cloud company Fluidstack": the company it works with is a partner, not the one invested in.
        if (named[0].Span.End <= triggerAt && InvestedIn().Match(text, named[0].Span.End, facts.Span.End - named[0].Span.End) is { Success: true } investedIn
            && !facts.Companies.Any(c => c.Span.Start == investedIn.Index + investedIn.Length)
            && named.Skip(1).All(c => c.Span.Start > triggerAt && WithLead().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 40), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 40)))))
        {
            return true;
        }

        if (named.Any(c => c.Span.End > triggerAt) || facts.Companies.Any(c => c.Span.Start > triggerAt))
        {
            return false;
        }

        for (var k = 1; k < named.Count; k++)
        {
            var between = text.AsSpan(named[k - 1].Span.End, Math.Max(0, named[k].Span.Start - named[k - 1].Span.End));
            if (between is not (" and " or ", " or ", and " or " & "))
            {
                return false;
            }
        }

        return InvestedInThing().IsMatch(text.AsSpan(named[^1].Span.End, facts.Span.End - named[^1].Span.End));
    }

    // The company named most often before sentence `before` (of one kind, if given).
    private static string? Topic(IReadOnlyList<SentenceFacts> sentences, int before, CompanyKind? kind = null) =>
        sentences.Take(before).SelectMany(f => f.Companies).Where(c => kind is null || c.Kind == kind).GroupBy(c => c.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static ExtractedDeal? ReadDeal(string text, string sentence, SentenceFacts facts, Func<IEnumerable<string>> antecedents, Func<string?> findTopic, Func<string?> findChipMaker, PartialDate? published, Dictionary<string, CompanyKind> kinds, DealType? inherited = null, string? impliedSubject = null, IReadOnlyList<ExtractedDeal>? told = null)
    {
        // Most sentences hold no deal wording at all; one pass over the sentence for the trigger patterns' keywords spares
        // running each pattern. Every trigger pattern below needs at least one of these words.
        if (facts.IsHeadline || (!HoldsTriggerWord(sentence) && !StartsWithTriggerWord(sentence)))
        {
            return null;
        }

        // A sentence holding a letter that regex IgnoreCase folds to ASCII runs every pattern (see FoldsToAscii); looked for once.
        var folds = sentence.AsSpan().IndexOfAny(FoldsToAscii) >= 0;
        bool May(SearchValues<string> words) => folds || sentence.AsSpan().IndexOfAny(words) >= 0;
        bool MayAtWordStart(SearchValues<string> words) => folds || HoldsAtWordStart(sentence, words);

        DealType? type = null;
        var triggerAt = -1;

        // Wording inside a company's description ("X-energy, a Maryland-based reactor designer,") does not type the deal.
        // Both lists are made only when needed: most sentences that reach this point match no pattern below.
        List<TextSpan>? descriptions = null;
        List<TextSpan> DescriptionsHere() => descriptions ??= Descriptions(sentence, facts);
        // Nor does wording inside a company's name ("CPP Investments", "Cipher Mining").
        List<TextSpan>? untyped = null;
        List<TextSpan> Untyped() => untyped ??= DescriptionsHere().Concat(WhichClauses(sentence))
            .Concat(facts.Companies.Where(c => c.Span.Start >= facts.Span.Start).Select(c => new TextSpan(c.Span.Start - facts.Span.Start, c.Span.End - facts.Span.Start)))
            .ToList();
        Match Outside(Regex regex)
        {
            var m = regex.Match(sentence);
            while (m.Success && Untyped().Any(d => m.Index >= d.Start && m.Index < d.End))
            {
                m = m.NextMatch();
            }

            return m;
        }

        // The same for an anchored pattern; its matches are never empty, so the next one starts where the last one ended.
        Match OutsideAnchored(AnchoredPattern pattern)
        {
            var m = pattern.Match(sentence);
            while (m.Success && Untyped().Any(d => m.Index >= d.Start && m.Index < d.End))
            {
                m = pattern.Match(sentence, m.Index + m.Length);
            }

            return m;
        }

        var strong = sentence.AsSpan().IndexOfAny(CurrencySigns) >= 0 || May(StrongInvestmentNeeds) ? Outside(StrongInvestment()) : Match.Empty;
        // "secured a $1.4 billion project loan": borrowed money is no investment, and lenders are no parties.
        if (strong.Success && !IsJointVenture(sentence) && !IsHiring(sentence)
            && !LoanAfter().IsMatch(sentence.AsSpan(strong.Index + strong.Length, Math.Min(40, sentence.Length - strong.Index - strong.Length))))
        {
            type = DealType.Investment;
            triggerAt = facts.Span.Start + strong.Index;
        }

        // "AWS and Hugging Face announced an expanded partnership that made AWS its preferred cloud provider": the text names
        // the deal a partnership and puts no price on it.
        // "unveiled a partnership aimed at spurring $20 billion of investment": a sum the partnership aims at is no price on it.
        if (type is null && May(PartnershipNouns) && Outside(NamedPartnership()) is { Success: true } named
            && facts.Amounts.All(a => a.PerUnit || (a.Span.Start > facts.Span.Start + named.Index + named.Length
                && PartnershipAim().IsMatch(text.AsSpan(facts.Span.Start + named.Index + named.Length, a.Span.Start - facts.Span.Start - named.Index - named.Length))))
            && !IsFundingProgram(sentence) && !IsJointVenture(sentence))
        {
            type = DealType.Partnership;
            triggerAt = facts.Span.Start + named.Index;
        }

        // "Nvidia and Oracle would build Solstice, a system with 100,000 GPUs": two companies named together as the subject of
        // building or developing something are partners in it.
        if (type is null && facts.Companies.Count >= 2 && sentence.AsSpan().ContainsAny(BuildWords) && BuildTogether().Match(sentence) is { Success: true } together
            && facts.Companies.Count(c => c.Span.End <= facts.Span.Start + together.Index) >= 2
            && ListGlue().IsMatch(CompoundSubject(text, facts, facts.Span.Start + together.Index)))
        {
            type = DealType.Partnership;
            triggerAt = facts.Span.Start + together.Index;
        }

        // "it bought Deci", "agreed to buy Halvora Systems": buying a named company is an acquisition.
        if (type is null && facts.Companies.FirstOrDefault(c => c.Span.Start > facts.Span.Start + 4
                && BuysCompanyIn(text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 40), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 40)))
                && !BoughtFor().IsMatch(text.AsSpan(c.Span.End, Math.Min(8, text.Length - c.Span.End)))
                // "agreed to buy Nvidia's GH200 chips": a chip maker's goods, not the chip maker.
                && !(c.Kind == CompanyKind.ChipMaker && CompanyRecognizer.Possessive(text, c.Span.End))) is { } bought
            && !DescriptionsHere().Any(d => bought.Span.Start - facts.Span.Start >= d.Start && bought.Span.Start - facts.Span.Start < d.End))
        {
            type = DealType.Acquisition;
            triggerAt = bought.Span.Start - 1;
        }

        // "employees sold about $6.6 billion of OpenAI stock to Thrive Capital, SoftBank and MGX": those it is sold to invest in the
        // company whose stock it is (named before "stock", or else the subject selling its own).
        string? stockOf = null;
        if (type is null && sentence.Contains("sold", StringComparison.Ordinal) && StockSoldTo().Match(sentence) is { Success: true } stock)
        {
            var at = facts.Span.Start + stock.Index;
            var ownerEnd = at + stock.Groups["stock"].Index - stock.Index;
            stockOf = facts.Companies.LastOrDefault(c => c.Span.Start >= at && c.Span.End <= ownerEnd)?.Name
                ?? facts.Companies.LastOrDefault(c => c.Span.End <= at)?.Name;
            if (stockOf is not null && facts.Companies.Any(c => c.Span.Start >= at + stock.Length && c.Name != stockOf))
            {
                type = DealType.Investment;
                triggerAt = at;
            }
            else
            {
                stockOf = null;
            }
        }

        // "will pay $850 million in cash for 75% of Motivair", "bought 49% of X": buying a share of a company is an investment in it, or
        // its acquisition when the share is more than half.
        if (type is null && (sentence.Contains('%') || sentence.Contains("percent", StringComparison.Ordinal)))
        {
            for (var m = ShareOf().Match(sentence); type is null && m.Success; m = m.NextMatch())
            {
                var after = facts.Span.Start + m.Index + m.Length;
                if (facts.Companies.Any(c => c.Span.Start == after) && decimal.TryParse(m.Groups[1].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share))
                {
                    type = share > 50 ? DealType.Acquisition : DealType.Investment;
                    triggerAt = facts.Span.Start + m.Index;
                }
            }
        }

        // "plans to buy roughly $40 billion of Nvidia's most advanced processors": buying a chip maker's chips is a chip supply from
        // it, whatever the chips are for.
        CompanyMention? chipMaker = null;
        if (type is null && May(ChipPurchaseWords))
        {
            chipMaker = facts.Companies.FirstOrDefault(c => c.Span.Start > facts.Span.Start + 4
                && GoodsOf().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 50), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 50)))
                && IsBrandOf(text.AsSpan(c.Span.End, Math.Min(40, text.Length - c.Span.End))));
            if (chipMaker is not null)
            {
                type = DealType.ChipSupply;
                triggerAt = chipMaker.Span.Start - 1;
            }
        }

        // "bought the data-center campus beside the plant from Talen for $650 million", "agreed to pay $560 million for six Texas
        // plants owned by Rockland Capital": buying a company's plants, sites or factories is an acquisition, also when the plants
        // make power ("buy the output of the plant" buys power).
        // ("$11 billion for a 49% stake in a joint venture that controls Intel's factory" buys into a venture.)
        if (type is null && May(AssetWords) && Outside(AssetPurchase()) is { Success: true } asset && !IsJointVenture(sentence)
            && facts.Companies.Any(c => c.Span.Start > facts.Span.Start + asset.Index))
        {
            type = DealType.Acquisition;
            triggerAt = facts.Span.Start + asset.Index;
        }

        // "Switch, which was taken private by DigitalBridge in 2022, runs colocation campuses": a relative clause that tells a deal
        // types the sentence.
        var relativeFrom = -1;

        // "Amazon, which has invested $8 billion in the company, ...": the relative clause tells what the company it follows did.
        var relativeVerb = sentence.AsSpan().ContainsAny(RelativeVerbs);
        if (type is null && relativeVerb && Outside(RelativeActs()) is { Success: true } acts)
        {
            type = acts.Value.Contains("help", StringComparison.Ordinal) ? DealType.Partnership
                : RelativeBacking().IsMatch(acts.Value) ? DealType.Investment : DealType.Acquisition;
            triggerAt = facts.Span.Start + acts.Index;
            relativeFrom = facts.Companies.LastOrDefault(c => c.Span.End <= triggerAt)?.Span.Start ?? -1;
        }

        if (relativeVerb && Outside(RelativeDeal()) is { Success: true } relative)
        {
            if (type is null)
            {
                type = RelativeBacking().IsMatch(relative.Value) ? DealType.Investment : DealType.Acquisition;
                triggerAt = facts.Span.Start + relative.Index;
            }

            // "The financing lifts Mistral level with Aleph Alpha, which said it had raised $500 million from SAP": the deal is the
            // relative clause's, told of the company it follows.
            if (triggerAt >= facts.Span.Start + relative.Index && relativeFrom < 0)
            {
                relativeFrom = facts.Companies.LastOrDefault(c => c.Span.End <= facts.Span.Start + relative.Index)?.Span.Start ?? -1;
            }
        }

        if (type is null && inherited is not null && SimilarWay().IsMatch(sentence))
        {
            type = inherited;
            triggerAt = facts.Span.Start;
        }

        foreach (var (candidate, regex, anchored, needs, needsAtWordStart) in type is null ? Triggers : [])
        {
            if ((needs is not null || needsAtWordStart is not null)
                && !(needs is not null && May(needs)) && !(needsAtWordStart is not null && MayAtWordStart(needsAtWordStart)))
            {
                continue;
            }

            var m = anchored is null ? Outside(regex) : OutsideAnchored(anchored);
            if (m.Success)
            {
                type = candidate;
                triggerAt = facts.Span.Start + m.Index;
                break;
            }
        }

        // "OpenAI signed a contract with Oracle valued at $300 billion", "has signed contracts worth $11.9 billion with CoreWeave":
        // a contract with no other wording is typed by its sides. With a cloud on one side and its customer on the other it buys
        // capacity; with a power producer it buys power; otherwise the companies are partners.
        // "The cloud division has signed up Apple, Anthropic and Safe Superintelligence as TPU customers", "has a large outside TPU
        // customer in Anthropic": the companies named as customers buy from the subject; what they buy follows from what it sells.
        var customersOnly = false;
        if (type is null && May(CustomerWords) && Outside(CustomersNamed()) is { Success: true } customers)
        {
            type = DealType.Partnership;
            triggerAt = facts.Span.Start + customers.Index;
            customersOnly = true;
        }

        var customerOfSeller = false;
        // "Meta remains one of Nvidia's largest customers", "OpenAI is a major customer of CoreWeave": the company whose customer another
        // is sells it what its kind sells (chips from a chip maker, capacity from a cloud, power from a power producer).
        if (type is null && May(CustomerWords) && Outside(CustomerOf()) is { Success: true } customerOf
            && SellerOfCustomers(facts, facts.Span.Start + customerOf.Index, customerOf.Groups["of"].Success ? facts.Span.Start + customerOf.Index + customerOf.Length : -1) is { } seller
            && SoldByKind(seller.Kind) is { } sold && facts.Companies.Any(c => c.Name != seller.Name)
            // "Meta, one of Nvidia's largest customers, said ...": a description of the company before, not what the sentence tells.
            && !OpensDescription(text, customerOf.Groups["of"].Success ? facts.Span.Start + customerOf.Index : seller.Span.Start))
        {
            type = sold;
            triggerAt = facts.Span.Start + customerOf.Index;
            customerOfSeller = true;
        }

        var contractOnly = false;
        if (type is null or DealType.Partnership && May(ContractNouns) && Outside(ContractWith()) is { Success: true } contract
            && (type is null || triggerAt >= facts.Span.Start + contract.Index)
            && facts.Companies.Any(c => c.Span.Start >= facts.Span.Start + contract.Index + contract.Length && c.Span.Start - (facts.Span.Start + contract.Index + contract.Length) <= 24))
        {
            type = DealType.Partnership;
            triggerAt = facts.Span.Start + contract.Index;
            contractOnly = true;
        }

        // "working with Broadcom on custom accelerators" is a partnership; "to keep working with American suppliers" is none.
        // "agreed to develop a 12-nanometer process with Taiwan's UMC" is one; "to develop new models with the money" is none.
        if (type == DealType.Partnership && WorksWith().Match(text, triggerAt, Math.Min(80, facts.Span.End - triggerAt)) is { Success: true } works
            && !facts.Companies.Any(c => c.Span.Start >= works.Index + works.Length && c.Span.Start - (works.Index + works.Length) <= 12))
        {
            return null;
        }

        // "Samsung is taking 50,000 GPUs", "the largest block, some 60,000 GPUs, goes to Naver": a company's share of the chips an
        // article tells of.
        if (type is null && May(AllottedNeeds) && Outside(Allotted()) is { Success: true } allotted)
        {
            type = DealType.ChipSupply;
            triggerAt = facts.Span.Start + allotted.Index;
        }

        // "agreed to buy roughly a fifth of E2E Networks", "bought a 10% stake": a minority holding is an investment; "bought a
        // controlling stake" is an acquisition.
        if (type == DealType.Acquisition && MinorityHolding().IsMatch(sentence))
        {
            type = DealType.Investment;
        }
        else if (type == DealType.Investment && ControllingHolding().IsMatch(sentence))
        {
            type = DealType.Acquisition;
        }

        // "agreed to buy an additional $250 billion of Azure services from Microsoft", "will spend $38 billion over seven years on
        // capacity in Amazon's data centers": money spent on computing is rented capacity, whatever the verb.
        if (type is DealType.Acquisition or DealType.Partnership or DealType.Investment && May(ComputeWords) && Outside(ComputePurchase()).Success)
        {
            type = DealType.CloudCapacity;
        }

        // "Anthropic is not buying Humanloop's assets", "Microsoft has never invested in": a deal the sentence denies is none.
        if (type is null || NotADeal().IsMatch(sentence)
            || (triggerAt > facts.Span.Start && Negated().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, triggerAt - 24), triggerAt - Math.Max(facts.Span.Start, triggerAt - 24)))))
        {
            return null;
        }

        // "That acquisition also led to a dispute with Arm", "For AMD's chief, the purchase adds a large business": a sentence
        // about a deal already told, named by its noun, adds none.
        if (!facts.Amounts.Any(a => !a.PerUnit)
            && ((RetoldDeal().Match(sentence) is { Success: true } retold && triggerAt - facts.Span.Start < retold.Length)
                || (RetoldDealInside().Match(sentence) is { Success: true } inside && triggerAt - facts.Span.Start >= inside.Index && triggerAt - facts.Span.Start < inside.Index + inside.Length)))
        {
            return null;
        }

        // "negotiations also took place with Databricks, IBM, Oracle": talks with no stated value are typed by their stage only.
        if (type is not (DealType.Talks or DealType.Acquisition) && IsTalks(sentence) && !facts.Amounts.Any(a => !a.PerUnit) && !EndedTalks().IsMatch(sentence))
        {
            type = DealType.Talks;
        }

        // "rented Nvidia AI chips from Oracle": a chip maker named as the brand of hardware is not a party. Nor is a company
        // named inside another one's description ("OpenAI, Microsoft's closest partner, ...") or only in passing.
        bool IsBrand(CompanyMention c) => facts.HardwareSpans.Any(h => h.Start <= c.Span.Start && c.Span.End <= h.End)
            || IsBrandOf(text.AsSpan(c.Span.End, Math.Min(40, text.Length - c.Span.End)))
            // "rent Nvidia systems by the hour", "Amazon's own silicon": a chip maker's or cloud's systems are its hardware.
            || (c.Kind is CompanyKind.ChipMaker or CompanyKind.Hyperscaler && IsSystemsOf(text.AsSpan(c.Span.End, Math.Min(40, text.Length - c.Span.End))));
        bool MayTakePart(CompanyMention c)
        {
            if (InApposition(text, facts, c) || DescriptionsHere().Any(d => c.Span.Start - facts.Span.Start >= d.Start && c.Span.Start - facts.Span.Start < d.End)
                || (type != DealType.Hiring && EmployerOfPerson(text, c)) || InCompound(text, c))
            {
                return false;
            }

            var before = text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 30), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 30));
            return !IsInPassing(before) || (c.Span.Start < triggerAt && !StrictlyInPassing().IsMatch(before));
        }

        var candidates = facts.Companies.Where(c => !IsBrand(c) && MayTakePart(c)).ToList();

        // "Oracle will deploy 50,000 AMD MI450 chips": when no other supplier is named, the maker of the chips supplies them.
        if (type == DealType.ChipSupply && candidates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            candidates = [.. facts.Companies.Where(c => (!IsBrand(c) || c.Kind == CompanyKind.ChipMaker) && MayTakePart(c))];
        }

        // "agreed to use up to one million of Google's TPU chips": a cloud's own chips are used through its cloud, which
        // provides them.
        if (type is DealType.ChipSupply or DealType.CloudCapacity && candidates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() < 2
            && facts.Companies.FirstOrDefault(c => c.Kind == CompanyKind.Hyperscaler && IsBrand(c) && MayTakePart(c) && !candidates.Contains(c)) is { } cloud)
        {
            candidates = [.. candidates, cloud];
            // "using Google's tensor processing units in its own data centers": chips run in the buyer's own buildings are bought.
            type = OwnDataCenters().IsMatch(sentence) ? DealType.ChipSupply : DealType.CloudCapacity;
        }

        // The buyer of a chip maker's chips is the one named before the purchase; a company they are bought for is not a party.
        if (chipMaker is not null)
        {
            candidates = [.. candidates.Where(c => c.Span.End <= chipMaker.Span.Start && c.Span.Start - facts.Span.Start >= ClauseAround(sentence, chipMaker.Span.Start - facts.Span.Start).Start), chipMaker];
        }

        // "..., the lab that Google bought in 2014, and later left Google to start Inflection": the deal's clause holds its parties.
        string? pronounBuyer = null;
        if (relativeFrom >= 0)
        {
            // "KKR owns the data centers of CyrusOne, which it bought with GIP in 2022": "it" is the sentence's subject.
            var subject = facts.Companies.Count > 0 && facts.Companies[0].Span.Start < relativeFrom && RelativeWithPronoun().IsMatch(sentence) ? facts.Companies[0] : null;
            candidates = [.. candidates.Where(c => c.Span.Start >= relativeFrom || c == subject)];
            pronounBuyer = subject?.Name;
        }

        var (clauseStart, clauseEnd) = ClauseAround(sentence, triggerAt - facts.Span.Start);
        var inClause = candidates.Where(c => c.Span.Start - facts.Span.Start >= clauseStart && c.Span.Start - facts.Span.Start < clauseEnd).ToList();
        // "Penguin Computing, which SMART Global Holdings bought in 2018, worked with Meta": a relative clause's deal is between the
        // company it follows and those it names, not those of the main clause.
        if (relativeFrom >= 0 && triggerAt >= facts.Span.Start)
        {
            var relativeEnd = RelativeClauseEnd(text, facts, triggerAt);
            var ofRelative = candidates.Where(c => c.Span.Start == relativeFrom || c.Name == pronounBuyer || (c.Span.Start >= triggerAt && c.Span.Start < relativeEnd)).ToList();
            if (ofRelative.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() >= 2)
            {
                candidates = ofRelative;
                inClause = ofRelative;
            }
        }

        var parties = (inClause.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() >= 2 ? inClause : candidates)
            .Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();

        var borrowed = false;

        // "Earlier this year it bought Deci", "In April it raised $2 billion in a round led by Greenoaks": a pronoun standing as
        // the subject, with no company named before it, is the company the text has been talking about.
        // "Together with Australia's IFM Investors it took Switch private": a company named in an opening "together with" stands
        // beside the pronoun, not before it as the subject.
        var withLead = sentence.StartsWith("Together with ", StringComparison.Ordinal) || sentence.StartsWith("Along with ", StringComparison.Ordinal);
        var anaphor = withLead || MayOpenWithAnaphor(sentence, facts) ? SubjectAnaphor().Match(sentence) : Match.Empty;
        if (anaphor.Success && (withLead ? !sentence.AsSpan(0, anaphor.Index).Contains(',') : !facts.Companies.Any(c => c.Span.Start < facts.Span.Start + anaphor.Index))
            && (facts.Span.Start + anaphor.Index < triggerAt || parties.Count < 2)
            // "Washington has shown it is willing to intervene: Broadcom's bid for Qualcomm was blocked": a pronoun in a clause
            // closed by a colon or semicolon, after which a company of its own leads to the deal's wording, is not the deal's subject.
            && !ClosedBeforeNamedSubject(sentence, facts, anaphor.Index, triggerAt)
            && antecedents().FirstOrDefault(n => !parties.Contains(n, StringComparer.Ordinal)) is { } antecedent)
        {
            parties.Insert(0, antecedent);
            borrowed = true;
        }

        // "it took part in the start-up's $125 million funding round", "participated in Enfabrica's Series B": the company whose
        // round it is receives the money, the others give it. The start-up not named here is the one the text is talking about.
        var roundOwner = stockOf;
        if (type == DealType.Investment && ParticipatedIn().Match(sentence) is { Success: true } took)
        {
            var at = facts.Span.Start + took.Index + took.Length;
            if (facts.Companies.FirstOrDefault(c => c.Span.Start == at) is { } owner && CompanyRecognizer.Possessive(text, owner.Span.End))
            {
                roundOwner = owner.Name;
            }
            else if (TheStartupOf().Match(text, at, Math.Min(60, facts.Span.End - at)) is { Success: true, Index: var index } startup && index == at)
            {
                roundOwner = antecedents().FirstOrDefault(n => !parties.Contains(n, StringComparer.Ordinal));
                if (roundOwner is not null)
                {
                    parties.Add(roundOwner);
                    borrowed = true;
                }
            }
        }

        // "A year ago, the two companies and TPG unveiled a partnership": the two companies are those of the deal told last.
        if (told is { Count: > 0 } && told[^1].Parties.Count == 2 && TwoCompanies().IsMatch(sentence))
        {
            foreach (var party in told[^1].Parties)
            {
                if (!parties.Contains(party.Name, StringComparer.Ordinal))
                {
                    parties.Insert(0, party.Name);
                    borrowed = true;
                }
            }
        }

        // "Microsoft and Sequoia Capital were among its earlier backers": "its" is the company the text is talking about.
        // "1X Technologies counts OpenAI among its backers": the company that counts them is backed, by those it counts.
        var countedBacked = false;
        if (type == DealType.Investment && AmongItsBackers().Match(sentence) is { Success: true } among)
        {
            var counts = CountsAmong().Match(sentence);
            if (counts.Success && counts.Index < among.Index)
            {
                var at = facts.Span.Start + counts.Index;
                var counter = facts.Companies.LastOrDefault(c => c.Span.End <= at && text.AsSpan(c.Span.End, at - c.Span.End).IsWhiteSpace())?.Name;
                // "the company counts Hewlett Packard Enterprise and Lightspeed among its investors": the company the text is about.
                if (counter is null && PronounBefore().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, at - 40), at - Math.Max(facts.Span.Start, at - 40))))
                {
                    counter = antecedents().FirstOrDefault();
                    borrowed = counter is not null;
                }

                parties = counter is null ? [] : [counter, .. facts.Companies.Where(c => c.Span.Start > at && c.Span.Start < facts.Span.Start + among.Index && c.Name != counter).Select(c => c.Name).Distinct(StringComparer.Ordinal)];
                triggerAt = at;
                countedBacked = true;
            }
            else if ((among.Index == 0 || Copula().IsMatch(sentence.AsSpan(0, among.Index)))
                && antecedents().FirstOrDefault(n => !parties.Contains(n, StringComparer.Ordinal)) is { } backed)
            {
                parties.Insert(0, backed);
                borrowed = true;
            }
        }

        // "... and has lined up cloud capacity from Google": the verb phrase's subject is the sentence's.
        if (impliedSubject is not null && !parties.Contains(impliedSubject, StringComparer.Ordinal))
        {
            parties.Insert(0, impliedSubject);
            borrowed = true;
        }

        if (parties.Count >= 2 && !borrowed && ParallelList(text, facts))
        {
            return null;
        }

        // "The chips are already in use at Microsoft's Azure cloud and at Oracle's cloud": companies each named after "at" are
        // places where something is, not the sides of a deal.
        if (parties.Count >= 2 && !borrowed && facts.Companies.All(c => c.Span.Start - facts.Span.Start >= 3 && text.AsSpan(c.Span.Start - 3, 3).SequenceEqual("at ")))
        {
            return null;
        }

        // "Amazon and Google have both put money into reactor developers", "Microsoft, Amazon and Google have all announced large
        // investments": companies that each did the same thing, with no one named after, are not each other's counterparties.
        if (parties.Count >= 2 && !borrowed && sentence.AsSpan().ContainsAny(EachWords) && EachDid().Match(sentence) is { Success: true } each
            && facts.Companies.All(c => c.Span.End <= facts.Span.Start + each.Index))
        {
            return null;
        }

        // "In addition to talks with Microsoft and Amazon, negotiations took place with Databricks": the subject is the article's main company.
        if (facts.Companies.Count > 0 && !borrowed
            && WithBefore().IsMatch(text[Math.Max(0, facts.Companies[0].Span.Start - 40)..facts.Companies[0].Span.Start])
            && findTopic() is { } topic && !parties.Contains(topic, StringComparer.Ordinal))
        {
            parties.Insert(0, topic);
            borrowed = true;
        }

        if (parties.Count < 2 && (Continuation().IsMatch(sentence) || ObjectAnaphor().IsMatch(sentence)))
        {
            foreach (var name in antecedents())
            {
                if (!parties.Contains(name, StringComparer.Ordinal) && parties.Count < 2)
                {
                    parties.Add(name);
                    borrowed = true;
                }
            }
        }

        // "Microsoft and Nvidia said they would invest up to $5 billion and up to $10 billion in the company", "Sequoia Capital and
        // Greylock backed the company": companies all named before the wording, acting on "the company", act on the company the text
        // is talking about.
        if (parties.Count >= 2 && !borrowed && type is DealType.Investment or DealType.Acquisition
            && ObjectAnaphorAfter().Match(text, facts.Companies[^1].Span.End, facts.Span.End - facts.Companies[^1].Span.End).Success
            && antecedents().FirstOrDefault(n => !parties.Contains(n, StringComparer.Ordinal)) is { } actedOn)
        {
            parties.Add(actedOn);
            borrowed = true;
            roundOwner = type == DealType.Investment ? actedOn : roundOwner;
        }

        // "Kleiner Perkins led a $102.5 million Series A in November 2023": a round led by the only company named is a round of the
        // company the text is talking about (one that is not itself an investment firm).
        if (parties.Count == 1 && type == DealType.Investment && facts.Companies.FirstOrDefault(c => c.Name == parties[0]) is { } lead
            && AfterAside(text, lead.Span.End, facts.Span.End) is var afterAside
            && LedARound().IsMatch(text.AsSpan(afterAside, Math.Min(80, facts.Span.End - afterAside)))
            && antecedents().FirstOrDefault(n => n != lead.Name && kinds.GetValueOrDefault(n) != CompanyKind.Investor) is { } raiser)
        {
            parties.Add(raiser);
            borrowed = true;
            roundOwner = raiser;
        }

        // "Hyundai will also receive 50,000 Blackwell processors": chips allotted to a company, with no supplier named, come from
        // the chip maker the text has been talking about.
        var supplierFromText = false;
        if (parties.Count == 1 && type == DealType.ChipSupply && Allotted().IsMatch(sentence) && findChipMaker() is { } maker && maker != parties[0])
        {
            parties.Add(maker);
            supplierFromText = true;
        }

        if (parties.Count < 2)
        {
            return null;
        }

        // "Brookfield and Blackstone have also been buying data centers and power assets": companies all on the buying side, named
        // together before the wording, with no one to buy from, make no deal.
        if (type is DealType.Power or DealType.CloudCapacity or DealType.ChipSupply && parties.Count >= 2 && !borrowed
            && parties.All(p => facts.Companies.Any(c => c.Name == p && c.Span.Start < triggerAt
                && !CounterpartLead().IsMatch(text.AsSpan(Math.Max(facts.Span.Start, c.Span.Start - 6), c.Span.Start - Math.Max(facts.Span.Start, c.Span.Start - 6)))))
            && parties.All(p => kinds.GetValueOrDefault(p) is not (CompanyKind.Utility or CompanyKind.ChipMaker or CompanyKind.Hyperscaler or CompanyKind.Neocloud or CompanyKind.DataCenter))
            && !BothSides().IsMatch(sentence))
        {
            return null;
        }

        // "AdaniConneX was formed in 2021 as a joint venture between Adani Enterprises and EdgeConneX": the venture itself is not
        // one of its members.
        if (type == DealType.JointVenture && parties.Count > 2
            && facts.Companies.FirstOrDefault(c => parties.Contains(c.Name, StringComparer.Ordinal) && TheVentureItself().IsMatch(text, c.Span.End)) is { } venture)
        {
            parties.Remove(venture.Name);
        }

        // A deal told only by its customers or by a bare contract is typed by its sides.
        if (customersOnly || contractOnly)
        {
            type = TypedBySides([.. parties.Select(p => kinds.GetValueOrDefault(p))], customersOnly);
        }

        // "OpenAI, which signed with Broadcom to develop 10 gigawatts of custom accelerators": an agreed quantity or value of chips of
        // one's own from one chip maker is a supply of those chips by it ("working with Broadcom on custom accelerators", with no
        // quantity, stays a partnership).
        if (type == DealType.Partnership && parties.Count == 2 && parties.Count(p => kinds.GetValueOrDefault(p) == CompanyKind.ChipMaker) == 1
            && May(CustomChipWords) && CustomChips().IsMatch(sentence)
            && (facts.Amounts.Any(a => !a.PerUnit) || facts.Hardware.Any(h => h.Quantity is not null) || PowerQuantity().IsMatch(sentence)))
        {
            type = DealType.ChipSupply;
        }

        // "Hyundai and Nvidia said they would put about $3 billion into a physical-AI cluster": companies named together as the
        // subject, investing in something that is no company, are partners in it, as is a company the investing one builds with.
        if (type == DealType.Investment && !borrowed && InvestTogether(text, facts, parties, triggerAt))
        {
            type = DealType.Partnership;
        }

        var amount = HeadlineAmount(text, facts.Amounts, type.Value);
        // "xAI is raising about $20 billion, with Nvidia contributing as much as $2 billion": the part a party puts in is its deal's value.
        if (type == DealType.Investment && parties.Count == 2 && facts.Amounts.Count > 1)
        {
            foreach (var a in facts.Amounts)
            {
                if (!a.PerUnit && a.Usd is not null && facts.Companies.Any(c => parties.Contains(c.Name, StringComparer.Ordinal) && c.Span.End < a.Span.Start
                    && a.Span.Start - c.Span.End <= 40 && PartPutIn().IsMatch(text.AsSpan(c.Span.End, a.Span.Start - c.Span.End))))
                {
                    amount = a;
                    break;
                }
            }
        }

        var date = DealDate(text, facts)?.Value
            ?? (published is not null && JustNow().IsMatch(sentence) ? published : null);
        // Being a company's customer is an arrangement in effect, unless the sentence says it ended or is still to come.
        var status = ReadStatus(sentence) is var read && customerOfSeller && read == DealStatus.Announced && !WillBecome().IsMatch(sentence) ? DealStatus.Completed : read;
        // "agreed in 2019 and completed the following year", "a deal that closed in April 2020": a deal told as completed takes the
        // date of its completion.
        if (status == DealStatus.Completed && facts.Dates.Count > 1
            && facts.Dates.FirstOrDefault(d => !d.YearInferred && CompletedOn().IsMatch(text.AsSpan(Math.Max(0, d.Span.Start - 16), d.Span.Start - Math.Max(0, d.Span.Start - 16)))) is { } completedOn)
        {
            date = completedOn.Value;
        }

        // "when Microsoft invested $1 billion in OpenAI in 2019": money and ownership deals dated before the article's year are done.
        if (status == DealStatus.Announced && date is not null && published is not null && date.Value.Start.Year < published.Value.Start.Year
            && type is DealType.Investment or DealType.Acquisition or DealType.Hiring)
        {
            status = DealStatus.Completed;
        }

        // "Cerebras unveiled a supercomputer it built for G42": a system built by a chip maker for a customer with no cloud
        // provider involved is a supply of chip-based systems, not rented capacity.
        if (type == DealType.CloudCapacity && BuiltSystem().IsMatch(sentence)
            && !facts.Companies.Any(c => IsCloud(c.Kind))
            && facts.Companies.Any(c => c.Kind == CompanyKind.ChipMaker && parties.Contains(c.Name, StringComparer.Ordinal)))
        {
            type = DealType.ChipSupply;
        }

        // "Oracle already rents out clusters built on AMD's Instinct MI300X": a provider renting out capacity built on a chip maker's
        // hardware buys that hardware; the renting is to customers the text does not name.
        if (type == DealType.CloudCapacity && RentsOut().IsMatch(sentence) && facts.Hardware.Count > 0 && parties.Count == 2
            && parties.Count(p => kinds.GetValueOrDefault(p) == CompanyKind.ChipMaker) == 1)
        {
            type = DealType.ChipSupply;
        }

        // "raised $50 million from Zeta Capital": the subject receives the money; "the lab that Google bought": the company
        // named before is the one bought.
        var moneyReceivedFirst = countedBacked || triggerAt >= facts.Span.Start
            // ("HPE picked up BlueData": getting a company is buying it, not getting money.)
            && ((type != DealType.Acquisition && RaiseVoice().IsMatch(sentence.AsSpan(triggerAt - facts.Span.Start))) || RelativeDeal().IsMatch(sentence.AsSpan(triggerAt - facts.Span.Start, Math.Min(60, facts.Span.End - triggerAt)))
                || PassiveDeal().IsMatch(sentence.AsSpan(Math.Max(0, triggerAt - facts.Span.Start - 12), Math.Min(80, facts.Span.End - Math.Max(facts.Span.Start, triggerAt - 12)))));
        // "HPE's unit ... Cray, the supercomputer maker HPE bought": in a deal told by a relative clause, a company's mention inside
        // the clause is the one that takes part.
        IReadOnlyList<CompanyMention> roleMentions = relativeFrom >= 0 ? [.. facts.Companies.Where(c => c.Span.Start >= relativeFrom), .. facts.Companies] : facts.Companies;
        var roles = AssignRoles(text, parties, roleMentions, kinds, type.Value, triggerAt, moneyReceivedFirst, borrowed ? parties[0] : null);
        // "It raised more than $300 million. The largest round, a $200 million Series C, was led by SoftBank, with Norwest and Mayfield
        // also taking part": a round that names companies only after "led by" is the round of the company the text is about, and
        // those it names put money in.
        if (type == DealType.Investment && !borrowed && SeriesOrRound().IsMatch(sentence) && LedBy().Match(sentence) is { Success: true } ledBy
            && facts.Companies.All(c => c.Span.Start >= facts.Span.Start + ledBy.Index + ledBy.Length)
            && antecedents().FirstOrDefault(n => !parties.Contains(n, StringComparer.Ordinal)) is { } roundRaiser)
        {
            roles = [new ExtractedParty(roundRaiser, DealRole.Investee), .. roles.Select(p => p with { Role = DealRole.Investor })];
            parties.Insert(0, roundRaiser);
        }
        // "Its Gaudi2 accelerators are manufactured by TSMC": the company that makes them supplies them, the one whose they are buys.
        if (type == DealType.ChipSupply && parties.Count == 2 && ManufacturedBy().Match(sentence) is { Success: true } made
            && facts.Companies.FirstOrDefault(c => c.Span.Start == facts.Span.Start + made.Index + made.Length) is { } manufacturer)
        {
            roles = roles.ConvertAll(p => p with { Role = p.Name == manufacturer.Name ? DealRole.Supplier : DealRole.Customer });
        }

        // "SoftBank sold its entire Nvidia stake for $5.8 billion": a stake sold to no one named is no deal with anyone.
        if (type == DealType.Acquisition && roles.Any(p => p.Role == DealRole.Seller) && !roles.Any(p => p.Role == DealRole.Acquirer)
            && sentence.Contains("stake", StringComparison.Ordinal))
        {
            return null;
        }

        // "SoftBank owns most of Arm, which it bought in 2016": the company "it" stands for buys (or backs) the one before "which".
        if (pronounBuyer is not null && parties.Count == 2 && parties.Contains(pronounBuyer, StringComparer.Ordinal) && type is DealType.Acquisition or DealType.Investment)
        {
            roles = roles.ConvertAll(p => p with
            {
                Role = type == DealType.Acquisition
                    ? p.Name == pronounBuyer ? DealRole.Acquirer : DealRole.Target
                    : p.Name == pronounBuyer ? DealRole.Investor : DealRole.Investee,
            });
        }

        if (roundOwner is not null && parties.Count >= 2)
        {
            roles = roles.ConvertAll(p => p with { Role = p.Name == roundOwner ? DealRole.Investee : DealRole.Investor });
        }

        var confidence = 0.4 + (amount is not null ? 0.2 : 0) + (type is not (DealType.Partnership or DealType.Talks) ? 0.15 : 0)
            + (date is not null ? 0.1 : 0) + (parties.Count == 2 ? 0.1 : 0) - (borrowed || supplierFromText ? 0.15 : 0);
        return new ExtractedDeal(
            roles,
            type.Value,
            status,
            amount?.Usd,
            amount?.Value,
            amount?.Currency,
            amount?.Qualifier ?? AmountQualifier.Exact,
            date,
            Math.Clamp(Math.Round(confidence, 2), 0.05, 0.95),
            [new EvidenceSpan(sentence, facts.Span.Start, facts.Span.End)],
            facts.Models,
            [.. facts.Hardware.Select(h => new ExtractedDealHardware(h.Name, h.Quantity))]);
    }

    private static ExtractedDeal RoundDeal(string text, SentenceFacts raise, (int Sentence, string Raiser, List<string> Investors, List<EvidenceSpan> Evidence, int? DealIndex) round, PartialDate? published)
    {
        var sentence = text[raise.Span.Start..raise.Span.End];
        var amount = HeadlineAmount(text, raise.Amounts, DealType.Investment);
        var date = DealDate(text, raise)?.Value
            ?? (published is not null && JustNow().IsMatch(sentence) ? published : null);
        List<ExtractedParty> parties = [new ExtractedParty(round.Raiser, DealRole.Investee), .. round.Investors.Select(n => new ExtractedParty(n, DealRole.Investor))];
        return new ExtractedDeal(
            parties,
            DealType.Investment,
            ReadStatus(sentence),
            amount?.Usd,
            amount?.Value,
            amount?.Currency,
            amount?.Qualifier ?? AmountQualifier.Exact,
            date,
            amount is not null ? 0.7 : 0.5,
            round.Evidence,
            raise.Models,
            []);
    }

    // A clause whose companies are one, or several that each did the same thing ("Amazon and Google have both put money into").
    private static bool ActsAlone(string text, SentenceFacts clause)
    {
        if (clause.Companies.Count == 0)
        {
            return false;
        }

        if (clause.Companies.All(m => m.Name == clause.Companies[0].Name))
        {
            return true;
        }

        if (!text.AsSpan(clause.Span.Start, clause.Span.End - clause.Span.Start).ContainsAny(EachWords))
        {
            return false;
        }

        var each = EachDid().Match(text, clause.Span.Start, clause.Span.End - clause.Span.Start);
        return each.Success && clause.Companies.All(c => c.Span.End <= each.Index);
    }

    // The names right before `at`, from the first of the sentence's companies that stand together there, with each company
    // replaced by \u0001 as ListGlue expects ("\u0001 and \u0001"); empty when no company ends right at `at`.
    private static string CompoundSubject(string text, SentenceFacts facts, int at)
    {
        var last = facts.Companies.LastOrDefault(c => c.Span.End == at);
        if (last is null)
        {
            return string.Empty;
        }

        var first = last;
        foreach (var c in facts.Companies.Where(c => c.Span.End <= last.Span.Start).Reverse())
        {
            if (!ListStep().IsMatch(text.AsSpan(c.Span.End, first.Span.Start - c.Span.End)))
            {
                break;
            }

            first = c;
        }

        return NamesMarked(text, first.Span.Start, last.Span.End, facts.Companies.Where(c => c.Span.Start >= first.Span.Start && c.Span.End <= last.Span.End));
    }

    // The text from `start` to `end` with every company's name in it replaced by \u0001, the mark ListGlue reads as a name.
    private static string NamesMarked(string text, int start, int end, IEnumerable<CompanyMention> companies)
    {
        var marked = text[start..end];
        foreach (var company in companies)
        {
            marked = marked.Replace(text[company.Span.Start..company.Span.End], "\u0001", StringComparison.Ordinal);
        }

        return marked;
    }

    // "Other companies like Microsoft, Google, and Amazon are exploring": companies acting side by side are not parties to one deal.
    private static bool ParallelList(string text, SentenceFacts facts)
    {
        var first = facts.Companies[0].Span;
        var last = facts.Companies[^1].Span;
        var onlyList = ListGlue().IsMatch(NamesMarked(text, first.Start, last.End, facts.Companies));
        var lead = text[Math.Max(facts.Span.Start, first.Start - 40)..first.Start];
        return onlyList && ListLead().IsMatch(lead);
    }

    // The first date of the sentence that is not only a deadline; "PHOENIX, Aug. 24, 2022 — Intel said on Tuesday": the wire
    // dateline's date only when the sentence gives no other.
    private static ExtractedDate? DealDate(string text, SentenceFacts facts)
    {
        ExtractedDate? dateline = null;
        foreach (var d in facts.Dates)
        {
            if (d.YearInferred || FutureOnly().IsMatch(text.AsSpan(Math.Max(0, d.Span.Start - 12), d.Span.Start - Math.Max(0, d.Span.Start - 12))))
            {
                continue;
            }

            if (dateline is null && d.Span.Start - facts.Span.Start < 50 && text.AsSpan(d.Span.End, Math.Min(4, facts.Span.End - d.Span.End)).IndexOfAny('—', '–') is var dash and >= 0
                && DateParser.IsWireDatelinePrefix(text.AsSpan(facts.Span.Start, d.Span.End + dash + 1 - facts.Span.Start)))
            {
                dateline = d;
                continue;
            }

            // "a year ago, when Founders Fund led a round in December of last year": a later date inside the first one is the
            // same date told more precisely.
            foreach (var e in facts.Dates)
            {
                if (e.Span.Start > d.Span.Start && !e.YearInferred && e.Value.Precision < d.Value.Precision
                    && e.Value.Start >= d.Value.Start && e.Value.End <= d.Value.End
                    && !FutureOnly().IsMatch(text.AsSpan(Math.Max(0, e.Span.Start - 12), e.Span.Start - Math.Max(0, e.Span.Start - 12))))
                {
                    return e;
                }
            }

            return d;
        }

        return dateline;
    }

    // "Valor Equity Partners, which has backed several Musk companies, is leading": the position after a relative clause set off by
    // commas right after a company, or the company's end when there is none.
    private static int AfterAside(string text, int at, int end) =>
        RelativeAside().Match(text, at, end - at) is { Success: true } aside ? aside.Index + aside.Length : at;

    private static ExtractedAmount? HeadlineAmount(string text, IReadOnlyList<ExtractedAmount> amounts, DealType type)
    {
        var eligible = amounts.Where(a => !a.PerUnit && a.Usd is not null && !NotDealValue().IsMatch(Context(text, a, stackalloc char[56]))).ToList();
        if (eligible.Count == 0)
        {
            // "agreed to pay $125 a share for Mellanox, a price that valued the company at about $6.9 billion": what buying the
            // whole company values it at is the price.
            return type == DealType.Acquisition
                ? amounts.FirstOrDefault(a => !a.PerUnit && a.Usd is not null && PriceValuedAt().IsMatch(text.AsSpan(Math.Max(0, a.Span.Start - 60), a.Span.Start - Math.Max(0, a.Span.Start - 60))))
                : null;
        }

        // "up to $2 billion" is the deal's value; "$4.9 billion, ... and as much as $400 million more" is a part of it.
        var ceiling = eligible.Where(a => a.Qualifier is AmountQualifier.UpTo or AmountQualifier.Range).MaxBy(a => a.Usd);
        if (ceiling is not null && ceiling.Usd >= eligible.Max(a => a.Usd))
        {
            return ceiling;
        }

        // "almost double the $7.3 billion set three years ago, when a $325 million Series E was led by": the sum a round is named
        // by is the round's value.
        return type == DealType.Investment && eligible.Count > 1
            ? eligible.FirstOrDefault(a => RoundAfterAmount().IsMatch(text.AsSpan(a.Span.End, Math.Min(30, text.Length - a.Span.End)))) ?? eligible[0]
            : eligible[0];
    }

    // The 25 characters before the amount, "|" for the amount, the 30 after it: written into a buffer of 56, as this runs for every
    // amount each time a headline amount is looked for.
    private static ReadOnlySpan<char> Context(string text, ExtractedAmount amount, Span<char> buffer)
    {
        var from = Math.Max(0, amount.Span.Start - 25);
        var to = Math.Min(text.Length, amount.Span.End + 30);
        var before = text.AsSpan(from, amount.Span.Start - from);
        var after = text.AsSpan(amount.Span.End, to - amount.Span.End);
        before.CopyTo(buffer);
        buffer[before.Length] = '|';
        after.CopyTo(buffer[(before.Length + 1)..]);
        return buffer[..(before.Length + after.Length + 1)];
    }

    // " Series E", " seed round", " funding round", " new financing"
    [GeneratedRegex(@"^\s(?:(?:new|equity|venture|growth|funding|seed|extension|first|second|latest)\s){0,2}(?:round|financing|Series\s[A-H])\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoundAfterAmount();

    // Whether the sentence names exactly one company (once or more), without a set per sentence.
    private static bool NamesOneCompany(SentenceFacts facts)
    {
        if (facts.Companies.Count == 0)
        {
            return false;
        }

        for (var i = 1; i < facts.Companies.Count; i++)
        {
            if (!string.Equals(facts.Companies[i].Name, facts.Companies[0].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static DealStatus ReadStatus(string sentence)
    {
        // "signed an agreement, ending months of negotiation", "finalized after months of discussion": talks that are over.
        if (MayHold(sentence, TalksStatusWords) && TalksStatus().IsMatch(sentence) && !EndedTalks().IsMatch(sentence))
        {
            return DealStatus.Talks;
        }

        if (MayHold(sentence, ReportedStatusWords) && ReportedStatus().IsMatch(sentence) && !AnnouncedStatus().IsMatch(sentence))
        {
            return DealStatus.Reported;
        }

        return MayHold(sentence, CompletedStatusWords) && CompletedStatus().IsMatch(sentence) ? DealStatus.Completed : DealStatus.Announced;
    }

    private static List<ExtractedParty> AssignRoles(
        string text, List<string> parties, IReadOnlyList<CompanyMention> mentions, Dictionary<string, CompanyKind> kinds, DealType type, int triggerAt, bool moneyReceivedFirst, string? subject)
    {
        // "Synopsys agreed to sell its optical unit to Keysight": the subject sells, the company it sells to buys.
        var saleWords = triggerAt >= 0 ? text.AsSpan(Math.Max(0, triggerAt - 30), Math.Min(60, text.Length - Math.Max(0, triggerAt - 30))) : default;
        var sale = type == DealType.Acquisition && triggerAt >= 0 && SaleWording().IsMatch(saleWords);
        var buyersFrom = sale ? text.IndexOf(" to ", triggerAt, Math.Min(240, text.Length - triggerAt), StringComparison.Ordinal) : -1;
        // "Quorvant Labs was sold to Halvora Systems": the subject of a sale in the passive is bought, the company after "to" buys.
        var soldPassive = sale && PassiveSale().IsMatch(saleWords);
        // "Google took a minority stake in Intersect through a round led by TPG": the company the stake is in receives the money,
        // every other party gives it.
        string? stakeIn = null;
        if (type == DealType.Investment)
        {
            foreach (var name in parties)
            {
                if (mentions.FirstOrDefault(m => m.Name == name) is { } m && InvesteeLead().IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 24), Math.Min(24, m.Span.Start))))
                {
                    stakeIn = stakeIn is null ? name : string.Empty;
                }
            }
        }

        // "invested in Quorvant Labs and Tessaro AI": the companies listed with the one the money goes into receive it too.
        var stakeIns = string.IsNullOrEmpty(stakeIn) ? null : ListedWith(text, stakeIn, parties, mentions);

        // "led by Accel and Creandum", "with Microsoft, Coatue and NEA participating": every company of a list that gives money does.
        var investors = type == DealType.Investment ? InvestorLists(text, parties, mentions) : null;

        var selling = type == DealType.ChipSupply && triggerAt >= 0 && SellingVerb().IsMatch(text.AsSpan(triggerAt, Math.Min(12, text.Length - triggerAt)));
        var result = new List<ExtractedParty>();
        foreach (var name in parties)
        {
            var mention = mentions.FirstOrDefault(m => m.Name == name);
            var before = name == subject || (mention is not null && mention.Span.Start < triggerAt);
            var kind = mention?.Kind ?? kinds.GetValueOrDefault(name);
            var lead = mention is null ? [] : text.AsSpan(Math.Max(0, mention.Span.Start - 12), Math.Min(12, mention.Span.Start));
            var role = type switch
            {
                // "a Series A led by NEA", "$50 million from Zeta Capital", "backed by Brightwater": the money comes from them.
                DealType.Investment when InvestorLead().IsMatch(lead) || investors!.Contains(name) => DealRole.Investor,
                DealType.Investment when !string.IsNullOrEmpty(stakeIn) => stakeIns!.Contains(name) ? DealRole.Investee : DealRole.Investor,
                DealType.Investment => before != moneyReceivedFirst ? DealRole.Investor : DealRole.Investee,
                // "bought Kokusai from KKR": the company bought from sells.
                DealType.Acquisition when lead.EndsWith("from ", StringComparison.Ordinal) => DealRole.Seller,
                DealType.Acquisition when soldPassive => before ? DealRole.Target : DealRole.Acquirer,
                DealType.Acquisition when sale => before ? DealRole.Seller : buyersFrom >= 0 && mention!.Span.Start > buyersFrom ? DealRole.Acquirer : DealRole.Target,
                DealType.Acquisition => before != moneyReceivedFirst ? DealRole.Acquirer : DealRole.Target,
                DealType.Hiring => before ? DealRole.Acquirer : DealRole.Target,
                // "using Google's tensor processing units": the company whose chips they are supplies them.
                DealType.ChipSupply when kind != CompanyKind.ChipMaker && mention is not null && !parties.Any(p => kinds.GetValueOrDefault(p) == CompanyKind.ChipMaker)
                    && CompanyRecognizer.Possessive(text, mention.Span.End) => DealRole.Supplier,
                // "buy GPUs from Dell": the company bought from supplies; "Supermicro agreed to supply DataVolt with servers": with no chip
                // maker among the parties, the subject of a selling verb supplies.
                DealType.ChipSupply when lead.EndsWith("from ", StringComparison.Ordinal) => DealRole.Supplier,
                DealType.ChipSupply when before && selling && !parties.Any(p => kinds.GetValueOrDefault(p) == CompanyKind.ChipMaker) => DealRole.Supplier,
                DealType.ChipSupply => SellsByKind(type, kind) ? DealRole.Supplier : DealRole.Customer,
                // "capacity from Google" provides; "capacity to Meta", "supply Microsoft with" are bought.
                DealType.CloudCapacity when lead.EndsWith("from ", StringComparison.Ordinal) => DealRole.Provider,
                DealType.CloudCapacity when CapacityBuyerLead().IsMatch(lead) => DealRole.Customer,
                DealType.CloudCapacity => SellsByKind(type, kind) ? DealRole.Provider : DealRole.Customer,
                // "power from Halvora Energy's plant": the company the power comes from supplies it.
                DealType.Power when lead.EndsWith("from ", StringComparison.Ordinal) => DealRole.Supplier,
                DealType.Power => SellsByKind(type, kind) ? DealRole.Supplier : DealRole.Customer,
                DealType.Other => before ? DealRole.Other : DealRole.Partner,
                _ => DealRole.Partner,
            };
            result.Add(new ExtractedParty(name, role));
        }

        // "Meta lined up cloud capacity from Google": among providers by kind, the one named as the source provides.
        if (type == DealType.CloudCapacity && result.Count(p => p.Role == DealRole.Provider) > 1 && result.All(p => p.Role != DealRole.Customer))
        {
            result[0] = result[0] with { Role = DealRole.Customer };
        }

        // "Microsoft signed purchase agreements with RES Americas": with no supplier by kind, a company the buyer of power signs with
        // is one the dictionary does not know, and it supplies the power.
        if (type == DealType.Power && result.All(p => p.Role == DealRole.Customer)
            && result.Any(p => kinds.GetValueOrDefault(p.Name) != CompanyKind.Unknown) && result.Any(p => kinds.GetValueOrDefault(p.Name) == CompanyKind.Unknown))
        {
            result = result.ConvertAll(p => kinds.GetValueOrDefault(p.Name) == CompanyKind.Unknown ? p with { Role = DealRole.Supplier } : p);
        }

        // "Qualcomm has approached Intel about a possible takeover": of two companies named before the word, the second is bought.
        if (type == DealType.Acquisition && result.Count == 2 && result.All(p => p.Role == DealRole.Acquirer))
        {
            result[1] = result[1] with { Role = DealRole.Target };
        }

        // "Lambda raised $480 million from Nvidia and others": the company raising money is the investee.
        if (type == DealType.Investment && result.All(p => p.Role == DealRole.Investor) && result.Count > 0)
        {
            result[0] = result[0] with { Role = DealRole.Investee };
        }

        return result;
    }

    // The parties named in a list that gives the money: after "led by", "backed by", "from" or "backers include" ("led by Accel and Creandum"), or
    // after "with" and before a word of joining in ("with Microsoft, Coatue and NEA participating"). A list counts whole only
    // when "and" closes it, so "from Nvidia, Lambda said" names one investor.
    private static HashSet<string> InvestorLists(string text, List<string> parties, IReadOnlyList<CompanyMention> mentions)
    {
        var investors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in parties)
        {
            if (investors.Contains(name) || mentions.FirstOrDefault(m => m.Name == name) is not { } mention)
            {
                continue;
            }

            var lead = text.AsSpan(Math.Max(0, mention.Span.Start - 12), Math.Min(12, mention.Span.Start));
            var byLead = InvestorLead().IsMatch(lead) || BackersIncludeLead().IsMatch(text.AsSpan(Math.Max(0, mention.Span.Start - 30), Math.Min(30, mention.Span.Start)));
            if (!byLead && !lead.EndsWith("with ", StringComparison.Ordinal))
            {
                continue;
            }

            var listed = ListFrom(text, mention, parties, mentions);
            var end = listed[^1].Span.End;
            if ((listed.Count > 1 && !AndBefore(text, listed[^1].Span.Start))
                || (!byLead && !JoiningInAfter().IsMatch(text.AsSpan(end, Math.Min(30, text.Length - end)))))
            {
                continue;
            }

            investors.UnionWith(listed.Select(m => m.Name));
        }

        return investors;
    }

    // "whose backers include ", "Its investors included "
    [GeneratedRegex(@"\b(?:backers|investors|shareholders)\sinclude[sd]?\s$", RegexOptions.CultureInvariant)]
    private static partial Regex BackersIncludeLead();

    private static bool AndBefore(string text, int at) => text.AsSpan(Math.Max(0, at - 5), Math.Min(5, at)).EndsWith("and ", StringComparison.Ordinal);

    // " also participating", " taking part", " joining in", " investing"
    [GeneratedRegex(@"^\s(?:also\s)?(?:participating|taking\spart|joining|investing|contributing|putting\sin)\b", RegexOptions.CultureInvariant)]
    private static partial Regex JoiningInAfter();

    // The party and the parties named right after it in one list ("A, B and C"), by their first mentions.
    private static HashSet<string> ListedWith(string text, string first, List<string> parties, IReadOnlyList<CompanyMention> mentions) =>
        mentions.FirstOrDefault(m => m.Name == first) is { } mention
            ? ListFrom(text, mention, parties, mentions).Select(m => m.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal) { first };

    // The mentions of a list that starts at `first`: each next party named right after the one before, joined by ", " or " and ".
    private static List<CompanyMention> ListFrom(string text, CompanyMention first, List<string> parties, IReadOnlyList<CompanyMention> mentions)
    {
        var listed = new List<CompanyMention> { first };
        while (true)
        {
            var end = listed[^1].Span.End;
            var next = mentions.Where(m => m.Span.Start >= end && parties.Contains(m.Name) && !listed.Any(l => l.Name == m.Name)).MinBy(m => m.Span.Start);
            if (next is null || !ListStep().IsMatch(text.AsSpan(end, next.Span.Start - end)))
            {
                return listed;
            }

            listed.Add(next);
        }
    }

    // "supply", "sells", "delivered", "ships", "provides" at the wording of a chip supply
    [GeneratedRegex(@"^(?:suppl|sell|sold|deliver|ship|provid)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SellingVerb();

    private static List<ExtractedDeal> Merge(List<ExtractedDeal> deals)
    {
        var merged = new List<ExtractedDeal>();
        foreach (var deal in deals)
        {
            var names = deal.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            // "Oracle will deploy 50,000 AMD chips ... It already rents out clusters built on AMD's MI300X": a new deal and an
            // arrangement already in effect between the same companies are two deals.
            var index = merged.FindIndex(m => m.Type == deal.Type && SameParties(m, names) && Compatible(m.AmountUsd, deal.AmountUsd) && Compatible(m.Date, deal.Date)
                && (m.Status == DealStatus.Talks) == (deal.Status == DealStatus.Talks) && InEffect(m) == InEffect(deal));
            if (index < 0)
            {
                merged.Add(deal);
                continue;
            }

            merged[index] = Combined(merged[index], deal);
        }

        return merged;
    }

    // Two mentions of one deal as one: the parties, evidence, models and hardware of both; the first one's value and date
    // where it has them.
    private static ExtractedDeal Combined(ExtractedDeal existing, ExtractedDeal deal)
    {
        var parties = existing.Parties.ToList();
        parties.AddRange(deal.Parties.Where(p => !parties.Any(q => q.Name == p.Name)));
        return existing with
        {
            Parties = parties,
            AmountUsd = existing.AmountUsd ?? deal.AmountUsd,
            Amount = existing.Amount ?? deal.Amount,
            Currency = existing.Currency ?? deal.Currency,
            Qualifier = existing.AmountUsd is null ? deal.Qualifier : existing.Qualifier,
            Date = existing.Date ?? deal.Date,
            Confidence = Math.Min(0.95, Math.Max(existing.Confidence, deal.Confidence) + 0.05),
            Evidence = [.. existing.Evidence, .. deal.Evidence],
            Models = [.. existing.Models.Union(deal.Models)],
            Hardware = [.. existing.Hardware.Union(deal.Hardware)],
        };
    }

    // "Synopsys agreed to buy Ansys in January 2024 ... Synopsys said on Thursday it had completed its acquisition of Ansys": one
    // company buying the same other company is one acquisition told at its stages (agreed, completed, terminated), whatever the
    // years, unless the values differ (a failed bid and a later, lower purchase are two deals). The deal is dated at completion
    // when it completed, otherwise at its first date; a deal the text says was ended stays ended.
    private static List<ExtractedDeal> MergeStages(List<ExtractedDeal> deals)
    {
        var result = new List<ExtractedDeal>();
        foreach (var deal in deals)
        {
            var names = deal.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var index = deal.Type != DealType.Acquisition ? -1
                : result.FindIndex(m => m.Type == DealType.Acquisition && SameParties(m, names) && Compatible(m.AmountUsd, deal.AmountUsd) && SameBuyer(m, deal)
                    // "explored a takeover of Marvell to combine it with Arm ... Arm, which SoftBank bought in 2016": a purchase done
                    // is no stage of talks about a larger one.
                    && !SmallerPurchaseDone(m, deal));
            if (index < 0)
            {
                result.Add(deal);
                continue;
            }

            var existing = result[index];
            var stages = new[] { existing, deal };
            static int StageRank(DealStatus status) => status switch
            {
                DealStatus.Completed => 3,
                DealStatus.Announced => 2,
                DealStatus.Reported => 1,
                _ => 0,
            };

            var ended = stages.FirstOrDefault(d => d.Status == DealStatus.Talks && d.Evidence.Any(e => EndedDeal().IsMatch(e.Text)));
            var completed = stages.FirstOrDefault(d => d.Status == DealStatus.Completed && d.Evidence.Any(e => CompletedDeal().IsMatch(e.Text)));
            var status = ended?.Status ?? completed?.Status ?? stages.Select(d => d.Status).MaxBy(StageRank);
            var dates = stages.Select(d => d.Date).Where(d => d is not null).Select(d => d!.Value).OrderBy(d => d.Start).ToList();
            var valued = existing.AmountUsd is not null ? existing : deal;
            result[index] = Combined(existing, deal) with
            {
                Status = status,
                AmountUsd = valued.AmountUsd,
                Amount = valued.Amount,
                Currency = valued.Currency,
                Qualifier = valued.Qualifier,
                Date = ended is null && completed?.Date is { } done ? done : dates.Count > 0 ? dates[0] : null,
            };
        }

        return result;
    }

    // Of two deals, the one with fewer parties is done and the other is only talked about: "explored a takeover of Marvell to
    // combine it with Arm ... Arm, which SoftBank bought in 2016".
    private static bool SmallerPurchaseDone(ExtractedDeal a, ExtractedDeal b)
    {
        var (smaller, larger) = a.Parties.Count < b.Parties.Count ? (a, b) : (b, a);
        return smaller.Parties.Count < larger.Parties.Count && smaller.Status == DealStatus.Completed && larger.Status == DealStatus.Talks;
    }

    // The same company buys in both ("KKR took control of Kokusai" is not Applied's purchase of Kokusai from KKR).
    private static bool SameBuyer(ExtractedDeal a, ExtractedDeal b)
    {
        var buyers = a.Parties.Where(p => p.Role == DealRole.Acquirer).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return b.Parties.Any(p => p.Role == DealRole.Acquirer && buyers.Contains(p.Name))
            && !b.Parties.Any(p => p.Role != DealRole.Acquirer && buyers.Contains(p.Name));
    }

    // "Salesforce agreed to acquire Informatica ... The two sides were in talks in 2024 about a deal": talks whose substance the
    // sentence does not state, between companies that do a typed deal in the same text, were about that kind of deal.
    private static List<ExtractedDeal> TypeTalks(List<ExtractedDeal> deals)
    {
        for (var i = 0; i < deals.Count; i++)
        {
            var talks = deals[i];
            if (talks.Status != DealStatus.Talks || talks.Type is not (DealType.Talks or DealType.Partnership))
            {
                continue;
            }

            var names = talks.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var typed = deals.FirstOrDefault(d => d.Type is not (DealType.Talks or DealType.Partnership)
                && d.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal).SetEquals(names));
            if (typed is not null)
            {
                deals[i] = talks with { Type = typed.Type, Parties = [.. talks.Parties.Select(p => typed.Parties.FirstOrDefault(q => q.Name == p.Name) ?? p)] };
            }
        }

        return deals;
    }

    // A partnership told beside a typed deal between the same companies is a term of that deal, not a deal of its own.
    private static List<ExtractedDeal> FoldPartnerships(List<ExtractedDeal> deals)
    {
        var result = deals.Where(deal => deal.Type != DealType.Partnership || !deals.Any(d => FoldsInto(deal, d))).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var host = result[i];
            var folded = deals.Where(d => d.Type == DealType.Partnership && FoldsInto(d, host)).ToList();
            if (folded.Count > 0)
            {
                result[i] = result[i] with
                {
                    Date = result[i].Date ?? folded.Select(f => f.Date).FirstOrDefault(d => d is not null),
                    Evidence = [.. result[i].Evidence, .. folded.SelectMany(f => f.Evidence)],
                };
            }
        }

        return result;
    }

    // Whether a partnership is a term of a typed deal: talks that ended without agreement are not a term of a deal later
    // agreed, a partnership told "separately" or with a sum of its own (against none) stands apart; otherwise the same
    // companies in the same year, some of the deal's parties with no other date, or the agreement of an acquisition.
    private static bool FoldsInto(ExtractedDeal partnership, ExtractedDeal host)
    {
        if (host.Type == DealType.Partnership || (partnership.Status == DealStatus.Talks && host.Status != DealStatus.Talks)
            || (host.AmountUsd is null && partnership.AmountUsd is not null) || partnership.Evidence.Any(e => Separately().IsMatch(e.Text)))
        {
            return false;
        }

        var names = partnership.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return TermOf(host, names, partnership.Date) || AgreementOf(host, names, partnership);
    }

    // "HPE completed its acquisition of Juniper ... The two companies first announced the agreement in January 2024": the
    // agreement of an acquisition between the same companies, told at an earlier date, is that acquisition.
    private static bool AgreementOf(ExtractedDeal host, HashSet<string> names, ExtractedDeal partnership) =>
        host.Type == DealType.Acquisition && host.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal).SetEquals(names)
        && partnership.Evidence.Any(e => TheAgreement().IsMatch(e.Text));

    // A partnership between the same companies in the same year, or among some of the deal's parties with no other date, is a
    // term of the deal.
    private static bool TermOf(ExtractedDeal host, HashSet<string> names, PartialDate? date)
    {
        var hostNames = host.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return hostNames.SetEquals(names) ? Compatible(host.Date, date) : hostNames.IsSupersetOf(names) && (date is null || Equals(date, host.Date));
    }

    // "Carlyle and Oracle will sell their entire positions to SoftBank": the sellers join the acquisition they sell into.
    private static List<ExtractedDeal> MergeSellers(List<ExtractedDeal> deals)
    {
        var result = new List<ExtractedDeal>(deals);
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var sellers = result[i];
            if (sellers.Type != DealType.Acquisition || sellers.AmountUsd is not null || !sellers.Evidence.Any(e => SellerWording().IsMatch(e.Text)))
            {
                continue;
            }

            var names = sellers.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var host = result.FindIndex(d => !ReferenceEquals(d, sellers) && d.Type == DealType.Acquisition && d.AmountUsd is not null
                && d.Parties.Any(p => names.Contains(p.Name)) && Compatible(d.Date, sellers.Date));
            if (host < 0)
            {
                continue;
            }

            var parties = result[host].Parties.ToList();
            parties.AddRange(sellers.Parties.Where(p => !parties.Any(q => q.Name == p.Name)).Select(p => p with { Role = DealRole.Seller }));
            result[host] = result[host] with { Parties = parties, Evidence = [.. result[host].Evidence, .. sellers.Evidence] };
            result.RemoveAt(i);
        }

        return result;
    }

    // "G42 will run its AI applications on Microsoft Azure" right after Microsoft's $1.5 billion G42 investment: a term told
    // with a quantified deal, without its own value or date, belongs to that deal.
    private static List<ExtractedDeal> FoldTerms(List<ExtractedDeal> deals)
    {
        var result = new List<ExtractedDeal>();
        foreach (var deal in deals)
        {
            var names = deal.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var host = deal.AmountUsd is null && deal.Date is null && deal.Status != DealStatus.Talks && deal.Evidence.Count == 1
                ? result.FindIndex(d => d.AmountUsd is not null && d.Status != DealStatus.Talks && d.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal).SetEquals(names)
                    && deal.Evidence[0].Start > d.Evidence[^1].Start && deal.Evidence[0].Start - d.Evidence[^1].End < 400)
                : -1;
            if (host < 0)
            {
                result.Add(deal);
                continue;
            }

            result[host] = result[host] with { Evidence = [.. result[host].Evidence, .. deal.Evidence] };
        }

        return result;
    }

    // "Nvidia has agreed to rent servers from Lambda ... Nvidia sells GPUs to Lambda": a later mention of the same companies with a
    // different type but no value of its own and no new date retells the deal already found; the first reading stands. An
    // arrangement told as in effect ("has been hosting") is a deal of its own.
    private static List<ExtractedDeal> FoldRetellings(List<ExtractedDeal> deals)
    {
        var result = new List<ExtractedDeal>();
        foreach (var deal in deals)
        {
            var names = deal.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            // A joint venture the companies run together is a deal of its own, not a retelling.
            var host = deal.AmountUsd is null && deal.Status is not (DealStatus.Talks or DealStatus.Completed) && deal.Type != DealType.JointVenture
                ? result.FindIndex(d => d.Type != deal.Type && d.Evidence[0].Start < deal.Evidence[0].Start && d.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal).SetEquals(names)
                    && (deal.Date is null || Equals(deal.Date, d.Date)))
                : -1;
            if (host < 0)
            {
                result.Add(deal);
                continue;
            }

            result[host] = result[host] with { Evidence = [.. result[host].Evidence, .. deal.Evidence] };
        }

        return result;
    }

    private static bool InEffect(ExtractedDeal deal) => deal.Status == DealStatus.Completed && deal.Evidence.All(e => InEffectWording().IsMatch(e.Text));

    private static bool SameParties(ExtractedDeal deal, HashSet<string> names)
    {
        var existing = deal.Parties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return existing.SetEquals(names) || (existing.Count >= 2 && names.Count >= 2 && (existing.IsSubsetOf(names) || existing.IsSupersetOf(names)));
    }

    private static bool Compatible(decimal? a, decimal? b) => a is null || b is null || Math.Abs(a.Value - b.Value) <= 0.02m * Math.Max(a.Value, b.Value);

    private static bool Compatible(PartialDate? a, PartialDate? b) => a is null || b is null || a.Value.Start.Year == b.Value.Start.Year;

    // "raised $50 million from Zeta Capital", "secured funding from", "picks up $20 million from": the subject receives the money,
    // the object gives it.
    [GeneratedRegex(@"^(?:has\s+|have\s+|had\s+)?(?:raised|raises|raising|secured|secures|received|receives|collected|collects|attracted|attracts|" + MoneyGettingVerbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaiseVoice();

    // "raised $235 million in a Series D round", "raises $80 million", "had closed a $1 billion Series F round"
    [GeneratedRegex(@"\brais(?:ed|es|ing)\s(?:[a-z]+\s){0,2}(?:about\s|roughly\s|nearly\s|more than\s)?[$€£₹][0-9]|\b(?:closed|closes|completed|completes)\s(?:a|an|its)\s(?:new\s)?(?:about\s|roughly\s|nearly\s|more than\s)?[$€£₹][0-9][\w.,]*\s(?:million|billion|bn|m)\s(?:[\w-]+\s){0,2}?(?:round|financing|raise|Series\s[A-H])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaisedMoney();

    // "bought the data-center campus ... from", "pay $560 million for six Texas plants", "acquired two factories", "bought the tower
    // assets of": an asset bought;
    // not "buy the output of", "power from", "capacity at", "50 megawatts from X's plant" or chips.
    [GeneratedRegex(@"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|pa(?:y|ys|id|ying))\b(?:(?!\b(?:output|electricity|energy|power from|capacity|chips|GPUs|servers|megawatts|gigawatts|MW|GW|megawatt-hours|MWh|GWh)\b)[^.;]){0,80}?\b(?:plants?|campus(?:es)?|sites?|facilit(?:y|ies)|factor(?:y|ies)|data[- ]cent(?:er|re)s?|propert(?:y|ies)|fleet|assets|towers)\b(?!\s(?:for|to)\s(?!\$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssetPurchase();

    private static readonly SearchValues<string> AssetWords = Words(["plant", "campus", "site", "facilit", "factor", "data cent", "data-cent", "propert", "fleet", "assets", "towers"]);

    // "signed a contract with", "has signed contracts worth about $11.9 billion with", "struck a five-year deal with", "OpenAI, whose
    // contract with Oracle"
    [GeneratedRegex(@"\bwhose\s(?:[\w$.,'’-]+\s){0,4}?(?:contracts?|deals?|agreements?)\swith\b|\b(?:signed|signs)\swith\b|\b(?:signed|signs|sign|signing|struck|strikes|inked|inks|sealed|seals)\s(?:[\w$.,'’-]+\s){0,6}?(?:contracts?|deals?|agreements?)\b(?:[^.;]|\.(?=\d)){0,60}?\bwith\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractWith();

    private static readonly SearchValues<string> ContractNouns = Words(["contract", "deal", "agreement", "signed with", "signs with"]);

    // "led the round", "also invested", "participated", "joined the round", "co-led", "also put in money, as did X", "the round drew X",
    // "the cheques were written by X", "investors include X", "the money came from X"
    [GeneratedRegex(@"\bas did\b|\balso (?:put|poured|chipped)\b|\b(?:round|financing|raise) (?:also )?drew\b|\b(?:new|other|existing|returning) (?:investors|backers) (?:include|included|were|are)\b|\b(?:investors|backers) (?:include|included)\b|\b(?:cheques|checks|money|funding|capital|cash) (?:was |were )?(?:written |provided |put up |supplied )?(?:by|came from|comes from)\b|\bled the (?:round|financing|raise)\b|\bco-led\b|\b(?:round|financing|raise) was (?:co-)?led by\b|\bamong the (?:existing |new )?(?:backers|investors|shareholders)\b|\bcame in alongside\b|\bbought in\b|\badded to their (?:positions|stakes|holdings)\b|\balso invested\b|\b(?:also\s)?(?:took part|participated|joined)\b|\bparticipat\w+ (?:in the round|from)\b|\bjoined the (?:round|financing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoundJoin();

    // "a supercomputer it built for", "built the system for"
    [GeneratedRegex(@"\bbuil[td]\b.{0,40}\bfor\b|\bsupercomputer\b.{0,40}\bfor\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuiltSystem();

    // "the deal is worth", "reported the price at", "what it paid", "the pact was valued"
    [GeneratedRegex(@"\b(?:the|that|this)\s(?:deal|agreement|pact|price|transaction|purchase|acquisition|contract|investment|arrangement)\b|\bit paid\b|\bworth\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountReference();

    // "will sell their entire positions to SoftBank", "are cashing out"
    [GeneratedRegex(@"\bsell\w*\s(?:their|its)\s(?:\w+\s)?(?:positions?|stakes?|shares|holdings?)\b|\bcashing out\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SellerWording();

    // "confirmed the commitment", "confirmed the deal"
    [GeneratedRegex(@"\bconfirm\w*\s(?:\w+\s){0,3}?(?:the|its)\s(?:commitment|deal|investment|agreement|acquisition|report|stake|purchase)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConfirmsDeal();

    // "founded by former OpenAI researchers", "rivals such as", "unlike Google", "a list dominated by Nvidia", "the plant, once owned
    // by General Motors,", "beating Snowflake": named in passing, not a party
    [GeneratedRegex(@"(?:\bformer|\bex-|\bunlike|\bbeat(?:ing|s)?|\boutbid(?:ding|s)?|\brivals?|\bcompetitors?|\bcompet\w+\s(?:\w+\s){0,2}?with|\bthan|\brac(?:es|ing)|\btak(?:es|ing) on|\bagainst|\bdominated by|\b(?:once|formerly|previously) (?:owned|run|operated) by)\s(?:[\w-]+\s){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex InPassing();

    // Every alternative of InPassing starts with one of these: "formerly", "rivals", "competes with", "races", "takes on".
    private static readonly SearchValues<string> InPassingWords = Words(["former", "ex-", "unlike", "rival", "compet", "than", "rac", "tak", "against", "dominated by", "once", "previously", "beat", "outbid"]);

    private static bool IsInPassing(ReadOnlySpan<char> before) =>
        (before.ContainsAny(InPassingWords) || before.ContainsAny(FoldsToAscii)) && InPassing().IsMatch(before);

    // ", a Helsinki-based lab founded by former ", ", the GPU cloud provider that has long rented "
    [GeneratedRegex(@"^(?:'s)?,\s(?:a|an|the|its)\s[^,;:()\u2014\u2013]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositionLead();

    // "it bought", "the company signed", "In April it raised", "Its previous financing ... was led by", "Its founders built": a pronoun as the subject,
    // not the object of a preposition.
    [GeneratedRegex(@"(?<!\b(?:of|in|to|for|with|from|by|on|at|into|about|than|over)\s)\b(?:Its\s(?:[\w$.-]+\s){0,3}?(?:financing|round|funding|raise|chips|chiplets|processors|accelerators|servers|models|founders|customers|investors|backers|engineers|technology|products)\b|(?:it|It|[Tt]he\s(?:[a-z-]+\s|U\.S\.\s|[A-Z][a-z]+\s(?=[a-z])){0,3}?(?:company|startup|firm|chipmaker|maker|group|giant|lab|developer|provider|operator|supplier|specialist|designer|manufacturer|owner|buyer|vendor|builder|division|unit)(?:\sof\s(?:[a-z-]+\s){0,2}?[a-z-]+)?)\s(?!(?:is|was)\s(?:a|an|the|not|one|unclear|likely|unlikely|possible|expected)\b)(?=[a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectAnaphor();

    // "Nvidia has absorbed", "Safe Superintelligence raised", "Microsoft's largest": the company is the one acting or owning.
    [GeneratedRegex(@"^(?:'s\s|\s(?:has|had|have|is|was|were|are|will|would|said|says|also|then|now|already|plans|agreed|signed|[a-z]+ed)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ActsAfter();

    // "That acquisition ...", "The deal ...", "This investment ..."
    [GeneratedRegex(@"^(?:that|the|this)\s(?:[a-z-]+\s)?(?:deal|acquisition|investment|purchase|transaction|takeover|agreement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetoldDeal();

    // "the purchase adds", "the deal gives", "this acquisition marks": the deal's noun as the subject of a remark; "the second such
    // partnership": a count of deals like one told
    [GeneratedRegex(@"\b(?:second|third|fourth|fifth|latest|another|first)\ssuch\s(?:deal|partnership|agreement|investment|acquisition|contract|purchase)s?\b|\b(?:the|that|this)\s(?:[a-z-]+\s)?(?:deal|acquisition|investment|purchase|transaction|takeover|agreement)\s(?:also\s)?(?:adds|gives|makes|is|was|will|would|has|had|could|should|brings|puts|leaves|comes|came|marks|follows|shows|values|led|leads|helps|helped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetoldDealInside();

    // "holding talks with ", "in negotiations with "
    [GeneratedRegex(@"\b(?:talks|negotiations|discussions)\swith\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksWith();

    // "the startup", "the young lab", "the chipmaker", "the Santa Clara chip designer"
    [GeneratedRegex(@"\b[Tt]he\s(?:[\w-]+\s)?(startup|start-up|lab|upstart|chipmaker|chip maker|chip designer|chip company|cloud provider|neocloud|utility|power company|investor|fund|investment firm)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindAnaphor();

    // "in use at ", "sold to ": a company after a preposition is no clause's subject
    [GeneratedRegex(@"\b(?:at|in|on|with|from|for|to|by|of|into|than)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionBefore();

    // "It is only ", "It was the ", "It's also ": "it" opening a sentence that says what something is
    [GeneratedRegex(@"^(?:It\s(?:is|was)|It['’]s)\s(?:(?:only|just|also|now|the|its|a|an)\s)*", RegexOptions.CultureInvariant)]
    private static partial Regex ExpletiveIt();

    // "invest ... in the company", "backed the startup", "agreed to buy the chipmaker": the company meant is the object
    [GeneratedRegex(@"\b(?:in|into|backed|funded|acquired|bought|to\sbuy|to\sacquire|to\sback)\sthe\s(?:[a-z-]+\s)?(?:company|startup|start-up|chipmaker|firm|lab|developer|designer)\b(?!')", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectAnaphorAfter();

    // "the company ", "it ", "the startup ": a pronoun or a noun standing for a company, just before a verb
    [GeneratedRegex(@"\b(?:it|[Tt]he\s(?:[a-z-]+\s)?(?:company|startup|start-up|firm|lab|chipmaker|group))\s$", RegexOptions.CultureInvariant)]
    private static partial Regex PronounBefore();

    // "invest $2 billion in the chipmaker", "a partnership with the company"
    [GeneratedRegex(@"\b(?:in|into|with|from|to|for|by|of)\s(?:the|its)\s(?:[a-z-]+\s|[A-Z][a-z]+\s(?=[a-z]))?(?:company|startup|chipmaker|firm|lab|maker|developer|provider|operator|designer|group|utility)\b(?!')", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectAnaphor();

    // "former", "unlike", "than", "a market dominated by", "once owned by": named in passing wherever it stands.
    [GeneratedRegex(@"(?:\bformer|\bex-|\bunlike|\bthan|\bdominated by|\b(?:once|formerly|previously) (?:owned|run|operated) by)\s(?:[\w-]+\s){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex StrictlyInPassing();

    // ", a Maryland-based reactor designer", ", which rents large amounts of capacity"
    [GeneratedRegex(@"\G(?:'s)?,\s(?:(?:a|an)\s|the\s(?=[a-z])|which\s|who\s)", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionLead();

    // ", a former research scientist at", ", the onetime head of"
    [GeneratedRegex(@",\s(?:a|an|the|his|her)\s(?:former|onetime|one-time|ex-)", RegexOptions.CultureInvariant)]
    private static partial Regex FormerLead();

    // ", which owns stakes in"
    [GeneratedRegex(@",\swhich\s", RegexOptions.CultureInvariant)]
    private static partial Regex WhichClause();

    // "that Google bought", "which Microsoft had acquired", "which said last month that it had raised", "that Foxconn took over",
    // ", a silicon-photonics company Cisco bought" (a description and the buyer with no "that")
    [GeneratedRegex(@"\b(?:that|which)\s(?:said\s(?:[\w-]+\s){0,3}?(?:that\s)?)?it\s(?:had\s|has\s)?raised\b|\b(?:that|which)\s(?:[A-Z][\w.&-]*\s){1,3}(?:had\s)?(?:bought|acquired|purchased|backed|funded|took\sover)\b|,\s(?:a|an|the)\s(?:[\w-]+\s){0,4}?(?:company|maker|firm|startup|start-up|business|developer|designer|supplier|provider|operator|specialist|chipmaker|manufacturer)\s(?:[A-Z][\w.&-]*\s){1,3}(?:had\s)?(?:bought|acquired|purchased|took\sover)\b|\b(?:that|which)\s(?:was|were|had been)\s(?:bought|acquired|purchased|taken private|backed|funded)\sby\b|" + RelativeItBought, RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDeal();


    // "which it bought", "that it acquired"
    [GeneratedRegex(RelativeItBought, RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWithPronoun();

    private const string RelativeItBought = @"\b(?:that|which)\sit\s(?:had\s|has\s)?(?:bought|acquired|purchased|backed|funded)\b";

    // "in its own data centers", "in their own facilities"
    [GeneratedRegex(@"\b(?:its|their)\sown\s(?:data[- ]cent(?:er|re)s|facilities|servers|clusters)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnDataCenters();

    // ", a multiyear agreement that", ", a move that", ", a deal which"
    [GeneratedRegex(@",\s(?:a|an)\s(?:[\w-]+\s){0,3}(?:agreement|deal|move|step|sign|pact|contract|arrangement|bet|win|boost|blow)\s(?:that|which)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RemarkLead();

    // "bought Google a licence": the company is who the money bought something for.
    [GeneratedRegex(@"^\s(?:a|an|the)\s", RegexOptions.CultureInvariant)]
    private static partial Regex BoughtFor();

    // "Nvidia AI chips", "Nvidia's GPUs", "AMD accelerators", "Nvidia's GB300 NVL72 server systems": a chip maker named as the brand of the hardware
    // (not "helps Google design the processors": a determiner starts a phrase of its own)
    [GeneratedRegex(@"^(?:'s)?\s(?:(?!(?:the|its|their|a|an|of|to|and|with|for|on)\s)[\w-]+\s){0,2}?(?:chips|GPUs|accelerators|processors|hardware|superchips|graphics processors|server systems|servers)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BrandOf();

    // Every alternative of BrandOf ends in one of these words (case-sensitive, as the pattern): a text without any is not searched.
    private static readonly SearchValues<string> BrandNouns = SearchValues.Create(["chips", "GPUs", "accelerators", "processors", "hardware", "servers", "server systems"], StringComparison.Ordinal);

    private static bool IsBrandOf(ReadOnlySpan<char> after) => after.ContainsAny(BrandNouns) && BrandOf().IsMatch(after);

    private static bool IsSystemsOf(ReadOnlySpan<char> after) =>
        (after.Contains("systems", StringComparison.Ordinal) || after.Contains("silicon", StringComparison.Ordinal)) && SystemsOf().IsMatch(after);

    // "announced an expanded partnership", "formed a strategic alliance", "signed a partnership", "widened its partnership"
    [GeneratedRegex(@"\b(?:announc\w+|sign\w*|form\w*|struck|strike\w*|unveil\w*|expand\w*|launch\w*|deepen\w*|extend\w*|widen\w*|broaden\w*|renew\w*|strengthen\w*|agree\w*|enter\w*\s(?:into\s)?|reach\w*)\s(?:a|an|the|its|their)\s(?:[\w-]+\s){0,3}?(?:partnership|alliance|collaboration)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedPartnership();

    // "Under a separate arrangement", "separately agreed"
    [GeneratedRegex(@"\bseparate(?:ly)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separately();

    // " systems", "'s own silicon"
    [GeneratedRegex(@"^(?:'s)?\s(?:(?!(?:the|its|their|a|an|of|to|and|with|for|on)\s)[\w-]+\s){0,2}?(?:systems|silicon)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SystemsOf();

    // " have both put", " have all announced", " each signed" (", each built around its own supply" after a comma is about the object)
    [GeneratedRegex(@"(?<!,)\s(?:have|has|had|are|were|will)?\s?(?:both|all|each)\s(?:also\s)?(?:[a-z]+ed|put|made|built|bought|signed|struck|won|spent|sold)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EachDid();

    // " contributing as much as ", " putting in ", " providing about ": what a party puts into a raise
    [GeneratedRegex(@"^\s(?:contribut(?:ing|es|ed)|putting\sin|providing|investing)\s(?:as\smuch\sas\s|up\sto\s|about\s|roughly\s|some\s|nearly\s|another\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartPutIn();

    // ", which has backed several Musk companies,": a relative clause set off by commas
    [GeneratedRegex(@"\G,\s(?:which|who)\s[^,;()]{1,80},", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAside();

    // " led a $102.5 million Series A", " co-led the new round", " is leading the equity portion", " led again, this time a $400
    // million Series F"
    [GeneratedRegex(@"^\s(?:(?:is|was|will\sbe)\s)?(?:also\s)?(?:co-)?(?:led|leading|leads|will\slead)\s(?:again,\s(?:this\stime\s)?)?(?:a|an|the|its)\s(?:[\w$.,-]+\s){0,4}?(?:round|Series\s[A-H]|financing|funding|equity\sportion|raise)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LedARound();

    // "a rival offer from ", "a competing bid by "
    [GeneratedRegex(@"\b(?:rival|competing|higher|earlier|lower)\s(?:[\w$.,-]+\s)?(?:offer|bid|proposal)\s(?:from|by)\s", RegexOptions.CultureInvariant)]
    private static partial Regex RivalOffer();

    // "... billion project loan", "million in debt", "credit facility"
    [GeneratedRegex(@"^[\d.,]*\s?(?:billion|million|bn|m)?\s(?:(?:in|of)\s)?(?:[\w-]+\s)?(?:loans?|debt|credit\sfacility|credit\sline|bonds?|notes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LoanAfter();

    // " would build", " will jointly develop", " are jointly building" right after the subject (not "are also building", each its own)
    [GeneratedRegex(@"\s(?:(?:will|would|are\sto|plan\sto)\s(?:jointly\s|together\s)?(?:build|develop|design|create)|(?:are|were)\s(?:jointly|together)\s(?:building|developing|designing))\s", RegexOptions.CultureInvariant)]
    private static partial Regex BuildTogether();

    // "took part in ", "participated in "
    [GeneratedRegex(@"\b(?:took\spart|takes\spart|taking\spart|take\spart|participated|participates|participating)\sin\s", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipatedIn();

    // "the start-up's ", "the young company's "
    [GeneratedRegex(@"\Gthe\s(?:[\w-]+\s)?(?:start-?up|company|firm|lab|chipmaker|developer|maker|business)['’]s\s(?:[\w$.,-]+\s){0,4}?(?:round|financing|raise|Series\s[A-H])\b", RegexOptions.CultureInvariant)]
    private static partial Regex TheStartupOf();

    // "completed ", "closed in ", "was completed on "
    [GeneratedRegex(@"\b(?:completed|closed|finali[sz]ed)\s(?:in\s|on\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompletedOn();

    // "are manufactured by ", "will be produced at "
    [GeneratedRegex(@"\b(?:are|is|were|was|will\sbe)\s(?:\w+\s)?(?:manufactured|produced|fabricated|made)\s(?:by|at)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ManufacturedBy();

    // "10 gigawatts of", "500 MW of"
    [GeneratedRegex(@"\d\s?(?:gigawatts?|megawatts?|GW|MW)\sof\b", RegexOptions.CultureInvariant)]
    private static partial Regex PowerQuantity();

    // "custom accelerators", "its own AI chips", "in-house processors"
    [GeneratedRegex(@"\b(?:custom|in-house|its\sown|their\sown)\s(?:[\w-]+\s){0,2}?(?:accelerators|chips|processors|silicon|XPUs|ASICs)\b|\b(?:accelerators|chips|processors|XPUs|ASICs)\sof\s(?:its|their)\sown\b", RegexOptions.CultureInvariant)]
    private static partial Regex CustomChips();

    private static readonly SearchValues<string> CustomChipWords = Words(["custom", "in-house", "own"]);

    // "which agreed to ", "who has agreed to ": a relative clause telling an agreement
    [GeneratedRegex(@"\b(?:which|who)\s(?:has\s|had\s|also\s|previously\s)*agreed\sto\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAgreed();

    // "sold about $6.6 billion of OpenAI stock to ", "sold shares to ", "sold $2 billion worth of its shares to "
    [GeneratedRegex(@"\bsold\s(?:[\w$€£₹.,'’-]+\s){0,6}?(?<stock>stock|shares)\s(?:[\w-]+\s){0,2}?to\s", RegexOptions.CultureInvariant)]
    private static partial Regex StockSoldTo();

    // "pay $850 million in cash for 75% of ", "bought 49% of ", "acquired a 20 percent stake in "
    [GeneratedRegex(@"\b(?:pay|pays|paid|paying|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased|purchasing|take|takes|took|taking)\s(?:[\w$€£₹¥.,()-]+\s){0,7}?(?:for\s)?(?:a\s)?(\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s(?:stake\s)?(?:of|in)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOf();

    // "to buy roughly $40 billion of ", "ordered 10,000 of ", "purchased a further $2 billion worth of ", "an order worth about $1 billion for ",
    // "already offers ", "would also add " (a chip maker's chips a company offers, adds, deploys or installs are supplied to it)
    [GeneratedRegex(@"\b(?:buy|buys|buying|bought|purchase|purchases|purchased|purchasing|order|orders|ordered|ordering)\s(?:[\w$€£.,-]+\s){0,4}?of\s$|\b(?:an|a|its|the|their)\s(?:[\w-]+\s)?order\s(?:worth|valued\sat|of)\s(?:[\w$€£.,-]+\s){0,4}?for\s$|\b(?:offers|offered|offering|adds|added|adding|deploys|deployed|deploying|installs|installed|installing|(?:will|would|to)\s(?:also\s)?(?:offer|add|deploy|install))\s(?:also\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GoodsOf();

    private static readonly string[] ChipBuyingStems = ["buy", "bought", "purchas", "order"];
    private static readonly SearchValues<string> ChipPurchaseWords = Words([.. ChipBuyingStems, "offer", "adds", "added", "adding", "add ", "deploy", "install"]);
    private static readonly SearchValues<string> ChipBuyingWords = Words(ChipBuyingStems);

    // "bought ", "agreed to buy ", "purchased rival ", "its acquisition of ", "to acquire ", "took control of ", "its offer for ",
    // "bought Israel's ", "paid $665 million for Finland's ", "agreed to pay $125 a share in cash for "
    [GeneratedRegex(@"\b(?:buy|buys|buying|bought|purchase|purchases|purchased|purchasing|acquire|acquires|acquired|acquiring|(?:acquisition|purchase|takeover)\sof|(?:took|take|takes|taking|gained|gains|gain)\scontrol\sof|(?:offer|bid)\sfor|paid\s(?:[\w$.,]+\s){1,4}for|(?:to\spay|pays|paying)\s(?:[\w$.,]+\s){1,6}for)\s(?:(?:rival|startup|peer)\s|[A-Z][a-z]+['’]s\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BuysCompany();

    // Every alternative of BuysCompany holds one of these (case-sensitive, as the pattern): "bought", "takeover of", "took control of".
    private static readonly SearchValues<string> BuyingWords = SearchValues.Create(["buy", "bought", "purchas", "acqui", "takeover", "control", "offer", "bid", "paid", "pay"], StringComparison.Ordinal);

    private static bool BuysCompanyIn(ReadOnlySpan<char> before) => before.ContainsAny(BuyingWords) && BuysCompany().IsMatch(before);

    // "roughly a fifth of", "a 10% stake", "a minority stake", "$2 billion of Synopsys common stock", "a stake of roughly 5.4%"
    [GeneratedRegex(@"[$€£₹][\d.,]+(?:\s?(?:billion|million|bn|m))?\s(?:worth\s)?of\s(?:[\w.'’-]+\s){1,3}?(?:(?:common|ordinary|preferred)\s)?(?:stock|shares)\b|\b(?:a|one)\s(?:fifth|quarter|third|tenth|sixth|seventh|eighth)\sof\b|\bminority\s(?:stake|holding|interest)\b|(?<![\d.])(?:[1-9]|[1-4]\d)(?:\.\d+)?\s?(?:%|percent)\s(?:stake|holding|interest|of)\b|\b(?:stake|holding|interest)\sof\s(?:about\s|roughly\s|around\s|nearly\s|almost\s|some\s)?(?:[1-9]|[1-4]\d)(?:\.\d+)?\s?(?:%|percent)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinorityHolding();

    // "a controlling stake", "a majority stake", "majority control"
    [GeneratedRegex(@"\b(?:controlling|majority)\s(?:stake|holding|interest|control)\b|\bmajority\scontrol\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControllingHolding();

    // " and has ", " and will ", " and bought ", " and paid ": a second verb phrase with the same subject
    [GeneratedRegex(@"\sand\s(?:has|have|had|will|would|also|then|later|separately|bought|acquired|paid|purchased|invested|signed|agreed|sold|took|struck|backed)\s", RegexOptions.CultureInvariant)]
    private static partial Regex VerbPhraseJoin();

    // "in February ", "last month ", "Malaysia's ", "rival ", "in March of this year ": what may stand before a new clause's subject
    [GeneratedRegex(@"^(?:(?:in|last|earlier|later|early|late)\s(?:[A-Z][a-z]+|this\s(?:year|month|week)|that\s(?:year|month)|the\s(?:same|following)\s(?:year|month)|\d{4})\s(?:of\s(?:this|last)\s(?:year|month)\s)?|last\s(?:year|month|week)\s|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s|rival\s|fellow\s)+$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLead();

    // " agreed", " said", " has signed": a verb right after a clause's subject
    [GeneratedRegex(@"^\s(?:also\s|later\s|then\s)?(?:has\s|had\s|have\s|will\s|would\s)?(?:agreed|said|signed|raised|bought|acquired|invested|announced|struck|unveiled|took|picked|chose|committed|sold|closed|completed|led|backed|joined|ordered)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseVerbAfter();

    // "; " or ", and " or ", while " before a new subject, or ", " before a new subject and "will": "Nvidia will supply its
    // systems, Cisco will provide networking"
    // (": " too, but only before a pronoun subject: "... before turning elsewhere: last week it agreed to invest")
    [GeneratedRegex(@"(?:;\s|:\s|,\sand\s|,\swhile\s|,\sbut\s|,\s(?=(?:[A-Z][\w.&-]*\s){1,3}(?:will|would|is\sto|are\sto)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    // "is taking 50,000 GPUs", "will also receive 50,000 of Nvidia's Blackwell processors", "is deploying a similar number",
    // "some 60,000 GPUs, goes to Naver Cloud"
    [GeneratedRegex(@"\b(?:receiv(?:e|es|ed|ing)|tak(?:e|es|ing)|gets?|getting|deploy(?:s|ed|ing)?)\s(?:(?:up\sto|about|some|roughly|more\sthan|another|also)\s)?(?:\d[\d,.]*(?:\s(?:million|thousand))?\s(?:of\s)?(?:[\w'\u2019-]+\s){0,3}?(?-i:chips|GPUs|accelerators|processors|superchips)\b|(?:a\ssimilar|the\ssame)\snumber\b)|\b\d[\d,.]*\s(?:[\w'\u2019-]+\s){0,2}?(?-i:chips|GPUs|accelerators|processors|superchips),?\s(?:will\s)?(?:goes|go|went|going)\sto\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Allotted();

    // After the last of the subjects: " will invest $3 billion in a cluster", " said they would put about $3 billion, together with
    // government support, into a physical-AI cluster", " said on Wednesday they would work together to invest $50 billion in data centers"
    [GeneratedRegex(@"^\s(?:[\w']+\s){0,8}?(?:invest\w*|put)\s(?:[^.;]{0,60}?)\b(?:in|into)\s(?:a|an|the|new|its|their|(?-i:(?!it\b|them\b|each\b)[a-z]+))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestedInThing();

    // "in a similar way", "likewise", "did the same"
    [GeneratedRegex(@"\bsimilar\b|\blikewise\b|\bthe same\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SimilarWay();

    // "has raised $100 million", "will invest $1.5 billion in", "a funding round": money moving into a company
    // A new alternative needs a word of StrongInvestmentNeeds or a currency sign.
    [GeneratedRegex(@"\b(?:rais(?:ed|es|ing)|collect(?:ed|s)|secur(?:ed|es)|land(?:ed|s)|attract(?:ed|s)) (?:[a-z]+ ){0,2}(?:about |roughly |nearly |more than )?[$€£₹][0-9]|\b(?:invest(?:s|ed|ing)?|pour(?:s|ed)?|inject(?:s|ed)?) (?:up to |about |roughly |nearly |more than )?[$€£₹][0-9.,]+(?: ?(?:billion|million|bn|m))?(?: [a-z]+){0,2} in(?:to)?\b|\bfunding round\b|\bseries [A-H] (?:round|funding)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongInvestment();

    // "formed a joint venture", "the JV", "will jointly own a data center"
    // "the $500 billion venture it formed with SoftBank and Oracle", "set up a data-center venture with", "jointly fund the
    // construction of two chip factories", "the venture that OpenAI
    // announced earlier this year with SoftBank"
    [GeneratedRegex(@"\bjoint[- ]venture\b|\bjoint\s(?:company|entity)\b|\bventure\swith\s(?-i:[A-Z])|\bJV\b|\bjointly\s(?:own|owns|owned|control|controls|controlled)\b|\bjointly\s(?:fund|funds|funded|finance|finances|financed)\s(?:the\s)?(?:construction|building)\b|\bform(?:s|ed|ing)?\s(?:a|an|the|their)\s(?:new\s)?venture\b|\bventure\s(?:that\s|which\s)?(?:it|they|we|(?-i:[A-Z][\w.&-]*)(?:\s(?-i:[A-Z][\w.&-]*)){0,2})\s(?:formed|set up|created|launched|established|started|announced|unveiled)\s(?:[\w-]+\s){0,3}?with\b|\b(?:form(?:s|ed|ing)?|set(?:s|ting)?\sup|creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|establish(?:es|ed|ing)?)\s(?:a|an)\s(?:[\w$,.-]+\s){0,4}?venture\swith\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JointVentureRegex();

    // "licenses Groq's technology and hires its founder", "license technology from Windsurf and bring over its chief executive", "absorbs
    // the startup's founders and staff", "acqui-hire", "paid $2.4 billion for Windsurf's leaders", "bringing on X's chief executive ...
    // under a licensing agreement"
    [GeneratedRegex(@"\blicens\w*\b.{0,120}\b(?:hir\w+|founders?|staff|employees|team|chief executive|CEO|researchers|engineers)\b|\b(?:hir\w+|absorb\w*|poach\w*|bringing back|(?:bring|brings|bringing|brought)\s(?:on|in|over|aboard))\b.{0,80}\b(?:founders?|co-founders?|staff|employees|team|chief executive|CEO)\b.{0,120}\blicens\w*|\b(?:hir(?:e|es|ed|ing)|poach\w*)\s(?:the|its|their)\s(?:[\w'’-]+\s){0,3}?(?:founders?|co-founders?|staff|team|leadership|leaders)\s(?:of|from)\s(?-i:[A-Z])|\b(?:hir(?:e|es|ed|ing)|poach\w*)\s(?:the\s)?(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2}(?:'s|’s)\s(?:[\w-]+\s){0,2}?(?:founders?|team|staff|engineers|researchers|leadership)\b|\bacqui-?hire|\bpa(?:y|ys|id|ying)\s.{0,40}?\bfor\s(?:[\w'’-]+\s){0,2}?(?:leaders|leadership|founders?|co-founders?|staff|employees|team|engineers|researchers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringRegex();

    // "agreed to backstop $1.8 billion of lease obligations", "a financial guarantee"
    [GeneratedRegex(@"\bbackstop\w*\b|\bguarantee\w*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GuaranteeRegex();

    // "a $1 billion fund for developers", "cloud credits for 30 startups", "commit £2 billion to the UK's AI startup scene", "a new fund in
    // which Nvidia is a founding investor", "investors in the fund"
    [GeneratedRegex(@"\binvestment (?:partnership|vehicle|platform)\b|\binfrastructure (?:fund|investment partnership|partnership)\b|\bvehicle\b.{0,40}\bto (?:finance|fund|invest)\b|\b(?:a|an|the)\s(?:[$€£₹][\d.,]+\s?(?:billion|million|bn|m)?\s)?(?:\w+\s){0,2}fund\b(?!ing)(?:\s[\w-]+){0,3}\s(?:for|to back|to invest|aimed|that will|to support)\b|\bfund\s(?:in\swhich|whose)\b|\b(?:investors?|backers)\s(?:in|of)\s(?:the|its|a)\s(?:new\s)?(?:[\w-]+\s)?fund\b|\bcredits\b|\bgrants?\b|\b(?:startup|accelerator)\s(?:program|programme|scene|ecosystem)\b|\bprogram(?:me)?\b.{0,80}\bstartups\b|\bstartups\b.{0,80}\bprogram(?:me)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FundingProgramRegex();

    // "a 10.5-gigawatt clean power framework", "power purchase agreement", "supply electricity"
    // A new alternative needs a word of its lists in Triggers and must begin with a word of PowerStarts.
    private const string PowerPattern = @"\bpower purchase agreements?\b|\bPPAs?\b|\b(?:clean|carbon-free|renewable|green)[- ](?:power|energy|electricity|generat\w+)\b|\bnuclear (?:power|energy|plant|reactors?)\b|\breactors?\b|\b(?:solar|wind|geothermal|hydro\w*) (?:power|energy|farms?|projects?|capacity|contracts?|generation)\b|\bfusion (?:power|energy|plant|reactors?|startup|company|developer|electricity)\b|\b(?:supply|buy|purchase|deliver|sell)\w*\s(?:\w+\s){0,3}(?:power|energy|electricity)\b|\belectricity (?:supply|deal|agreement|contract)\b|\bfuel cells?\b|\bhydroelectric\b|\b(?:take|takes|taking|buy|buys|for)\s(?:all\s)?the output of\b|\b(?:pre)?pa(?:y|ys|id)\sfor\s(?:the\s)?power\b|\b(?:megawatts|gigawatts|MW|GW)\sof\s(?-i:[A-Z])[\w-]*\s(?:fuel cells|systems|reactors|turbines|batteries)\b|\b(?:supply|supplies|supplying|provide|provides|providing|deliver\w*|sell\w*|buy|buys|buying|bought|purchas\w*)\s(?:up to\s|about\s|roughly\s|more than\s|as much as\s|at least\s)?[\d,.]+\s?(?:megawatts|gigawatts|MW|GW)\b(?!\sof\s(?:[\w-]+\s)?(?:computing|compute|AI|GPU)\b)|\bpower (?:supply|deal|agreement|framework|contract)\b|\b(?:deal|contract|agreement)s?\b[^.;]{0,40}?\bfor\s(?:[\w-]+\s){0,2}?(?:power|electricity|energy)\sfrom\b|\b(?:power|gas|natural-gas|gas-fired|nuclear|solar|wind) (?:power )?plants?\b";

    [GeneratedRegex(PowerPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PowerRegex();

    [GeneratedRegex(@"\G(?:" + PowerPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PowerAnchored();

    // "rent servers", "lease-back", "colocation contracts", "spend about $3 billion on Google Cloud", "run its AI applications on Microsoft Azure", "server rental",
    // "use up to one million of Google's TPU chips"
    // A new alternative needs a word of its list in Triggers (at a word start) and must begin with a word of CloudStarts.
    private const string CloudPattern = @"\brent\w*\b|\blease\w*\b|\bcolocation\b|\bhosting\b|\bcloud (?:capacity|contract|deal|agreement|computing deal)\b|\b(?:compute|capacity) (?:deal|contract|agreement)\b|\b(?:rent|buy|secure|reserve|lease|provid|suppl|deliver|take|takes|took|taking)\w*\s(?:\w+\s){0,3}(?:computing|compute|GPU|AI) capacity\b|\bhost(?:s|ed|ing)?\s(?:[\w-]+\s){0,2}?(?:computing|compute|capacity)\sfor\b|\b(?:serv|run|host|train|deploy)(?:e|es|ed|ing|s|ning)?\s(?:[\w$.,'’-]+\s){0,6}?(?:on|from|in|through)\s(?-i:[A-Z][\w.&-]*)(?:'s|’s)\s(?!own\b)(?:[\w-]+\s){0,2}?cloud\b|\btap(?:s|ped|ping)?\s(?-i:[A-Z][\w.&-]*)(?:'s|’s)\s(?!own\b)(?:[\w-]+\s){0,2}?cloud\b|\bspend\w*\s.{0,40}\bon\s(?:[A-Z]\w+\s)?(?:Cloud|Azure|AWS|Oracle|OCI)\b|\brun\w*\s.{0,50}\bon\s(?:Microsoft\s)?Azure\b|\bsupercomputer\b.{0,40}\bfor\b|\bbuilt\b.{0,40}\bsupercomputer\b|\bdata[- ]cent(?:er|re) capacity\b|\b(?:buy|bought|purchas\w+|rent\w*|secur\w+|reserv\w+|access|provid\w*|suppl\w*|deliver\w*)\w*\s(?:[\w$.,'-]+\s){0,6}?(?:computing|compute|cloud|GPU)\s(?:power|capacity|services|infrastructure)\b|\bAI Zone\b|\bcloud provider\b.{0,40}\bfor\b|\bus(?:e|es|ed|ing)\s(?:[\w'’-]+\s){0,3}?cloud\b(?!\s(?:software|tools|apps?|services? (?:to|for) (?:sell|offer)))|(?:'s|’s|(?<=s)'|(?<=s)’|\bits|\btheir)\s(?:[\w-]+\s){0,2}?cloud (?:provider|partner|supplier)\b|\buse of\s(?:[\w'-]+\s){0,3}?(?:TPUs|tensor processing units)\b|\bus(?:e|es|ed|ing)\s(?:[\w$.,'’-]+\s){0,6}?(?:TPUs?|tensor processing units|Trainium|Inferentia)\b|\bus(?:e|es|ed|ing)\s(?:[\w$.,'’-]+\s){0,8}?(?:through|via)\s(?-i:[A-Z][\w-]*\s){0,2}?(?-i:Cloud|Azure|AWS|OCI)\b|\boff-?take\b|\bus(?:e|es|ed|ing)\s(?:(?-i:[A-Z])[\w.&-]*\s){0,2}?(?-i:Azure|AWS|OCI|Cloud)\b|\b(?:serv|run|host|train)(?:e|es|ed|ing|s|ning)?\s(?:[\w$.,'’-]+\s){0,6}?on\s(?:(?-i:[A-Z])[\w.&-]*\s){0,2}?(?-i:Cloud|Azure|AWS|OCI)\b|\btap(?:s|ped|ping)?\s(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2}\sfor\s(?:[\w-]+\s){0,2}?(?:compute|computing|capacity|cloud)\b|\bmov(?:e|es|ed|ing)\s(?:its|their)\s(?:[\w-]+\s){0,2}?(?:workloads|computing|infrastructure|models|training)\sto\s(?-i:[A-Z])|\bhost(?:s|ed|ing)?\s(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2}(?:'s|’s|(?<=s)'|(?<=s)’)\s(?:[\w-]+\s){0,2}?(?:models|workloads|computing|training)\b";

    [GeneratedRegex(CloudPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CloudRegex();

    [GeneratedRegex(@"\G(?:" + CloudPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CloudAnchored();

    // "chip supply agreement", "supply Humain with 18,000 GB300 chips", "buy chips", "deploy AMD GPUs", "deploy 500 megawatts of computing built on Instinct GPUs",
    // "a supercluster built on 50,000 of AMD's MI450 processors" (a counted build is an order), "spend about €200 million on AI hardware"
    // A new alternative needs a word of its list in Triggers and must begin with a word of ChipSupplyStarts.
    private const string ChipSupplyPattern = @"\bchip[- ]supply\b|\bsupply (?:agreement|deal)\b|\bsuppl(?:y|ies|ied|ying)\s(?-i:[A-Z])[^.;]{0,80}?\bwith\s(?:[\w-]+\s){0,3}?(?:chips|GPUs|servers|accelerators|processors)\b|\bspend\w*\s[^.;]{0,40}?\bon\s(?:[\w-]+\s){0,3}?(?:chips|GPUs|hardware|accelerators|processors|servers)\b|\b(?:suppl\w+|sell\w*|sold|deliver\w*|ship\w*|provid\w+|buy\w*|bought|purchas\w+|order\w*|deploy\w*|secur(?:e|es|ed|ing)|obtain\w*)\b\s(?:[\w$.,'-]+\s){0,6}?(?-i:chips|GPUs|accelerators|processors|superchips|memory(?!\s(?:business|unit|division|operations|arm))|HBM\w*|(?<!\b(?:backup|cooling|power|storage|security|software|payment|control|electrical)\s)systems|servers|silicon|Trainium|Inferentia|TPUs)\b|\bdeploy\w*\s(?:[\w$.,'-]+\s){0,5}?(?:built|based|running)\son\s(?:[\w'-]+\s){0,3}?(?:chips|GPUs|accelerators|processors|superchips)\b|\b(?:built|based|running)\son\s[\d,.]+\s(?:of\s)?(?:[\w'-]+\s){0,5}?(?:chips|GPUs|accelerators|processors|superchips)\b|\bbuilt\b.{0,30}\bfor\b|\b(?:chips?|chiplets?|processors?|wafers?|semiconductors?|accelerators?|GPUs|(?-i:[A-Z])PUs)\s(?:are|is|were|was|will be)\s(?:\w+\s)?(?:manufactured|produced|fabricated)\s(?:by|at)\s(?-i:[A-Z])|\b(?:picked|chose|chosen|selected|tapped|hired)\s(?:[\w'’-]+\s){0,4}?(?:foundry|to\s(?:produce|make|manufacture|fabricate)\b)|\b(?:manufactur\w+|produce\w*|fabricat\w+)\s(?:[\w'’,-]+\s){0,6}?(?:on|using)\s(?:[\w'’-]+\s){0,2}?(?:\d+A|\d+-?nanometer|\d+\s?nm|\d+-nm)\b|\bbuil[dt]\w*\s(?:its|their)\s(?:[\w-]+\s){0,2}?(?:clusters?|supercomputers?|data cent(?:er|re)s|fleet)\s(?:[\w-]+\s){0,2}?(?:from|on|with|around)\s(?:[\w'’-]+\s){0,3}?(?:chips|GPUs|accelerators|processors|superchips|H\d+|B\d+|GB\d+|MI\d+\w*)\b|\b(?:deal|agreement|contract|pact)\s(?:with\s(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2}\s)?(?:for|to\s(?:buy|supply|provide|deliver))\s(?:[\w$.,'’-]+\s){0,5}?(?:chips|GPUs|accelerators|processors)\b|\b(?:design|develop|build|make)(?:s|ed|ing)?\s(?:a\s|an\s|the\s|its\s|their\s)?(?:custom\s|in-house\s)?(?:[\w-]+\s){0,2}?(?:chips?|accelerators?|processors?)\sfor\s(?!AI\b)(?-i:[A-Z])|\b(?:manufactur\w+|produc\w+|fabricat\w+)\s(?:the\s|its\s|their\s)?(?:[\w-]+\s){0,2}?(?:chips?|processors?|accelerators?|wafers?)\sfor\s(?!AI\b)(?-i:[A-Z])|\b(?:picked|chose|chosen|selected|tapped)\s(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2}(?:'s|’s|(?<=s)'|(?<=s)’)\s(?:[\w-]+\s){0,2}?(?:chips|GPUs|accelerators|processors)\b";

    [GeneratedRegex(ChipSupplyPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChipSupplyRegex();

    [GeneratedRegex(@"\G(?:" + ChipSupplyPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChipSupplyAnchored();

    // "agreed to buy server-chip designer Ampere", "the $6.9 billion it paid for networking company Mellanox", "acquisition of", "to sell the manufacturing business to", "takeover bid",
    // "picked up BlueData, which", "its purchase of Dallas-based SoftLayer last month" (a name, then no noun: "purchase of Nvidia chips" is none)
    // A new alternative needs a word of its list in Triggers and must begin with a word of AcquisitionStarts.
    private const string AcquisitionPattern = @"\bacquir\w+|\bacquisition\b|\btakeover\b|\bmerg(?:er|e|ed|ing)\b|\b(?:buy|buys|buying|bought|purchas\w+|sell|sells|selling|sold|sale of)\s(?:[\w',-]+\s){0,5}?(?:business|unit|operations|company|startup|division|stakes?|positions?|holdings?|shares|designer|maker|manufacturer|developer|provider|firm|rival|group|investor|operator|owner|manager|lab|chipmaker|supplier|miner)\b|\bpaid\s.{0,40}\bfor\s(?:[\w',-]+\s){0,4}?(?:company|startup|maker|designer|developer|provider|firm|business)\b|\bagreed to buy\b|\b(?:take|takes|took|taken|taking)\sprivate\b|\b(?:take|takes|took|taken|taking)\s(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,3}(?:,\s[^,;]{1,80},)?\sprivate\b|\b(?:was|were|is|are|be|been|being)\s(?:\w+\s)?(?:bought|purchased|taken over|snapped up)\sby\b|\ball-(?:stock|cash) (?:deal|offer)\b|\b(?:takeover|buyout|hostile|failed|rejected|competing|rival|all-cash|all-stock|unsolicited)\s(?:[\w-]+\s)?(?:bid|offer)\b|\bbid\s(?:for|to\s(?:buy|acquire|take\sover))\b|\b(?:that|which)\s(?-i:[A-Z][\w.&-]*\s){1,3}(?:had\s)?(?:bought|purchased)\b|\b(?:bid|offer(?:s|ed)?)\s(?:about\s|roughly\s|nearly\s|some\s)?[$€£₹][\d.,]+\s?(?:billion|million|bn|m)?\s(?:in\s(?:cash|stock)\s)?for\b|\b(?:take|takes|took|taken|taking)\sover\b(?!\s(?:as|from)\b)|\babsorb(?:s|ed|ing)?\s(?-i:[A-Z])|\bscoop(?:s|ed|ing)?\sup\b|\b(?:was|were|been|being|is|are)\s(?:\w+\s)?sold\sto\s(?-i:[A-Z])|\b(?:picks|picked)\sup\s(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2}(?=,|\.|\s(?:for|in|last|from)\b)|\bpurchase\sof\s(?:(?-i:[A-Z])[\w.]*-based\s)?(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2}(?=,|\.|\s(?:for|in|last|from|completed|closed)\b)";

    [GeneratedRegex(AcquisitionPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcquisitionRegex();

    [GeneratedRegex(@"\G(?:" + AcquisitionPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcquisitionAnchored();

    // "lands", "got", "picks up", "pulled in": verbs of getting a sum of money, read by the investment pattern, by RaiseVoice and by the
    // company recognizer (a name before one of them and a sum is a company). Their first letters are in TriggerStems and in the
    // investment pattern's word lists.
    internal const string MoneyGettingVerbs = @"lands?|landed|gets|got|bag(?:s|ged)|nab(?:s|bed)|snag(?:s|ged)|wins|won|draws|drew|(?:picks|picked|pulls|pulled|rakes|raked)\s(?:in|up)";

    // "will invest $1.5 billion in G42", "a 49% stake", "raised $235 million from", "led the round", "commits up to $2 billion to Anthropic",
    // "received $13 billion from", "lands $141 million from", "whose backers include"
    // A new alternative needs a word of its list in Triggers (at a word start) and must begin with a word of InvestmentStarts.
    private const string InvestmentPattern = @"\binvest(?!ors?\b)\w*|\bstake\b|\bfunding\b|\bround\b|\brais(?:e|ed|es|ing)\s(?:[\w-]+\s){0,3}?(?:funding|capital|money|financing|round|equity|debt|cash|[$€£₹])|\braised\sfrom\b|\b(?:receiv(?:ed|es|ing)|secur(?:es|ed)|" + MoneyGettingVerbs + @")\s(?:about\s|roughly\s|more\sthan\s|some\s|nearly\s|an?\s)?[$€£₹][\d.,]+\s?(?:billion|million|bn|m)?\s(?:in\s(?:[\w-]+\s){1,2})?from\b|\bbacked\b|\bbacking\b|\bequity\b|\bseries [A-H]\b|\bcommit\w*\s(?:up to\s|about\s|roughly\s|more than\s|an additional\s|another\s)?[$€£₹][\d.,]+.{0,30}\bto\b|\bput\s.{0,60}?\binto\b|\bshareholder\b|\bamong\s(?:its|their)\s(?:[a-z]+\s)?(?:backers|investors|shareholders)\b|\bamong\s(?:the\s)?(?:[a-z]+\s)?(?:backers|investors|shareholders)\sof\b|\b(?:funded|bankrolled)\s(?:by\s)?(?-i:[A-Z])|\bholdings?\s(?:of\s(?:about\s|roughly\s|nearly\s|around\s|some\s|almost\s)?[\d.]+\s?(?:%|percent)\s)?in\s(?-i:[A-Z])|\bown(?:s|ed)?\s(?:about\s|roughly\s|nearly\s|around\s|some\s|almost\s|more\sthan\s|just\sunder\s)?[\d.]+\s?(?:%|percent)\s(?:of|in)\s(?-i:[A-Z])|\bwr(?:ote|ites|itten|iting)\s(?:a|an|the)\s(?:[\w$€£₹.,-]+\s){0,3}?(?:check|cheque)s?\b|\b(?:bought|buys?|buying|purchas\w+)\s(?:[\w$€£₹.,'’]+\s){0,5}?(?:(?:common|ordinary|preferred)\s)?(?:stock|shares)\b|\b(?<=(?:\b(?:whose|its|their)|[A-Za-z]['’]s?)\s(?:[a-z]+\s)?)(?:backers|investors|shareholders)\s(?:include|includes|included)\b";

    [GeneratedRegex(InvestmentPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestmentRegex();

    [GeneratedRegex(@"\G(?:" + InvestmentPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestmentAnchored();

    // "teaming up", "partnership with", "will collaborate", "memorandum of understanding", "has worked with", "Google pays Apple",
    // "a design developed with X", "co-designed"
    // A new alternative needs a word of its list in Triggers and must begin with a word of PartnershipStarts.
    private const string PartnershipPattern = @"\bpartnerships?\b|\b(?:build|builds|building|built|develop|develops|developing|developed|design|designs|designing|designed|construct|constructs|constructing|constructed)\s[^.;]{0,80}?\btogether\swith\b|\b(?:co-?)?(?:develop|design|engineer)(?:ed|s|ing)?\s(?:[\w$.,'’""-]+\s){0,4}?with\b|\bco-?(?:develop|design)\w*|\bpartner(?:ed|ing|s)? with\b|\bwork(?:s|ed|ing)? with\b|\bpa(?:y|ys|id|ying)\s(?-i:[A-Z])|\bteam(?:ing|ed)? up\b|\bcollaborat\w+|\balliance\b|\bwork(?:ing)? together\b|\bmemorandum of understanding\b|\bMoU\b|\bagreement\b|\bjointly\b|\bpreferred\b.{0,30}\bpartner\b|\bjoin(?:s|ed|ing)?\sforces\b|\bti(?:e|es|ed|ing)[- ]up\b|\bintegrat\w+\s(?:[\w'’-]+\s){0,4}?into\s(?-i:[A-Z])";

    [GeneratedRegex(PartnershipPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnershipRegex();

    [GeneratedRegex(@"\G(?:" + PartnershipPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnershipAnchored();

    // "holding talks with", "in negotiations"
    [GeneratedRegex(@"\btalks\b|\bnegotiat\w+|\bdiscussions\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksRegex();

    // "is not ", "isn't ", "has never ", "did not yet ", "is not buying ": a denial right before a deal's wording (or before the verb
    // whose object it is); "not only" denies nothing
    [GeneratedRegex(@"(?:\bnot|n't|n’t|\bnever)\s(?!only\b)(?:(?:be|been|yet|currently|actually)\s)?(?:[a-z]+\s?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    // "Shares of Nvidia fell", "analysts expect": market commentary, not a transaction.
    [GeneratedRegex(@"^(?:shares of|analysts?\b|the selloff|investors (?:sold|dumped))|\bshares (?:fell|rose|jumped|dropped|slid|climbed|gained)\b|\bmarket value\b|\bstock (?:fell|rose|is up|is down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotADeal();

    // "The deal ...", "The investment ...", "It will ...", "The two companies ...", "Under the agreement ..."
    [GeneratedRegex(@"^(?:the (?:deal|investment|agreement|transaction|partnership|purchase|acquisition|arrangement|two|company|startup|companies|firm|contract)|it\b|under the\b|as part of\b|that\b|this\b)|\bthe two (?:companies|sides|firms)\b|\bboth (?:companies|sides)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    // "a price that valued the company at $", "a deal valuing it at $"
    [GeneratedRegex(@"\b(?:price|deal|offer|transaction|bid)\s(?:that\s|which\s)?valu(?:ed|es|ing)\s(?:the\s\w+\s|it\s)at\s(?:about\s|roughly\s|nearly\s|some\s)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceValuedAt();

    // "valued at $X", "$118.42 a share", "$1.4 billion project loan", "revenue of $X", "market value", "had been worth $X", "capital spending of $X": not the
    // value of the deal.
    [GeneratedRegex(@"(?:\b(?:combined|total of|in total|totaling|totalling)\s(?:about\s|roughly\s|more than\s)?\||valuation\s(?:of\s)?(?:about\s|roughly\s|more than\s|nearly\s)?\||valu(?:ed|es|ing)\s(?:the\s\w+\s|it\s)at\s(?:about\s|roughly\s)?\||revenue\s(?:of\s)?(?:about\s)?\||\b(?:been|was|is|be|were)\sworth\s(?:about\s|roughly\s|nearly\s|more than\s|some\s)?\||\b(?:spending|expenditures?|capex)\s(?:of\s)?(?:about\s|roughly\s|nearly\s|more than\s|some\s)?\||\|\s(?-i:[A-Z][\w.-]*)(?:\s(?-i:[A-Z][\w.-]*))?\s(?:was|is|had\sbeen)\s(?:worth|valued)\b|\|\s(?:valuation|in (?:annual )?revenue|of (?:contracted )?revenue|of market value|market value|a share|per share|in sales)|\|\s(?!including\s|plus\s)(?:[\w-]+\s)?(?:loans?|debt)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDealValue();

    // "X, Y, and Z" with nothing else between the names
    [GeneratedRegex(@"^\u0001(?:(?:'s)?(?:,\s|,?\sand\s|\s?/\s?|,\sor\s|\sor\s)\u0001)+$", RegexOptions.CultureInvariant)]
    private static partial Regex ListGlue();

    // "companies like", "hyperscalers, including", "such as", "rivals"
    [GeneratedRegex(@"(?:\blike|\bsuch as|\bincluding|\bcompanies|\bhyperscalers|\bgiants|\brivals|\bcompetitors|\bplayers)[,:]?\s$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ListLead();

    // "signed deals with ", "long-term clean-energy frameworks with "
    [GeneratedRegex(@"\b(?:deals|agreements|contracts|frameworks|partnerships|pacts|PPAs|leases|accords|arrangements)\s(?:[\w-]+\s){0,2}?with\s$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PluralWith();

    // ", " or " and " or ", and " between two items of a list
    [GeneratedRegex(@"^(?:,\s|,?\sand\s)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListStep();

    // "talks with ", "negotiations also took place with "
    [GeneratedRegex(@"\bwith\s$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex WithBefore();

    // "have just inked", "announced today": the article's own date is the deal's date.
    [GeneratedRegex(@"\bjust\b|\btoday\b|\bthis week\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JustNow();

    // "due 2031", "by 2028": deadlines, not deal dates; "founded in 1993": the company's age.
    [GeneratedRegex(@"(?:due|by|until|through|between|and|founded|founded in|established in|incorporated in)\s$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FutureOnly();

    // "in talks", "negotiations", "ended negotiations", "bid was rejected", "walked away", "had offered to make an investment",
    // "approached Intel about a possible takeover"
    [GeneratedRegex(@"\btalks\b|\bnegotiat\w+|\bin discussions\b|\bdiscuss\w*\b|\bconsidering\b|\bexplor\w+|\b(?:takeover|buyout|hostile|failed|rejected|competing|rival|unsolicited)\s(?:[\w-]+\s)?bid\b|\bbid\s(?:for|to\s(?:buy|acquire|take\sover))\b|\boffer\w*\b.{0,60}\b(?:rejected|declined|spurned|turned down)\b|\brejected\b|\bwalk(?:ed|s)? away\b|\babandon\w*|\bterminat\w*|\bcalled off\b|\bscrapp?\w*|\bcollaps\w*|\bfell through\b|\bblocked\b|\bproposal\b|\bproposed\b|\bwould explore\b|\boffered\sto\b|\bapproached\s(?:[\w-]+\s){1,3}about\b|\bsound(?:s|ed|ing)?\sout\b|\bpossible\s(?:takeover|acquisition|merger|deal|investment)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksStatus();

    // "took a minority stake in ", "a 10% stake in ", "invested $2 billion in "
    [GeneratedRegex(@"\b(?:stake|invest(?:s|ed|ing|ment)?(?:\s[$€£₹][\d.,]+\s(?:million|billion|bn|m))?)\sin\s$", RegexOptions.CultureInvariant)]
    private static partial Regex InvesteeLead();

    // "led by ", "co-led by ", "from ", "backed by ", "participation from "
    [GeneratedRegex(@"(?:\bled by|\bbacked by|\bfunded by|\bbankrolled by|\bfrom)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex InvestorLead();

    // "already rents", "its existing contract", "has been hosting"
    [GeneratedRegex(@"\balready\b|\bcurrently\b|\bexisting\b|\bha(?:s|ve) been\s\w+ing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InEffectWording();

    // "'s order for reactors from ", "'s investment in ", "'s $2 billion stake in "
    [GeneratedRegex(@"\G's\s(?:[\w$.,-]+\s){0,3}?(?<noun>investment|stake|acquisition|purchase|takeover|order|deal|partnership|contract)\s(?:[\w-]+\s){0,3}?(?:in|of|for|with|from|into)\s\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NominalDeal();

    // "backed", "funded", "raised", "invested": money moving, not ownership
    [GeneratedRegex(@"\b(?:backed|funded|raised|invested)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeBacking();

    // "was bought by", "were acquired by", "is backed by", "had been funded by": the company before receives the money.
    [GeneratedRegex(@"\b(?:was|were|is|are|be|been|being)\s(?:\w+\s)?(?:bought|purchased|acquired|taken over|taken private|snapped up|backed|funded)\s(?:in\s\d{4}\s)?by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveDeal();

    // "to ", "supply ", "provide ", "for ": the company capacity is provided to
    [GeneratedRegex(@"(?:\bto|\bsuppl(?:y|ies|ying)|\bprovid(?:e|es|ing)|\bfor)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex CapacityBuyerLead();

    // Between a partnership and a sum: " aimed at spurring ", " to mobilize up to ", " that aims to draw "
    [GeneratedRegex(@"^\s(?:aimed\sat|intended\sto|meant\sto|designed\sto|that\s(?:aims|seeks|hopes)\sto|to)\s(?:[a-z-]+\s){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PartnershipAim();

    // After the investing company: " plans to invest $50 billion in "
    [GeneratedRegex(@"\G\s(?:[\w']+\s){0,4}?invest\w*\s(?:[^.;,]{0,40}?)\bin\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestedIn();

    // "with ", "built with the British cloud company "
    [GeneratedRegex(@"\bwith\s(?:(?:the|a|an)\s)?(?:[\w-]+\s){0,4}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex WithLead();

    // "the telecom group said", "The chip designer has": a subject named by what the company does
    [GeneratedRegex(@"\b[Tt]he\s([a-z]{4,}|[A-Z][a-z]{3,}(?=\s[a-z]))\s(group|company|firm|operator|giant|maker|provider|designer|developer|specialist)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedSubject();

    // "working with ", "works with "
    // "work with ", "developed a process with ", "co-design chips with "
    [GeneratedRegex(@"\G(?:work(?:s|ed|ing)?|(?:co-?)?(?:develop|design|engineer)(?:ed|s|ing)?\s(?:[\w$.,'’""-]+\s){1,4}?)\s?with\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorksWith();

    // "announced the agreement", "signed the deal"
    [GeneratedRegex(@"\b(?:announc|sign|reach|struck|strike)\w*\s(?:the|their)\s(?:agreement|deal|transaction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheAgreement();

    // "the two companies", "both companies"
    [GeneratedRegex(@"\b(?:the two (?:companies|firms)|both companies)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TwoCompanies();

    // "The deal ...", "Under the agreement ...", "The two companies ...": the deal or both its sides, not one company
    [GeneratedRegex(@"^(?:the (?:deal|investment|agreement|transaction|partnership|purchase|acquisition|arrangement|contract|pact|companies)\b|under the\b|as part of\b)|\bthe two (?:companies|sides|firms)\b|\bboth (?:companies|sides)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothSides();

    // ", giving ", ", creating ", ", making ": a participle telling what the deal does
    [GeneratedRegex(@",\s(?:giving|creating|making|bringing|marking|leaving|putting|underscoring|adding to|cementing|handing)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ConsequenceLead();

    // "part of the financing", "in the round", "the same round"
    [GeneratedRegex(@"\b(?:part of|in|into|to|joined)\s(?:the|this|that)\s(?:same\s)?(?:financing|round|raise|funding)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoundReference();

    // "was led by", "co-led by"
    [GeneratedRegex(@"\b(?:co-)?led\sby\b", RegexOptions.CultureInvariant)]
    private static partial Regex LedBy();

    // "round", "Series C": the sentence names a funding round
    [GeneratedRegex(@"\bround\b|\bSeries\s[A-H]\b", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesOrRound();

    // "round", "financing", "funding": the sentence tells a round others may join
    [GeneratedRegex(@"\b(?:round|financing|funding)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoundWord();

    // "AdaniConneX, the joint venture that", "X was formed in 2021 as a joint venture", "X is a joint venture of"
    [GeneratedRegex(@"\G(?:,\s(?:the|a)\s(?:[\w-]+\s){0,3}?(?:joint\s)?venture\b|\s(?:was|is|were|has\sbeen)\s(?:[\w-]+\s){0,3}?(?:formed|created|set\sup|established|launched)\b|\s(?:is|was)\s(?:a|the)\s(?:[\w-]+\s){0,3}?joint\sventure\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TheVentureItself();

    // "buy $250 billion of Azure services", "spend $38 billion over seven years on capacity", "pay $10 billion for computing power"
    [GeneratedRegex(@"\b(?:buy|buys|bought|buying|purchas(?:e|es|ed|ing)|spend|spends|spent|spending|pay|pays|paid|paying)\s(?:(?:up\sto|about|roughly|nearly|more\sthan|an\sadditional|another)\s)?\$[\d.,]+\s(?:million|billion|trillion|bn|m)\b(?:\s(?:over|across|in|a|per|each)\s(?:[\w-]+\s){0,2}?(?:years?|months?|year))?\s(?:worth\s)?(?:of|on|for)\s(?:[\w'-]+\s){0,3}?(?:computing|compute|cloud|(?<!power\s|generating\s|generation\s|storage\s)capacity|(?:[A-Z]\w+\s)services)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComputePurchase();

    // "between " just before a company
    [GeneratedRegex(@"\bbetween\s$", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenBefore();

    // ", which", ", that": a relative clause right after a sentence's subject
    [GeneratedRegex(@"^,\s(?:which|that)\s", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAfterSubject();

    // ", worked", ", has signed": a lower-case word that is no article or pronoun after a comma
    [GeneratedRegex(@"^,\s(?!(?:the|a|an|and|or|but|which|who|that|its|their|it|they|as|in|on|at|for|with|from|by)\b)[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAfterComma();

    // ", which has signed", ", which rents": a relative clause whose subject is the company before it
    [GeneratedRegex(@"\G,\s(?:which|who)\s(?!(?:it|they|its|their|the|a|an|is|was|are|were|has\sbeen|had\sbeen|also\sowns|owns|makes|runs|operates)\b)(?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectRelative();

    // ", which has invested", ", which had bought"
    // ", which helps Google design the processors"
    [GeneratedRegex(@"\b(?:which|that|who)\s(?:has|had|have)\s(?:also\s|already\s)?(?:invested|backed|funded|bought|acquired)\b|\b(?:which|that)\s(?:also\s)?(?:helps|helped|has helped)\s(?=[A-Z])(?:[\w.&-]+\s){1,3}?(?:to\s)?(?:design|develop|build|make)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeActs();

    // "and another ", "and a further ", "plus an additional "
    [GeneratedRegex(@"\b(?:and|plus)\s(?:then\s)?(?:another|a further|an additional)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex AnotherTranche();

    // "among its earlier backers", "among their investors"
    // "'s chief AI scientist", " chief executive", " co-founder", "'s former head of research"
    [GeneratedRegex(@"^(?:'s|’s)?\s(?:former\s|longtime\s|then-)?(?:chief\s(?:[\w-]+\s){0,2}?(?:officer|executive|scientist)|CEO|CFO|CTO|COO|executives?|co-?founders?|president|chairman|researchers?|engineers?|scientists?|veterans?|alumni|alumnus|head\sof)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonTitleAfter();

    // "signed up Apple, Anthropic and SSI as TPU customers", "counts Meta as a customer", "a large outside TPU customer in Anthropic"
    [GeneratedRegex(@"\b(?:signed up|signs up|signing up|counts?|counted|lists?|listed|won|wins|landed|lands|added|adds)\s(?:[\w&.,'’-]+\s){1,8}?as\s(?:an?\s)?(?:[\w-]+\s){0,2}?customers?\b|\bcustomers?\sin\s(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CustomersNamed();

    private static readonly SearchValues<string> CustomerWords = Words(["customer"]);

    // "Nvidia's largest customers", "one of CoreWeave's biggest customers", "a major customer of CoreWeave" (the seller's name comes
    // right before the first form and right after the second)
    [GeneratedRegex(@"['’]s\s(?:(?:largest|biggest|top|major|main|key|anchor|leading|big|early|first|single)\s){0,2}customers?\b|\b(?:a|an|the|one\sof\sthe)\s(?:(?:largest|biggest|top|major|main|key|anchor|leading|big|early|first|single)\s){0,2}customers?\s(?<of>of\s)(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CustomerOf();

    [GeneratedRegex(@",\s(?:(?:one|two|some)\sof\s|among\s)?(?:the\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CustomerApposition();

    // "will become", "is set to become", "could become"
    [GeneratedRegex(@"\b(?:will|would|to|could|may|might)\s(?:\w+\s)?become\b", RegexOptions.CultureInvariant)]
    private static partial Regex WillBecome();

    // "with ", "from ", "to ": a company named as the other side
    [GeneratedRegex(@"\b(?:with|from|to)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex CounterpartLead();

    // "It is also buying CPower", "also agreed to acquire"
    [GeneratedRegex(@"\balso\s(?:agreed\sto\s|plans\sto\s|will\s)?(?:buying|acquiring|buy|acquire|taking over|take over)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlsoBuying();

    // "Under the deal, ...", "As part of the agreement, ...", "Under the new terms, ..."
    [GeneratedRegex(@"^(?:Under|As part of|Through|Per)\s(?:the|that|this)\s(?:new\s)?(?:deal|agreement|terms|arrangement|pact|contract)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnderTheDeal();

    // "ending months of negotiation", "after months of discussion", "following weeks of talks"
    [GeneratedRegex(@"\b(?:after|following|concluding|capping)\s(?:(?:several\s|many\s)?(?:months|weeks|years|a year)\sof\s)?(?:[\w-]+\s)?(?:talks|negotiations?|discussions?)\b|\bending\s(?:several\s|many\s)?(?:months|weeks|years|a year)\sof\s(?:[\w-]+\s)?(?:talks|negotiations?|discussions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndedTalks();

    // "Its previous round", "its $130 million Series C", "among its other shareholders", "The company's previous round", "The company
    // has raised money at a brisk pace", "when a $325 million Series E was led by" (a round nobody is said to own)
    [GeneratedRegex(@"\b(?:when|after|before)\s(?:a|an)\s(?:[$€£₹][\d.,]+\s(?:million|billion|bn|m)\s)?(?:Series\s[A-H]|seed|(?:funding\s)?round)\s(?:round\s)?(?:was|had\sbeen)\s(?:co-)?led\sby\b|\b(?:[Ii]ts|[Tt]he\s(?:company|start-?up|firm)['’]s)\s(?:[\w$.-]+\s){0,4}?(?:backers|investors|shareholders|round|financing|funding|raise|Series\s[A-H])\b|\b(?:[Tt]he\s(?:company|start-?up|firm)|[Ii]t)\shas\s(?:also\s)?raised\b", RegexOptions.CultureInvariant)]
    private static partial Regex ItsFunding();

    // "Earlier backers include", "other investors included"
    [GeneratedRegex(@"\bamong\s(?:its|their)\s(?:[a-z]+\s)?(?:backers|investors|shareholders)\b|^(?:earlier|other|existing|previous|its)\s(?:[a-z]+\s)?(?:backers|investors|shareholders)\s(?:include|included)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmongItsBackers();

    // "counts OpenAI among", "counted Nvidia among"
    [GeneratedRegex(@"\bcount(?:s|ed)?\s", RegexOptions.CultureInvariant)]
    private static partial Regex CountsAmong();

    // "... were among", "... are also among"
    [GeneratedRegex(@"\b(?:were|are|was|is)\s(?:also\s)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Copula();

    // "Run:ai is one of ...": right after a name, a copula.
    [GeneratedRegex(@"^\s(?:is|was|are|were)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CopulaAfter();

    // "rents out clusters", "leased out capacity"
    [GeneratedRegex(@"\b(?:rent|rents|rented|renting|lease|leases|leased|leasing)\sout\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RentsOut();

    // "was sold to", "had been sold to"
    [GeneratedRegex(@"\b(?:was|were|been|being|is|are)\s(?:\w+\s)?sold\sto\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSale();

    // "agreed to sell", "sold its unit", "the sale of", "part with", "divested"
    [GeneratedRegex(@"\b(?:sell|sells|selling|sold|sale|part(?:s|ed)? with|divest\w*|offload\w*|spin\w* off)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaleWording();

    // "terminated its planned acquisition", "walked away from", "the deal collapsed": a deal that was agreed or offered and then ended.
    [GeneratedRegex(@"\bterminat\w*|\babandon\w*|\bwalk(?:ed|s)? away\b|\bcalled off\b|\bscrapp?\w*|\bcollaps\w*|\bfell through\b|\bblocked\b|\bwithdr[ae]w\w*|\bdropped\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndedDeal();

    // "completed its acquisition", "closed the purchase", "the deal closed"
    [GeneratedRegex(@"\bcomplet(?:ed|es|ion)\b|\bclos(?:ed|es|ing)\b|\bfinali[sz]ed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompletedDeal();

    // "reportedly", "according to people familiar", "The Information reported", "a report says"
    [GeneratedRegex(@"(?<!\ba\s)\breported(?:ly)?\b(?!\sat\b)|\baccording to\b|\bpeople familiar\b|\bfamiliar with\b|\bsources? (?:said|say)\b|\breport (?:said|says)\b|\bis said to\b|\bwas said to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedStatus();

    // "announced", "confirmed", "agreed", "signed", "unveiled"
    [GeneratedRegex(@"\bannounc\w+|\bconfirm\w+|\bunveil\w+|\bdisclosed\b|\b(?:the two companies|both companies|the companies)\s(?:said|say)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedStatus();

    // "completed its acquisition", "closed", "paid", "invested", "raised", "bought", "picked up", "has been renting"
    [GeneratedRegex(@"\bmade\s(?:a|an|its)\b|\bcomplet\w+|\bclosed\b|\bcloses\b|\bpaid\b|\binvested\b|\braised\b|\bbought\b|\bacquired\b|\bpurchased\b|\b(?:picked|snapped|scooped)\sup\b|\bmerged\b|\btook\b|\bhad\s(?:invested|acquired|bought|raised|backed)\b|\b(?:had|has|have)\s(?:been\s)?taken\b|\bfinali[sz]ed\b|\bpreviously\b|\balready\b|\bcurrently\b|\bexisting\b|\b(?:backers|investors|shareholders)\sinclude[sd]?\b|\bhas been\b|\bled the\b|\bparticipated\b|\b(?:has|have|had)\sreceived\b|\b(?:arrangement|agreement|deal|contract|partnership)\s(?:\w+\s)?in\splace\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompletedStatus();
}
