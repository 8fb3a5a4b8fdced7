namespace Grader.Formulas.Latex;

/// <summary>A token of a LaTeX formula; offsets index the formula's text, so errors point at what the student wrote.</summary>
internal readonly record struct LatexToken(LatexTokenKind Kind, string Text, int Offset, int Length)
{
    public int End => Offset + Length;

    public bool Is(LatexTokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsCommand(string name) => Kind == LatexTokenKind.Command && Text == name;

    public string Describe() => Kind == LatexTokenKind.End ? "the end of the formula" : $"'{Text}'";
}
