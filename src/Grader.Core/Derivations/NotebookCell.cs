namespace Grader.Derivations;

/// <summary>A notebook's Markdown cell: its number as the notebook shows it (printed in positions as given) and its text.</summary>
internal sealed record NotebookCell(int Number, string Markdown);
