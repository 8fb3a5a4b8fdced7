namespace Grader.Derivations;

/// <summary>Messages about the math inside one display block: its braces, environments and bounds.</summary>
internal static partial class WriteUpError
{
    public static WriteUpIssue BlockTooLong(string file, WriteUpSpan span, int length) =>
        new(file, span, Say($"this display math is {length} characters long; at most {WriteUpLimits.MaxBlockLength} are read, so it was skipped"));

    /// <param name="opener">What was opened: <c>'{'</c>, <c>\left(</c>, <c>\begin{bmatrix}</c>.</param>
    public static WriteUpIssue NeverClosed(string file, WriteUpSpan span, string opener, string closer) =>
        new(file, span, $"this {opener} is never closed, so this display math was skipped; close it with {closer}");

    public static WriteUpIssue ClosesNothing(string file, WriteUpSpan span, string closer) =>
        new(file, span, $"this {closer} closes nothing opened before it in this display math, so the display math was skipped");

    public static WriteUpIssue WrongCloser(string file, WriteUpSpan span, string closer, string opener, string expected) =>
        new(file, span, $"this {closer} closes {opener}, which needs {expected}, so this display math was skipped");

    public static WriteUpIssue NestedTooDeep(string file, WriteUpSpan span) =>
        new(file, span, Say($"the display math nests braces, \\left…\\right and environments more than {WriteUpLimits.MaxNesting} deep here, so it was skipped"));

    public static WriteUpIssue SideTooLong(string file, WriteUpSpan span, int length) =>
        new(file, span, Say($"this side of an equation is {length} characters long (at most {WriteUpLimits.MaxSideLength}); its chain ends before it and the rest of this display math was skipped"));
}
