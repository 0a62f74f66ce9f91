using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

internal sealed record CompanyAliasEntry(CompanyEntry Company, bool NotAtSentenceStart, bool FullName = false);

internal sealed record ModelFamilyEntry(string Family, string Developer, bool StandsAlone);

internal sealed record HardwareEntry(string Canonical, string Vendor, HardwareKind Kind);

internal sealed record CurrencyRate(DateOnly From, string Currency, decimal UsdPerUnit);
