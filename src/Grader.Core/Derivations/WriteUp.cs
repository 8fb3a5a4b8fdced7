namespace Grader.Derivations;

/// <summary>
/// What a Markdown write-up (or a notebook's Markdown cells) says in display math: its chains of
/// equalities with every side located, its headings, the macros it defines, and the issues met while
/// reading. Reading never throws; what could not be read is an issue.
/// </summary>
/// <param name="File">The file's name as messages print it.</param>
internal sealed record WriteUp(
    string File,
    IReadOnlyList<DerivationChain> Chains,
    IReadOnlyList<DisplayMath> Blocks,
    IReadOnlyList<WriteUpHeading> Headings,
    IReadOnlyList<MacroDefinition> Macros,
    IReadOnlyList<WriteUpIssue> Issues);
