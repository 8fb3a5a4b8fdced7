using System.Globalization;
using Grader.Running;

namespace Grader.Checking;

/// <summary>
/// The sentences of case patterns: what the failing cases have in common, said of their inputs and
/// sizes in general ("where lam &gt; 0"), never of a hidden case's values. The public case's sizes may
/// be named: the student has them.
/// </summary>
public sealed partial record Diagnosis
{
    /// <summary>Some outputs are wrong on exactly the cases <paramref name="where"/> says.</summary>
    internal static Diagnosis CasePattern(IReadOnlyList<string> outputs, string where, int failing, int cases, string? hint) => new(
        DiagnosisIds.CasePattern,
        string.Join(", ", outputs),
        Invariant($"{Names(outputs)} {Verb(outputs)} wrong exactly {where} ({failing} of {cases} cases) and right on every other case") + Hinted(hint));

    /// <summary>The code fails (raises, is wrong…) on exactly the cases <paramref name="where"/> says.</summary>
    internal static Diagnosis FailsWhere(IReadOnlyList<string> outputs, string where, string outcomes, bool written, string? hint) => new(
        DiagnosisIds.CasePattern,
        string.Join(", ", outputs),
        $"{Subject(written)} fails exactly {where} ({outcomes}) and passes every other case" + Hinted(hint));

    /// <summary>Outputs right only where the sizes are the public case's: the code has them written in.</summary>
    /// <param name="sizes">The public case's sizes, e.g. <c>N = 4, H = 3</c>.</param>
    /// <param name="others">What the other cases have: <c>other sizes</c>, <c>another N</c>.</param>
    internal static Diagnosis PublicSizesOnly(IReadOnlyList<string> outputs, string sizes, string others) => new(
        DiagnosisIds.HardcodedPublic,
        string.Join(", ", outputs),
        $"{Names(outputs)} {Verb(outputs)} right only for the public case's sizes ({sizes}): every case with {others} is wrong. " + TakeSizesFromShapes);

    /// <summary>The code works only where the sizes are the public case's, and fails (often raises) elsewhere.</summary>
    internal static Diagnosis WorksOnlyForPublicSizes(IReadOnlyList<string> outputs, string sizes, string others, string outcomes, bool written) => new(
        DiagnosisIds.HardcodedPublic,
        string.Join(", ", outputs),
        $"{Subject(written)} works only for the public case's sizes ({sizes}): every hidden case with {others} fails ({outcomes}). " + TakeSizesFromShapes);

    /// <summary>How the failing cases ended, counted, most first: "10 raised an exception, 2 were wrong".</summary>
    internal static string Outcomes(IEnumerable<CaseOutcome> outcomes, bool written) => string.Join(
        ", ",
        outcomes.GroupBy(o => o).OrderByDescending(g => g.Count()).Select(g => g.Key == CaseOutcome.Returned
            ? Invariant($"{g.Count()} {(g.Count() == 1 ? "was" : "were")} wrong")
            : Invariant($"{g.Count()} {ProblemScore.Describe(g.Key, written)}")));

    internal static string WhereZero(string input) => $"where {input} = 0";

    /// <param name="sign">+1 when the input is never negative on any case, −1 when never positive, else 0.</param>
    internal static string WhereNonZero(string input, int sign) => sign switch
    {
        > 0 => $"where {input} > 0",
        < 0 => $"where {input} < 0",
        _ => $"where {input} ≠ 0",
    };

    internal static string ZeroHint(string input) => $"look at the terms {input} multiplies in your code";

    internal static string WhereSizeOne(string dim) => $"where {dim} = 1";

    internal static string WhereSizeAboveOne(string dim) => $"where {dim} > 1";

    internal static string SizeOneHint(string dim) =>
        $"look for a squeeze, a sum without an axis or a 1-D shape that loses the {dim} axis when {dim} = 1";

    internal static string WhereMultiple(string dim, string input) => $"where {dim} is a multiple of {input}";

    internal static string WhereNotMultiple(string dim, string input) => $"where {dim} is not a multiple of {input}";

    internal static string MultipleHint(string dim, string input) =>
        $"look at the last, shorter batch of {dim} % {input} rows";

    /// <param name="group">The spec's name of a special group of hidden cases, which says what they have: <c>large-logits</c>.</param>
    internal static string InGroup(string group) => $"on the hidden {group} cases";

    internal static string OutsideGroup(string group) => $"on every case but the hidden {group} cases";

    internal const string WhereKinkAtZero = "where an argument of relu, abs or max is exactly 0 (at the kink)";

    internal const string WhereNoKinkAtZero = "where no argument of relu, abs or max is exactly 0";

    internal const string KinkHint =
        "at exactly 0 any value between the one-sided derivatives is accepted: look at what your code computes there";

    /// <remarks>Names the threshold, not the case's inputs: the case may be hidden.</remarks>
    internal static string WhereLarge(double threshold) => $"where some input is larger than {threshold.ToString(CultureInfo.InvariantCulture)} in magnitude";

    internal static string WhereNotLarge(double threshold) => $"where every input is at most {threshold.ToString(CultureInfo.InvariantCulture)} in magnitude";

    internal const string LargeHint =
        "look for exp or log that overflow or round to 0 on large numbers (subtract the maximum, or use a stable form)";

    internal static string WherePublicSizes(string sizes) => $"where the sizes are the public case's ({sizes})";

    internal static string WhereNotPublicSizes(string sizes) => $"where the sizes differ from the public case's ({sizes})";

    internal static string WherePublicSize(string dim, int value) => Invariant($"where {dim} = {value}, as in the public case");

    internal static string WhereNotPublicSize(string dim, int value) => Invariant($"where {dim} ≠ {value}, the public case's {dim}");

    internal static string Size(string dim, int value) => Invariant($"{dim} = {value}");

    internal static string SizeList(string dim, IReadOnlyList<int> values) =>
        $"{dim} = [{string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)))}]";

    internal const string OtherSizes = "other sizes";

    internal static string AnotherSize(string dim) => $"another {dim}";

    private const string TakeSizesFromShapes =
        "Take every size from the shapes of the arrays you are given (x.shape, len(x)) rather than writing the public case's numbers into your code.";

    private static string Subject(bool written) => written ? "Your answer" : "Your code";

    private static string Hinted(string? hint) => hint is null ? "." : $": {hint}.";

    /// <summary>"b1", "b1 and b2", "loss, b1 and b2".</summary>
    private static string Names(IReadOnlyList<string> outputs) => outputs.Count switch
    {
        1 => outputs[0],
        _ => string.Join(", ", outputs.Take(outputs.Count - 1)) + " and " + outputs[^1],
    };

    private static string Verb(IReadOnlyList<string> outputs) => outputs.Count == 1 ? "is" : "are";
}
