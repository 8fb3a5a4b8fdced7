namespace Grader.Derivations.Equations;

/// <summary>Commands read with their arguments: <c>\text{…}</c>, <c>\stackrel{…}{=}</c>, macro definitions.</summary>
internal sealed partial class EquationScanner
{
    /// <summary><c>\text{ where }</c> at the top level breaks the clause; any text's braces are skipped unread.</summary>
    private int Text(int at, string name, int nameEnd)
    {
        var end = Argument(nameEnd, WriteUpLimits.MaxSideLength);
        if (end < 0)
        {
            return nameEnd;
        }

        var prose = name.Contains("intertext", StringComparison.Ordinal)
            || LatexVocabulary.IsProse(_text.AsSpan(SkipSpaces(nameEnd) + 1, end - SkipSpaces(nameEnd) - 2));
        return TopLevel && prose ? Break(at, end) : end;
    }

    /// <summary><c>\stackrel{*}{=}</c>: an annotated relation when its base is one; otherwise ordinary math.</summary>
    private int Stacked(int at, int nameEnd)
    {
        var note = Argument(nameEnd, ShortArgument);
        var baseEnd = note > 0 ? Argument(note, ShortArgument) : -1;
        if (baseEnd < 0)
        {
            return nameEnd;
        }

        var baseStart = SkipSpaces(note) + 1;
        var relation = _text.AsSpan(baseStart, baseEnd - 1 - baseStart).Trim();
        if (relation is "=")
        {
            return Relation(at, baseEnd, RelationKind.Equals);
        }

        return relation.Length > 1 && relation[0] == '\\' && LatexVocabulary.Relations.TryGetValue(relation[1..].ToString(), out var kind)
            ? Relation(at, baseEnd, kind)
            : nameEnd;
    }

    /// <summary>
    /// Where a macro definition ends: <c>\newcommand{\R}[1][x]{…}</c>, <c>\def\R#1{…}</c>, <c>\let\a=\b</c>.
    /// When it cannot be delimited, only the command goes and the braces are counted as usual.
    /// </summary>
    private int DefinitionEnd(string name, int nameEnd)
    {
        var at = SkipSpaces(SkipStar(nameEnd));
        at = at < _end && _text[at] == '{' ? Argument(at, ShortArgument) : DelimiterEnd(at);
        if (at < 0)
        {
            return nameEnd;
        }

        if (name == "let")
        {
            at = SkipSpaces(at);
            return DelimiterEnd(at < _end && _text[at] == '=' ? at + 1 : at);
        }

        // Parameters: [n][default] for \newcommand, #1#2 or delimiters for \def.
        var body = _text.IndexOf('{', at, Math.Min(ShortArgument, _end - at));
        return body < 0 ? nameEnd : Argument(body, WriteUpLimits.MaxSideLength) is var end and > 0 ? end : nameEnd;
    }

    /// <summary>Where the brace group at <paramref name="from"/> (after spaces) ends, within <paramref name="reach"/> characters; -1 when there is none.</summary>
    private int Argument(int from, int reach)
    {
        var at = SkipSpaces(from);
        if (at >= _end || _text[at] != '{')
        {
            return -1;
        }

        var depth = 0;
        var limit = Math.Min(_end, at + reach);
        for (var i = at; i < limit; i++)
        {
            switch (_text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i + 1;
            }
        }

        return -1;
    }

    private int SkipSpaces(int from)
    {
        while (from < _end && char.IsWhiteSpace(_text[from]))
        {
            from++;
        }

        return from;
    }

    private int SkipStar(int from) => from < _end && _text[from] == '*' ? from + 1 : from;
}
