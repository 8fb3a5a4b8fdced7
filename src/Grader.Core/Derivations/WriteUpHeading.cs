namespace Grader.Derivations;

/// <summary>An ATX heading (<c>#</c> to <c>######</c>): its level and text, closing hashes removed, so a later stage can match a problem id.</summary>
internal sealed record WriteUpHeading(int Level, string Text, WriteUpSpan Span);
