using System.Globalization;
using Grader.Values;

namespace Grader.Checking;

public sealed partial record Diagnosis
{
    /// <summary>An output answers.yaml does not give (the problem's other outputs are answered there).</summary>
    internal static Diagnosis NotAnswered(string output) => new(
        DiagnosisIds.MissingOutput,
        output,
        $"{output} is missing from your answers in answers.yaml: give it as numbers or as a formula.");

    internal static Diagnosis MissingOutput(string output) => new(
        DiagnosisIds.MissingOutput,
        output,
        $"{output} is missing from what your function returned: return it with the other outputs.");

    internal static Diagnosis NotDerived(string output) => new(
        DiagnosisIds.NotDerived,
        output,
        $"{output} is not derived in your write-up: derive it in a chain that starts from its derivative (or under a heading naming the problem and {output}) and ends in its formula.");

    internal static Diagnosis FormulaUnreadable(string output) => new(
        DiagnosisIds.FormulaUnreadable,
        output,
        $"The formula for {output} could not be read (its error is shown with your formulas), so {output} counts as unanswered on every case.");

    internal static Diagnosis WrongShape(string output, string got, string expected) => new(
        DiagnosisIds.WrongShape,
        output,
        $"{output} has shape {got} but {expected} was expected (dimensions of size 1 do not matter).");

    /// <summary>A formula written for one example (row i of the answer) for an output that is one value for the batch.</summary>
    internal static Diagnosis PerExampleNotSummed(string output, string got, string expected, char index) => new(
        DiagnosisIds.WrongShape,
        output,
        $"{output} has shape {got} but {expected} was expected: your formula is written for each example {index} and is read as row {index} of the answer, while {output} is one value for the whole batch; sum it over {index} (\\sum_{{{index}=1}}^{{N}} …).");

    internal static Diagnosis Transposed(string output) => new(
        DiagnosisIds.Transposed,
        output,
        $"{output} is the transpose of the expected value: check the order of the factors in the matrix "
        + "product (e.g. Xᵀ·δ rather than δᵀ·X), or transpose the result.");

    internal static Diagnosis SignFlipped(string output) => new(
        DiagnosisIds.SignFlipped,
        output,
        $"{output} has the right size but the opposite sign: check the sign of the error term (y − t versus t − y), "
        + "and that you return the gradient, not the descent step.");

    internal static Diagnosis Zero(string output) => new(
        DiagnosisIds.Zero,
        output,
        $"{output} is all zeros: check that it is filled in at all (e.g. that you do not return the initial zeros, "
        + "or accumulate the result into a copy).");

    internal static Diagnosis ScaledByN(string output, int n) => new(
        DiagnosisIds.Scaled,
        output,
        Invariant($"Every entry of {output} is N = {n} times too large: did you forget to average over the batch (divide by N)?"));

    internal static Diagnosis ScaledByInverseN(string output, int n) => new(
        DiagnosisIds.Scaled,
        output,
        Invariant($"Every entry of {output} is N = {n} times too small: did you average over the batch twice?"));

    internal static Diagnosis ScaledByTwo(string output) => new(
        DiagnosisIds.Scaled,
        output,
        $"Every entry of {output} is 2 times too large: an extra factor 2, usually from differentiating a square "
        + "whose ½ already cancels it (or λ‖W‖² differentiated as 4λW).");

    internal static Diagnosis ScaledByHalf(string output) => new(
        DiagnosisIds.Scaled,
        output,
        $"Every entry of {output} is half the expected value: a missing factor 2, usually from differentiating a "
        + "square (the derivative of x² is 2x).");

    internal static Diagnosis ScaledBy(string output, double factor) => new(
        DiagnosisIds.Scaled,
        output,
        $"Every entry of {output} is {ValueText.Short(factor, 4)} times the expected value: look for the constant factor that is off (a ½, a mean, λ or a step size).");

