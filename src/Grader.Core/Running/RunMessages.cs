using System.Globalization;
using Grader.Reference;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Running;

/// <summary>Every verdict text the runner writes, in one place.</summary>
internal static partial class RunMessages
{
    public static string Where(IReadOnlyList<SolvedCase> cases, int index)
    {
        var item = cases[index];
        if (!item.Hidden)
        {
            return cases.Count(c => !c.Hidden) == 1 ? "the public case" : $"public case '{item.Name}'";
        }

        var hiddenNumber = cases.Take(index + 1).Count(c => c.Hidden);
        return string.Create(CultureInfo.InvariantCulture, $"hidden case {hiddenNumber}");
    }

    public static string TimedOut(RunLimits limits, string where) =>
        $"timed out after {Quantity.FormatDuration(limits.WallPerCall)} in {where}";

    public static string OutputFlood(RunLimits limits, string where) =>
        $"printed more than the {Quantity.FormatBytes(limits.OutputBytes)} output limit in {where}";

    /// <summary>Exit code of a process killed by SIGXCPU, as .NET reports it (128 + 24).</summary>
    public const int CpuLimitExitCode = 152;

    public static string WorkerStopped(int? exitCode, string diagnostics, string where, RunLimits limits)
    {
        if (diagnostics.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return $"crashed with a stack overflow in {where}";
        }

        if (exitCode == CpuLimitExitCode)
        {
            return CpuTimeExceeded(limits, where);
        }

        var code = exitCode is { } c ? string.Create(CultureInfo.InvariantCulture, $" (exit code {c})") : string.Empty;
        return $"the worker stopped unexpectedly{code} in {where}: the code exited, crashed, or killed its worker";
    }

    public static string Corrupt(string where) => $"the worker's replies were corrupted in {where}";

    public static string NotRunAfter(string where, string? reason) =>
        $"not run: the worker was stopped in {where} ({reason})";

    public static string NotLoaded(string function, string? reason) => $"not run: {function} could not be loaded ({reason})";

    public static string NotAttempted(ProblemContract problem) => problem.PythonName is null
        ? $"not attempted: no derivation in a write-up or answers.yaml entry '{problem.Id}'"
        : $"not attempted: no Python function {problem.PythonName}, C# method {problem.CSharpName} or answers.yaml entry '{problem.Id}'";

    public static string AnswersHiddenCase => "not run: answers.yaml answers the public case only";

    public static string TypedOutputOnHiddenCase(string output) =>
        $"output '{output}' is typed as numbers, which stand for the public case only (a formula answers every case)";

    public static string ResultUnread => "the derivation's last side could not be read";

    public static string IdentityInAnswers(string problem) =>
        $"'{problem}' is an identity: its right side is given, so answers.yaml cannot answer it; show it step by step in a write-up under '## {problem}'";

    public static string NotFromIdentity(string from) =>
        $"this derivation does not start from the identity's left side ({from}): show the identity from there, step by step";

    public static string FormulaUnread(string output) => $"output '{output}': the formula could not be read (its error is shown with your formulas)";

    public static string FormulaFailed(string output, string rendered) => $"output '{output}': {rendered}";

    public static string WrongArgumentCount(ProblemContract problem, int given) => string.Create(
        CultureInfo.InvariantCulture, $"{problem.Id} takes {problem.InputNames.Count} inputs, the case has {given}");

    public static string SeccompUnsupported(System.Runtime.InteropServices.Architecture architecture) =>
        $"the sandbox's system-call filter knows x86-64 and ARM64, not {architecture}: run Grader on one of those (or --no-sandbox, unsafe)";
}
