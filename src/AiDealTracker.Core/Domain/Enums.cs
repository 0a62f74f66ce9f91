namespace AiDealTracker.Core.Domain;

public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Quarter = 2,
    Half = 3,
    Year = 4,
}

public enum DealType
{
    Investment = 0,
    Acquisition = 1,
    ChipSupply = 2,
    CloudCapacity = 3,
    Partnership = 4,
    JointVenture = 5,
    Power = 6,
    FundingProgram = 7,
    Talks = 8,
    Hiring = 9,
    Other = 10,
}

public enum DealStatus
{
    Announced = 0,
    Reported = 1,
    Talks = 2,
    Completed = 3,
}

public enum DealRole
{
    Partner = 0,
    Investor = 1,
    Investee = 2,
    Buyer = 3,
    Seller = 4,
    Supplier = 5,
    Customer = 6,
    Provider = 7,
    Acquirer = 8,
    Target = 9,
    Other = 10,
}

public enum AmountQualifier
{
    Exact = 0,
    About = 1,
    UpTo = 2,
    MoreThan = 3,
    AtLeast = 4,
    LessThan = 5,
    Range = 6,
}

public enum CompanyKind
{
    Unknown = 0,
    Hyperscaler = 1,
    ChipMaker = 2,
    AiLab = 3,
    Investor = 4,
    Neocloud = 5,
    Utility = 6,
    DataCenter = 7,
    Enterprise = 8,
    Other = 9,
}

public enum HardwareKind
{
    Gpu = 0,
    Accelerator = 1,
    Cpu = 2,
    System = 3,
    Other = 4,
}

public enum ReviewState
{
    Pending = 0,
    Accepted = 1,
    Corrected = 2,
    Rejected = 3,
}

public enum ArticleFormat
{
    Text = 0,
    Markdown = 1,
    Html = 2,
}

public enum MentionKind
{
    Company = 0,
    Model = 1,
    Hardware = 2,
    Amount = 3,
    Date = 4,
}
