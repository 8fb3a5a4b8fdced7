using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Verification;

/// <summary>
/// Checks a program's gradient outputs against finite differences of the function they
/// differentiate: a central difference with Richardson extrapolation (steps h and h/2,
/// h = 1e-4 · max(1, |x|)), so smooth problems agree to about 1e-9. A step that changes the sign of
/// any kinked argument (relu, abs, sign) cannot measure a slope: at an exact kink the difference
/// must lie between the Low and High evaluations, near one the entry is skipped.
/// </summary>
public static class GradientCheck
{
    public static GradientCheckResult Run(
        ModelProgram program,
        IReadOnlyDictionary<string, Value> inputs,
        IReadOnlyDictionary<string, SubgradientSet>? subgradients = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(inputs);
        var defaults = program.Evaluate(inputs, KinkChoice.Default, subgradients);
        var low = program.Evaluate(inputs, KinkChoice.Low, subgradients);
        var high = program.Evaluate(inputs, KinkChoice.High, subgradients);
        var checkedOutputs = new List<GradientCheckOutput>();
        var notChecked = new List<string>();
        for (var index = 0; index < program.Outputs.Count; index++)
        {
            var info = program.Outputs[index];
            if (!info.IsGradient)
            {
                continue;
            }

            if (info.WrtInput is null)
            {
                notChecked.Add(info.Name);
                continue;
            }

            var probe = new OutputProbe(program, index, inputs, info.WrtInput);
            checkedOutputs.Add(probe.Compare(
                info.Name,
                Flatten(defaults.Outputs[info.Name]),
                Flatten(low.Outputs[info.Name]),
                Flatten(high.Outputs[info.Name])));
        }

        return new GradientCheckResult(checkedOutputs, notChecked);
    }

    internal static double[] Flatten(Value value) => value switch
    {
        Tensor t => t.ToArray(),
        TensorList list => [.. list.Items.SelectMany(t => t.ToArray())],
        _ => [],
    };
}
