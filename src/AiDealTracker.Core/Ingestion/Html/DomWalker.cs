using AngleSharp.Dom;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Depth-first walk without recursion, so a page nested thousands of levels deep cannot exhaust the stack.</summary>
public static class DomWalker
{
    /// <summary>Calls <paramref name="enter"/> for every node below <paramref name="root"/>; when it returns true the node's
    /// children are walked and then <paramref name="exit"/> is called for it.</summary>
    public static void Walk(INode root, ReadingBudget budget, Func<INode, bool> enter, Action<INode> exit)
    {
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (parent, next) = stack.Pop();
            var children = parent.ChildNodes;
            if (next >= children.Length)
            {
                if (!ReferenceEquals(parent, root))
                {
                    exit(parent);
                }

                continue;
            }

            budget.Tick();
            stack.Push((parent, next + 1));
            var child = children[next];
            if (!enter(child))
            {
                continue;
            }

            if (child.HasChildNodes)
            {
                stack.Push((child, 0));
            }
            else
            {
                exit(child);
            }
        }
    }
}
