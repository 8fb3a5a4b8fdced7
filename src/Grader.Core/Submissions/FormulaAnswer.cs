using Grader.Specs;

namespace Grader.Submissions;

/// <summary>
/// An output of <c>answers.yaml</c> answered by a formula rather than numbers, as intake found it: the
/// text located in the file (so an error renders <c>answers.yaml:7:12:</c> with the line and a caret),
/// and which syntax it is written in. Reading it is the runner's business; intake only finds it.
/// </summary>
/// <param name="Output">The output it answers, or the key of a per-layer definition (<c>\delta^L</c>).</param>
/// <param name="IsLatex">Wrapped in <c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c> or <c>\[…\]</c>, or holding a backslash (never numpy-like).</param>
internal sealed record FormulaAnswer(string Output, SourceText Source, bool IsLatex)
{
    public string Text => Source.Text;
}
