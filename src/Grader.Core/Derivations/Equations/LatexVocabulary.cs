namespace Grader.Derivations.Equations;

/// <summary>The commands the scanner gives a meaning: relations, clause breaks, and what a side never keeps.</summary>
internal static class LatexVocabulary
{
    public static readonly Dictionary<string, RelationKind> Relations = new(StringComparer.Ordinal)
    {
        ["neq"] = RelationKind.NotEqual, ["ne"] = RelationKind.NotEqual,
        ["approx"] = RelationKind.Approx, ["simeq"] = RelationKind.Approx, ["sim"] = RelationKind.Approx,
        ["cong"] = RelationKind.Approx, ["approxeq"] = RelationKind.Approx, ["thickapprox"] = RelationKind.Approx,
        ["ll"] = RelationKind.Less, ["lt"] = RelationKind.Less,
        ["le"] = RelationKind.LessOrEqual, ["leq"] = RelationKind.LessOrEqual, ["leqslant"] = RelationKind.LessOrEqual, ["leqq"] = RelationKind.LessOrEqual,
        ["gg"] = RelationKind.Greater, ["gt"] = RelationKind.Greater,
        ["ge"] = RelationKind.GreaterOrEqual, ["geq"] = RelationKind.GreaterOrEqual, ["geqslant"] = RelationKind.GreaterOrEqual, ["geqq"] = RelationKind.GreaterOrEqual,
        ["equiv"] = RelationKind.Defines, ["coloneqq"] = RelationKind.Defines, ["coloneq"] = RelationKind.Defines,
        ["triangleq"] = RelationKind.Defines, ["doteq"] = RelationKind.Defines, ["eqqcolon"] = RelationKind.Defines,
        ["propto"] = RelationKind.Proportional,
        ["Rightarrow"] = RelationKind.Implies, ["implies"] = RelationKind.Implies, ["Longrightarrow"] = RelationKind.Implies,
        ["Leftarrow"] = RelationKind.Implies, ["impliedby"] = RelationKind.Implies, ["Leftrightarrow"] = RelationKind.Implies,
        ["iff"] = RelationKind.Implies, ["Longleftrightarrow"] = RelationKind.Implies,
        ["rightarrow"] = RelationKind.Arrow, ["to"] = RelationKind.Arrow, ["longrightarrow"] = RelationKind.Arrow,
        ["mapsto"] = RelationKind.Arrow, ["longmapsto"] = RelationKind.Arrow, ["leftarrow"] = RelationKind.Arrow,
        ["gets"] = RelationKind.Arrow, ["leftrightarrow"] = RelationKind.Arrow,
        ["in"] = RelationKind.Member, ["notin"] = RelationKind.Member, ["ni"] = RelationKind.Member,
        ["subset"] = RelationKind.Member, ["subseteq"] = RelationKind.Member, ["supset"] = RelationKind.Member, ["supseteq"] = RelationKind.Member,
    };

    /// <summary>Spacing that separates two clauses at the top level: <c>A = B \quad C = D</c>, <c>f = g, \quad (3)</c>.</summary>
    public static readonly HashSet<string> ClauseSpacing = new(["quad", "qquad", "hspace", "hfill"], StringComparer.Ordinal);

    /// <summary>Text commands; at the top level, prose in one of them separates clauses.</summary>
    public static readonly HashSet<string> TextCommands =
        new(["text", "textrm", "textnormal", "textit", "textbf", "mbox", "intertext", "shortintertext"], StringComparer.Ordinal);

    /// <summary>Words that make a <c>\text{…}</c> prose rather than a name such as <c>\text{softmax}</c>.</summary>
    public static readonly HashSet<string> ProseWords = new(
        ["and", "or", "where", "with", "since", "because", "as", "if", "then", "so", "thus", "hence", "therefore", "for",
         "let", "given", "when", "i.e.", "e.g.", "s.t.", "otherwise", "we", "get", "have", "using", "by", "which", "is"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Numbering and labels, removed with their brace argument.</summary>
    public static readonly HashSet<string> Labels = new(["tag", "label"], StringComparer.Ordinal);

    /// <summary>Numbering switches, removed.</summary>
    public static readonly HashSet<string> NoNumber = new(["nonumber", "notag"], StringComparer.Ordinal);

    /// <summary>Macro definitions, removed from a block with their arguments (and listed by <c>MacroScan</c>).</summary>
    public static readonly HashSet<string> Definitions = new(
        ["newcommand", "renewcommand", "providecommand", "def", "gdef", "edef", "DeclareMathOperator", "let"],
        StringComparer.Ordinal);

    /// <summary>Annotated relations: <c>\stackrel{*}{=}</c> is an equality with a note.</summary>
    public static readonly HashSet<string> Stacked = new(["stackrel", "overset", "underset"], StringComparer.Ordinal);

    public static bool IsProse(ReadOnlySpan<char> text)
    {
        var words = text.Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 || (words.Length == 1 && ProseWords.Contains(words[0].TrimEnd(',')));
    }
}
