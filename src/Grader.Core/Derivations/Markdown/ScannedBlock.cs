namespace Grader.Derivations.Markdown;

/// <summary>
/// A display-math block found in the Markdown: its delimiters' span (<see cref="Start"/> to
/// <see cref="End"/>) and the math inside (an environment's block is its whole
/// <c>\begin…\end</c>), with what lies between it and the block before.
/// </summary>
/// <param name="TextLinesBefore">Non-blank lines of prose since the previous block (a line shared with a block counts).</param>
/// <param name="Interrupted">A heading, code block or HTML block came between it and the previous block.</param>
internal sealed record ScannedBlock(
    DisplayDelimiter Delimiter,
    int Start,
    int End,
    int ContentStart,
    int ContentEnd,
    int TextLinesBefore,
    bool Interrupted);
