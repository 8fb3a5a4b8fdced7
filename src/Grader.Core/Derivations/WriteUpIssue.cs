namespace Grader.Derivations;

/// <summary>Something in a write-up that was not read as written, located; the sentences live in <see cref="WriteUpError"/>.</summary>
internal sealed record WriteUpIssue(string File, WriteUpSpan Span, string Message)
{
    /// <summary><c>write-up.md:12:1: the display math opened here is never closed ($$); close it with $$</c>.</summary>
    public string Describe() => $"{Span.Describe(File)}: {Message}";

    public override string ToString() => Describe();
}
