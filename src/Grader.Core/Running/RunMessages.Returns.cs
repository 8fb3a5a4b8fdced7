using System.Globalization;
using Grader.Submissions;
using Grader.Worker.Protocol;

namespace Grader.Running;

/// <summary>
/// Why a returned value was not graded. Both workers report a <see cref="ReturnProblem"/> (a kind and
/// its particulars) and answers.yaml is bound here, so each sentence is written once.
/// </summary>
internal static partial class RunMessages
{
    public static string Returned(ReturnProblem problem, IReadOnlyList<OutputContract> outputs) => problem.Kind switch
    {
        "missing" => OutputMissing(problem.Output),
        "count" => ValueCount("returned", problem.Count ?? 0, outputs),
        "unbound" => string.Create(
            CultureInfo.InvariantCulture,
            $"returned a {problem.Type}, expected a dict keyed by {Names(outputs)} or a tuple of {outputs.Count} values"),
        "unencodable" => "the outputs could not be encoded",
        "unreadable" => $"output '{problem.Output}' could not be read: {problem.Type}",
        _ => $"output '{problem.Output}' {ValueProblem(problem)}",
    };

    public static string OutputMissing(string? output) => $"output '{output}' is missing";

    /// <param name="verb">"returned" (code) or "gave" (answers.yaml).</param>
    public static string ValueCount(string verb, int count, IReadOnlyList<OutputContract> outputs) => string.Create(
        CultureInfo.InvariantCulture, $"{verb} {count} values, expected {outputs.Count} ({Names(outputs)})");

    public static string AnswersUnbound(IReadOnlyList<OutputContract> outputs) => string.Create(
        CultureInfo.InvariantCulture, $"expected a mapping keyed by {Names(outputs)} or a list of {outputs.Count} values");

    private static string ValueProblem(ReturnProblem problem) => problem.Kind switch
    {
        "nestedTooDeeply" => "is nested too deeply",
        "tooManyItems" => "has too many items",
        "null" => "is null, not a number or array",
        "complex" => "is a complex number",
        "notNumber" => $"is a {problem.Type}, not a number or array",
        "notList" => problem.Type is null ? "is not a list of arrays" : $"is a {problem.Type}, not a list of arrays",
        "dtype" => $"is an array of dtype {problem.Type}, not numbers",
        // Only a forged reply names another kind: it is named, never trusted.
        _ => $"could not be read ({problem.Kind})",
    };

    private static string Names(IReadOnlyList<OutputContract> outputs) => string.Join(", ", outputs.Select(o => o.Name));
}