    /// <remarks>Names the threshold, not the case's inputs: the case may be hidden.</remarks>
    internal static Diagnosis NonFiniteOverflow(string output, double threshold) => new(
        DiagnosisIds.NonFinite,
        output,
        $"{output} contains nan or inf on a case with large inputs (beyond ±{ValueText.Short(threshold)}): exp overflows "
        + "there, or σ rounds to 1 and log(1 − σ) is log 0. Subtract the maximum before exponentiating, or use a "
        + "numerically stable form (log-sum-exp, logaddexp).");

    internal static Diagnosis NonFiniteDomain(string output) => new(
        DiagnosisIds.NonFinite,
        output,
        $"{output} contains nan or inf: look for a log of 0 or a division by 0.");

    internal static Diagnosis RoundedOutput(string output, int decimals) => new(
        DiagnosisIds.RoundedOutput,
        output,
        $"{output} is rounded to {decimals} decimals (as np.round(x, {decimals}) does), which is further from the expected values than the tolerance (set for float64 arithmetic) allows: return it unrounded and round only what you print.");

    internal static Diagnosis Float32Precision(string output, double maxRelativeError) => new(
        DiagnosisIds.Float32Precision,
        output,
        $"{output} agrees with the expected values only to about {SignificantDigits(maxRelativeError)} significant digits (relative error up to "
        + $"{ValueText.Short(maxRelativeError, 2)}), the precision of float32: compute in float64 (double), not float32 (single).");

    /// <summary>Digits two numbers share when they differ by a relative <paramref name="relativeError"/>.</summary>
    internal static int SignificantDigits(double relativeError) =>
        relativeError > 0 ? Math.Clamp((int)Math.Floor(-Math.Log10(relativeError)), 1, 15) : 15;

    internal static Diagnosis HardcodedPublic(string output) => new(
        DiagnosisIds.HardcodedPublic,
        output,
        $"{output} is right on the public case but wrong on every hidden case: the code seems to depend on the public "
        + "case's numbers or sizes. Compute it from the function's arguments alone, with no value or shape hard-coded.");

    internal static Diagnosis Mistake(string output, MistakeReference mistake) => new(
        mistake.Id,
        output,
        mistake.Where is { } where ? $"{output}: {where}: {mistake.Message}" : $"{output}: {mistake.Message}");

    internal const string ScaledByNWords = "multiplied by N";
    internal const string ScaledByInverseNWords = "divided by N";
    internal const string ScaledByTwoWords = "twice too large";
    internal const string ScaledByHalfWords = "half as large";

    /// <summary>A problem's mistake, and on top of it a sign, transpose or factor (<see cref="Diagnostician"/>).</summary>
    internal static Diagnosis TwoMistakes(string output, MistakeReference mistake, string second) => new(
        mistake.Id,
        output,
        $"{output}: two mistakes. First: {(mistake.Where is { } where ? where + ": " : "")}{mistake.Message} Second, on top of it: your {output} is {SecondWords(second)}.");

    private static string SecondWords(string second) => second switch
    {
        DiagnosisIds.SignFlipped => "the negative of that (check the sign of the loss or of the update)",
        DiagnosisIds.Transposed => "the transpose of that (check the order of the factors in the matrix product)",
        ScaledByNWords => "N times that (the average over the batch is missing)",
        ScaledByInverseNWords => "that divided by N (the average over the batch is taken twice)",
        ScaledByTwoWords => "twice that (a factor 2 is counted twice, or a ½ in the loss is missing)",
        _ => "half of that (the factor 2 from differentiating a square is missing)",
    };

    /// <summary>Appended to a named mistake when other outputs are wrong for no named reason.</summary>
    internal static string SecondMistake(IReadOnlyList<string> outputs) =>
        $"; {string.Join(" and ", outputs)} {(outputs.Count == 1 ? "is" : "are")} wrong too, for another reason: a second mistake remains there";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
