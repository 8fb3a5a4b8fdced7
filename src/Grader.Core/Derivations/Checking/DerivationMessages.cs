using System.Globalization;
using Grader.Values;

namespace Grader.Derivations.Checking;

/// <summary>Every sentence the step checker writes: verdicts, counterexamples, reasons a step is not checked, why a chain has no target.</summary>
internal static partial class DerivationMessages
{
    /// <summary>"step 3 → 4 holds", "step 1 → 3 (side 2 not evaluated) does not hold: …", "step 2 → 3 is not checked: …".</summary>
    public static string Step(StepCheck step)
    {
        var name = step.From == step.Step
            ? Invariant($"step {step.From} → {step.To}")
            : Invariant($"step {step.From} → {step.To} ({Skipped(step.From + 1, step.To - 1)} not evaluated)");
        return step.Verdict switch
        {
            StepVerdict.Holds => $"{name} holds",
            StepVerdict.Fails => $"{name} does not hold: {Counterexample(step.Counterexample!)}",
            _ => $"{name} is not checked: {step.Reason}",
        };
    }

    /// <summary>"for the smallest failing case (N = 2, K = 3), entry [0, 1]: left −0.19, right −0.21".</summary>
    public static string Counterexample(Counterexample example)
    {
        var details = new[] { example.Sizes, example.Inputs ?? string.Empty }.Where(d => d.Length > 0).ToList();
        var which = example.Hidden ? "for the smallest failing case" : $"on the {example.CaseName} case";
        var where = details.Count == 0 ? which : $"{which} ({string.Join("; ", details)})";
        var entry = example.Entry.Count == 0 ? string.Empty : $", entry [{string.Join(", ", example.Entry.Select(Invariant))}]";
        var (left, right) = Numbers(example.Left, example.Right);
        return $"{where}{entry}: left {left}, right {right}";
    }

    /// <summary>"write-up.md:41:12: the derivation of \frac{\partial J}{\partial z_i^{(3)}} (softmax-ce: dZ): 3 steps, 1 holds, 1 fails, 1 not checked. Step 1 → 3 …".</summary>
    public static string Summary(ChainCheck check, string file)
    {
        var what = check.Chain.First.IsMissing ? check.Target.Describe() : $"{check.Chain.First.Latex} ({check.Target.Describe()})";
        var counts = Invariant($"{Count(check.Steps.Count, "step", "steps")}, {check.Holding} {(check.Holding == 1 ? "holds" : "hold")}, {check.Failing} {(check.Failing == 1 ? "fails" : "fail")}, {check.NotCheckable} not checked");
        var first = check.FirstFailure is { } failure ? $" First wrong: {Step(failure)}." : check.Checked > 0 ? " No checked step fails." : string.Empty;
        return $"{check.Chain.First.Span.Describe(file)}: the derivation of {what}: {counts}.{first}";
    }

    /// <summary>A case's sizes: "N = 2, K = 3".</summary>
    public static string Sizes(IReadOnlyDictionary<string, int> dims) =>
        string.Join(", ", dims.Select(d => Invariant($"{d.Key} = {d.Value}")));

    /// <summary>The public case's inputs: "Z = [[1, 2], [0.5, 3]], y = [1, 0]".</summary>
    public static string Inputs(IReadOnlyDictionary<string, Value> inputs) =>
        string.Join(", ", inputs.Select(i => $"{i.Key} = {ValueText.Format(i.Value)}"));

    /// <summary>Two numbers short enough to read and long enough to differ: 3 significant digits, more if they print alike.</summary>
    private static (string Left, string Right) Numbers(double left, double right)
    {
        for (var digits = 3; digits < 12; digits++)
        {
            var (l, r) = (ValueText.Short(left, digits), ValueText.Short(right, digits));
            if (l != r)
            {
                return (Minus(l), Minus(r));
            }
        }

        return (Minus(ValueText.Number(left)), Minus(ValueText.Number(right)));
    }

    private static string Minus(string number) => number.StartsWith('-') ? "−" + number[1..] : number;

    private static string Skipped(int first, int last) => first == last ? Invariant($"side {first}") : Invariant($"sides {first}–{last}");

    private static string Count(int n, string one, string many) => Invariant($"{n} {(n == 1 ? one : many)}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
