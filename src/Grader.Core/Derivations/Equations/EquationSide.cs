namespace Grader.Derivations.Equations;

/// <summary>
/// A side as read, before its chain is done: a line of an align without a relation still extends the
/// side before it (<c>A &amp;= B \\ &amp;\quad + C</c>), so it may grow until its block ends.
/// </summary>
internal sealed class EquationSide(LineIndex lines, string latex, int start, int end)
{
    public LineIndex Lines { get; } = lines;

    public string Latex { get; private set; } = latex;

    public int Start { get; } = start;

    public int End { get; private set; } = end;

    public bool IsEmpty => Latex.Length == 0;

    /// <summary>The side a chain starts with when its block opens with <c>=</c> and continues nothing.</summary>
    public static EquationSide Missing(LineIndex lines, int at) => new(lines, string.Empty, at, at);

    public void Extend(EquationSide more)
    {
        Latex = $"{Latex} {more.Latex}";
        End = more.End;
    }

    public DerivationSide ToSide() => new(Latex, Lines.Span(Start, End));
}
