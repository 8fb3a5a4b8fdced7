namespace Grader.Derivations.Equations;

/// <summary>
/// Reads one display block at its top level, in one pass: lines (<c>\\</c>), relations and clause breaks
/// outside braces, <c>\left…\right</c> and environments other than the align-like ones, and what a side
/// never keeps. Commands are in <c>EquationScanner.Commands.cs</c>. A block whose braces or environments
/// do not balance, or nest too deep, is skipped with an issue: its sides could not be trusted.
/// </summary>
internal sealed partial class EquationScanner
{
    private readonly string _text;
    private readonly LineIndex _lines;
    private readonly int _end;
    private readonly List<Nesting> _open = [];
    private readonly List<EquationRow> _rows = [];
    private readonly List<(int Start, int End)> _removed = [];
    private readonly IssueList _issues;
    private List<EquationMark> _marks = [];
    private int _rowStart;
    private int _brackets;
    private int _lowestBrackets;
    private int _opaque;
    private WriteUpIssue? _failure;

    private EquationScanner(LineIndex lines, int start, int end, IssueList issues)
    {
        _lines = lines;
        _text = lines.Text;
        _end = end;
        _rowStart = start;
        _issues = issues;
    }

    /// <summary>Relations, breaks and line breaks count only here: outside every brace and non-align environment.</summary>
    private bool TopLevel => _opaque == 0;

    /// <returns>null when the block was skipped (the issue is in <paramref name="issues"/>).</returns>
    public static EquationLayout? Scan(LineIndex lines, int start, int end, IssueList issues)
    {
        if (end - start > WriteUpLimits.MaxBlockLength)
        {
            issues.Add(WriteUpError.BlockTooLong(issues.File, lines.Point(start), end - start));
            return null;
        }

        var scanner = new EquationScanner(lines, start, end, issues);
        return scanner.Run(start) ? new EquationLayout(scanner._rows, scanner._removed) : null;
    }

    private bool Run(int start)
    {
        for (var i = start; i < _end && _failure is null;)
        {
            i = Next(i);
        }

        if (_failure is null && _open.Count > 0)
        {
            var open = _open[^1];
            _failure = WriteUpError.NeverClosed(_issues.File, _lines.Point(open.Offset), open.Opener, open.Closer);
        }

        if (_failure is not null)
        {
            _issues.Add(_failure);
            return false;
        }

        EndRow(_end, _end);
        return true;
    }

    private int Next(int i) => _text[i] switch
    {
        '\\' => Command(i),
        '{' => Open(Nesting.Brace(i), i + 1),
        '}' => Close(i, i + 1, "'}'", n => n.Closer == "'}'"),
        '%' => Remove(i, Math.Min(_lines.LineEnd(i), _end)),
        '&' when TopLevel => Remove(i, i + 1),
        '=' when TopLevel => Relation(i, i + 1 < _end && _text[i + 1] == '=' ? i + 2 : i + 1, RelationKind.Equals),
        ':' when TopLevel && i + 1 < _end && _text[i + 1] == '=' => Relation(i, i + 2, RelationKind.Defines),
        '<' when TopLevel => Relation(i, i + 1, RelationKind.Less),
        '>' when TopLevel => Relation(i, i + 1, RelationKind.Greater),
        '(' or '[' when TopLevel => Bracket(i, 1),
        ')' or ']' when TopLevel => Bracket(i, -1),
        _ => i + 1,
    };

    private int Open(Nesting nesting, int next)
    {
        if (_open.Count >= WriteUpLimits.MaxNesting)
        {
            _failure = WriteUpError.NestedTooDeep(_issues.File, _lines.Point(nesting.Offset));
            return _end;
        }

        _open.Add(nesting);
        _opaque += nesting.Transparent ? 0 : 1;
        return next;
    }

    /// <summary>Closes the innermost nesting, which must be the one <paramref name="closer"/> closes.</summary>
    private int Close(int at, int next, string closer, Func<Nesting, bool> closes)
    {
        if (_open.Count == 0)
        {
            _failure = WriteUpError.ClosesNothing(_issues.File, _lines.Span(at, next), closer);
            return _end;
        }

        var open = _open[^1];
        if (!closes(open))
        {
            _failure = WriteUpError.WrongCloser(_issues.File, _lines.Span(at, next), closer, open.Opener, open.Closer);
            return _end;
        }

        _open.RemoveAt(_open.Count - 1);
        _opaque -= open.Transparent ? 0 : 1;
        return next;
    }

    private int Remove(int start, int end)
    {
        _removed.Add((start, end));
        return end;
    }

    private int Relation(int start, int end, RelationKind kind)
    {
        _marks.Add(new EquationMark(true, start, end, kind, _brackets > 0));
        return end;
    }

    private int Break(int start, int end)
    {
        _marks.Add(new EquationMark(false, start, end, default, _brackets > 0));
        return end;
    }

    private int Bracket(int at, int change)
    {
        _brackets += change;
        _lowestBrackets = Math.Min(_lowestBrackets, _brackets);
        return at + 1;
    }

    private void EndRow(int end, int next)
    {
        _rows.Add(new EquationRow(_rowStart, end, _marks, _lowestBrackets >= 0 && _brackets == 0));
        _marks = [];
        _rowStart = next;
        _brackets = 0;
        _lowestBrackets = 0;
    }
}
