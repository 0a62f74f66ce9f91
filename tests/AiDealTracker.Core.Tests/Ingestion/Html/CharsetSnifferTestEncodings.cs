using System.Text;
using AiDealTracker.Core.Ingestion.Html;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

internal static class CharsetSnifferTestEncodings
{
    public static Encoding Windows1251 { get; } = CharsetSniffer.ResolveEncoding("windows-1251")!;
}
