using System.Globalization;
using System.Text;
using Grader.Derivations;
using Grader.Derivations.Checking;
using Grader.Reference;

namespace Grader.Core.Tests.Derivations.Checking;

/// <summary>The catalogue's problems as the step checker sees them (loaded and solved once for all tests), and a check as reviewable text.</summary>
internal static class CheckTesting
{
    private static readonly Lazy<DerivationChecker> Shared = new(() => DerivationChecker.For(ProblemCatalog.Load(TestPaths.Problems).Problems));

    private static readonly Lazy<IReadOnlyList<DerivationProblem>> SharedProblems = new(() =>
        [.. ProblemCatalog.Load(TestPaths.Problems).Problems.Select(p => DerivationProblem.Create(p)).OfType<DerivationProblem>()]);

    public static DerivationChecker Checker => Shared.Value;

    public static IReadOnlyList<DerivationProblem> Problems => SharedProblems.Value;

    public static WriteUpCheck Check(string markdown) => Checker.Check(WriteUpTesting.Read(markdown));

    public static DerivationProblem Problem(string id) => Problems.Single(p => p.Id == id);

    /// <summary>Every chain that got a target, with each step's verdict; then how many chains had none, by reason.</summary>
    public static string Render(WriteUpCheck check)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{check.WriteUp.File}: {check.Checked.Count} chains checked, {check.Steps} steps: {check.Holding} hold, {check.Failing} fail, {check.NotCheckable} not checkable\n");
        foreach (var chain in check.Checked)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{chain.Summary(check.WriteUp.File)}\n");
            text.Append(CultureInfo.InvariantCulture, $"  target: {chain.Target.Describe()} ({chain.Target.Origin})\n");
            foreach (var step in chain.Steps)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {step.Verdict,-12} {(step.Unchecked is { } kind ? $"[{kind}] " : string.Empty)}{step.Describe()}\n");
            }

            text.Append(chain.Result is { } result ? $"  result: {result.ReadAs}\n" : $"  result: none ({chain.ResultReason})\n");
        }

        var told = check.Skipped.Where(s => s.IsWorthTelling).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n{check.Skipped.Count} chains without a target ({string.Join(", ", check.Skipped.GroupBy(s => s.Match.Unassigned).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"))})\n");
        foreach (var skipped in told)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {skipped.Chain.First.Span.Describe(check.WriteUp.File)} {skipped.Match.Unassigned}: {skipped.Match.Reason}\n");
        }

        return text.ToString();
    }
}
