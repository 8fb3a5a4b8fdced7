using Grader.Derivations.Markdown;

namespace Grader.Derivations.Equations;

/// <summary>What a backslash starts: a line break, an environment, <c>\left</c>/<c>\right</c>, a relation, a break, a label.</summary>
internal sealed partial class EquationScanner
{
    /// <summary>How far a command's brace argument may reach: a bound, so nested openers cannot make the scan quadratic.</summary>
    private const int ShortArgument = 200;

    private int Command(int at)
    {
        var nameEnd = at + 1;
        while (nameEnd < _end && char.IsAsciiLetter(_text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == at + 1)
        {
            return Symbol(at);
        }

        var name = _text[(at + 1)..nameEnd];
        return name switch
        {
            "begin" => Begin(at, nameEnd),
            "end" => End(at, nameEnd),
            "left" => Open(Nesting.Left(_text[at..DelimiterEnd(nameEnd)], at), DelimiterEnd(nameEnd)),
            "right" => Close(at, DelimiterEnd(nameEnd), _text[at..DelimiterEnd(nameEnd)], n => n.Closer == @"\right"),
            "cr" when TopLevel => LineBreak(at, nameEnd),
            "not" when TopLevel && SkipSpaces(nameEnd) < _end && _text[SkipSpaces(nameEnd)] == '=' => Relation(at, SkipSpaces(nameEnd) + 1, RelationKind.NotEqual),
            _ when LatexVocabulary.NoNumber.Contains(name) => Remove(at, nameEnd),
            _ when LatexVocabulary.Labels.Contains(name) => Remove(at, Argument(SkipStar(nameEnd), ShortArgument) is var e and > 0 ? e : nameEnd),
            _ when LatexVocabulary.Definitions.Contains(name) => Remove(at, DefinitionEnd(name, nameEnd)),
            _ when LatexVocabulary.TextCommands.Contains(name) => Text(at, name, nameEnd),
            _ when !TopLevel => nameEnd,
            _ when LatexVocabulary.Relations.TryGetValue(name, out var kind) => Relation(at, nameEnd, kind),
            _ when LatexVocabulary.Stacked.Contains(name) => Stacked(at, nameEnd),
            "hspace" => Break(at, Argument(SkipStar(nameEnd), ShortArgument) is var e and > 0 ? e : nameEnd),
            _ when LatexVocabulary.ClauseSpacing.Contains(name) => Break(at, nameEnd),
            _ => nameEnd,
        };
    }

    /// <summary>A backslash and one non-letter: <c>\\</c> breaks a line; <c>\{</c> and <c>\}</c> are brackets; the rest are symbols.</summary>
    private int Symbol(int at)
    {
        if (at + 1 >= _end)
        {
            return _end;
        }

        return _text[at + 1] switch
        {
            '\\' when TopLevel => LineBreak(at, at + 2),
            '{' when TopLevel => Bracket(at, 1) + 1,
            '}' when TopLevel => Bracket(at, -1) + 1,
            _ => at + 2,
        };
    }

    /// <summary>Ends the line; a spacing argument (<c>\\[4pt]</c>) goes with the break.</summary>
    private int LineBreak(int at, int end)
    {
        if (end < _end && _text[end] == '[')
        {
            var close = _text.IndexOf(']', end, Math.Min(16, _end - end));
            end = close > 0 && _text.AsSpan(end + 1, close - end - 1).IndexOfAnyExcept("0123456789.-+ptexmcinm") < 0 ? close + 1 : end;
        }

        EndRow(at, end);
        return end;
    }

    private int Begin(int at, int nameEnd)
    {
        if (EnvironmentName(nameEnd) is not var (name, end))
        {
            return nameEnd;
        }

        if (!MarkdownScanner.DisplayEnvironments.Contains(name))
        {
            return Open(Nesting.Environment(name, at, transparent: false), end);
        }

        // alignat{2}: the column count goes with the opener.
        var opened = name.StartsWith("align", StringComparison.Ordinal) && name.Contains("at", StringComparison.Ordinal)
            && Argument(end, ShortArgument) is var counted and > 0 ? counted : end;
        return Remove(at, Open(Nesting.Environment(name, at, transparent: true), opened));
    }

    private int End(int at, int nameEnd)
    {
        if (EnvironmentName(nameEnd) is not var (name, end))
        {
            return nameEnd;
        }

        var closer = $@"\end{{{name}}}";
        var transparent = _open.Count > 0 && _open[^1].Transparent;
        var next = Close(at, end, closer, n => n.Closer == closer);
        return transparent && _failure is null ? Remove(at, next) : next;
    }

    /// <summary>The <c>{name}</c> after <c>\begin</c> or <c>\end</c>, and where it ends; null when there is none.</summary>
    private (string Name, int End)? EnvironmentName(int from)
    {
        var open = SkipSpaces(from);
        if (open >= _end || _text[open] != '{')
        {
            return null;
        }

        var close = _text.IndexOf('}', open, Math.Min(40, _end - open));
        return close > open + 1 ? (_text[(open + 1)..close].Trim(), close + 1) : null;
    }

    /// <summary>Where a <c>\left</c> or <c>\right</c> delimiter ends: one character, or a command such as <c>\{</c> or <c>\langle</c>.</summary>
    private int DelimiterEnd(int from)
    {
        var at = SkipSpaces(from);
        if (at >= _end)
        {
            return _end;
        }

        if (_text[at] != '\\' || at + 1 >= _end)
        {
            return at + 1;
        }

        var end = at + 1;
        while (end < _end && char.IsAsciiLetter(_text[end]))
        {
            end++;
        }

        return end == at + 1 ? at + 2 : end;
    }
}
