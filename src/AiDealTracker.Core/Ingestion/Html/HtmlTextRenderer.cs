using System.Text;
using AngleSharp.Dom;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Writes the text of chosen elements as plain text: blocks separated by blank lines, list items and table rows on
/// their own lines, whitespace collapsed except in &lt;pre&gt;. Only text nodes are ever written, never markup or attributes.</summary>
public sealed class HtmlTextRenderer
{
    private readonly StringBuilder _text = new();
    private readonly ReadingBudget _budget;
    private readonly Func<IElement, bool> _skip;
    private int _pendingBreak;
    private bool _pendingSpace;
    private int _preDepth;

    public HtmlTextRenderer(ReadingBudget budget, Func<IElement, bool> skip)
    {
        _budget = budget;
        _skip = skip;
    }

    public static string Render(IEnumerable<IElement> roots, ReadingBudget budget, Func<IElement, bool> skip)
    {
        var renderer = new HtmlTextRenderer(budget, skip);
        foreach (var root in roots)
        {
            renderer.Append(root);
        }

        return renderer.ToString();
    }

    public void Append(IElement root)
    {
        if (HtmlTags.NeverText.Contains(root.LocalName) || _skip(root))
        {
            return;
        }

        Enter(root);
        DomWalker.Walk(root, _budget, Enter, Exit);
        Exit(root);
    }

    public override string ToString() => _text.ToString();

    private bool Enter(INode node)
    {
        if (node is IText text)
        {
            AppendText(text.Data);
            return false;
        }

        if (node is not IElement element || HtmlTags.NeverText.Contains(element.LocalName) || _skip(element))
        {
            return false;
        }

        switch (element.LocalName)
        {
            case "br":
                Break(1);
                return false;
            case "td" or "th":
                _pendingSpace = _text.Length > 0 && _pendingBreak == 0;
                break;
            case "pre":
                Break(2);
                _preDepth++;
                break;
            case "ul" or "ol" or "dl" when element.ParentElement?.LocalName is "li" or "dd":
                Break(1);
                break;
            default:
                BreakFor(element.LocalName);
                break;
        }

        return true;
    }

    private void Exit(INode node)
    {
        var element = (IElement)node;
        if (element.LocalName == "pre")
        {
            _preDepth--;
        }

        if (element.LocalName is "ul" or "ol" or "dl" && element.ParentElement?.LocalName is "li" or "dd")
        {
            Break(1);
            return;
        }

        BreakFor(element.LocalName);
    }

    private void BreakFor(string name)
    {
        if (HtmlTags.Lines.Contains(name))
        {
            Break(1);
        }
        else if (HtmlTags.Blocks.Contains(name))
        {
            Break(2);
        }
    }

    private void Break(int lines)
    {
        _pendingBreak = Math.Max(_pendingBreak, lines);
        _pendingSpace = false;
    }

    private void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (_preDepth > 0)
            {
                if (c == '\r')
                {
                    continue;
                }

                if (c == '\n')
                {
                    if (_text.Length > 0)
                    {
                        FlushBreak();
                        _text.Append('\n');
                    }

                    continue;
                }

                FlushBreak();
                _text.Append(c == '\t' ? c : TextNormalizer.IsSpace(c) ? ' ' : c);
                continue;
            }

            if (TextNormalizer.IsSpace(c))
            {
                _pendingSpace = _text.Length > 0 && _pendingBreak == 0 && _text[^1] != '\n';
                continue;
            }

            FlushBreak();
            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            _text.Append(c);
        }
    }

    private void FlushBreak()
    {
        if (_pendingBreak > 0 && _text.Length > 0)
        {
            _text.Append('\n', _pendingBreak);
        }

        _pendingBreak = 0;
    }
}
