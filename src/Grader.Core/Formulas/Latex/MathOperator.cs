namespace Grader.Formulas.Latex;

internal enum MathOperator
{
    Add,
    Subtract,

    /// <summary>Juxtaposition, <c>\cdot</c>, <c>\times</c>, <c>*</c>: shapes decide whether it is a matrix product.</summary>
    Product,

    /// <summary><c>\odot</c>, <c>\circ</c>: always elementwise.</summary>
    Hadamard,
    Divide,
}
