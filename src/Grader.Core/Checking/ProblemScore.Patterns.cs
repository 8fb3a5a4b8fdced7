namespace Grader.Checking;

public sealed partial record ProblemScore
{
    /// <summary>
    /// What the failing cases have in common (<c>case-pattern</c>, or <c>hardcoded-public</c> for the
    /// public case's sizes), found by <see cref="CasePatterns"/>; each is also one of <see cref="Diagnoses"/>.
    /// </summary>
    public IReadOnlyList<Diagnosis> Patterns { get; init; } = [];

    /// <summary>The patterns' sentences, said after the other diagnoses in the one-line feedback.</summary>
    private string PatternFeedback() => string.Join(" ", Patterns.Select(p => p.Message));
}
