using Grader.Reference.Shapes;

namespace Grader.Formulas.Translation;

/// <summary>A row index such as the i of <c>z^{(3)}_i</c>: its letter and the number of rows it runs over.</summary>
internal readonly record struct RowIndex(char Letter, Dim Rows);
