using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Articles;

public sealed record ArticleMention(MentionKind Kind, int Start, int End, string Value);
