namespace Grader.Derivations;

/// <summary>One display-math block of a write-up, delimiters included in its span.</summary>
/// <param name="Heading">The nearest heading before it.</param>
internal sealed record DisplayMath(DisplayDelimiter Delimiter, WriteUpSpan Span, WriteUpHeading? Heading);
