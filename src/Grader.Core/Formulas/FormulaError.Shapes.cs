using Grader.Specs;

namespace Grader.Formulas;

/// <summary>Errors about what a formula's parts are: per-row or not, vector or matrix, and how they combine.</summary>
internal static partial class FormulaError
{
    public static SpecException TwoIndices(SourceText source, int offset, int length, char first, char second) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"this combines values indexed by {first} with values indexed by {second}",
            "a formula may run over one row index at a time; sum over one index before using another");

    public static SpecException IndexRows(SourceText source, int offset, int length, char letter, string rows, string otherRows) =>
        SpecError.InText(source, offset, length, $"{letter} indexes rows of arrays of different lengths here ({rows} and {otherRows})");

    public static SpecException ProductShapes(SourceText source, int offset, int length, string left, string right) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"cannot multiply {left} by {right}",
            "check the order of the factors and their transposes");

    public static SpecException AmbiguousProduct(SourceText source, int offset, int length, string left, string right) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"this product of {left} and {right} could be a dot product, an outer product or elementwise",
            "write u^T v for a number, u v^T for a matrix, or u \\odot v for the elementwise product");

    public static SpecException UnknownShape(SourceText source, int offset, int length) =>
        SpecError.InText(
            source,
            offset,
            length,
            "cannot tell whether this is a matrix product or a product of numbers: the shape of a factor is not known",
            "write \\odot for an elementwise product");

    public static SpecException ElementwiseShapes(SourceText source, int offset, int length, string left, string right) =>
        SpecError.InText(source, offset, length, $"cannot combine {left} with {right} entry by entry");

    public static SpecException Unsupported(SourceText source, int offset, int length, string what, string hint) =>
        SpecError.InText(source, offset, length, $"Grader cannot read {what}", hint);

    public static SpecException EntryNotSummed(SourceText source, int offset, int length, char letter) =>
        SpecError.InText(source, offset, length, $"the formula is one entry {letter} of a row, never summed over {letter}", $"sum it (\\sum_{{{letter}}}) or write the whole row");

    public static SpecException EntryWithRow(SourceText source, int offset, int length, char letter, string other) =>
        SpecError.InText(source, offset, length, $"entry {letter} of a row meets {other}", $"give both sides the entry {letter}, or sum over {letter} first");

    public static SpecException OuterNotSummed(SourceText source, int offset, int length) =>
        SpecError.InText(
            source,
            offset,
            length,
            "this is a matrix for each row index (an outer product u_i v_i^T), which an answer cannot be",
            "sum it over the index: \\sum_{i=1}^{N} u_i v_i^T");

    public static SpecException SumUnused(SourceText source, int offset, int length, string index) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"the body of this sum does not depend on {index}",
            $"index the rows it runs over (z^{{(3)}}_{index}), or give the upper bound: \\sum_{{{index}=1}}^{{N}}");

    public static SpecException SumBounds(SourceText source, int offset, int length, string index, string rows) =>
        SpecError.InText(
            source,
            offset,
            length,
            $"this sum must run over all {rows} rows that {index} indexes",
            $"write \\sum_{{{index}=1}}^{{{rows}}} or \\sum_{{{index}}}");

    public static SpecException MatrixInverse(SourceText source, int offset, int length) =>
        SpecError.InText(source, offset, length, "a matrix inverse is not part of a formula answer", "for entry-by-entry reciprocals write \\frac{1}{...}");

    public static SpecException Exponent(SourceText source, int offset, int length) =>
        SpecError.InText(source, offset, length, "an exponent must be a number that does not depend on the row index");
}
