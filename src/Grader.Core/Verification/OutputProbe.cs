using Grader.Reference;
using Grader.Values;

namespace Grader.Verification;

/// <summary>Finite differences of one gradient output's function, entry by entry of its input.</summary>
internal sealed class OutputProbe(ModelProgram program, int outputIndex, IReadOnlyDictionary<string, Value> inputs, string wrt)
{
    private readonly IReadOnlyList<sbyte> _baseSigns = program.EvaluateObjective(outputIndex, inputs).Signs;

    public GradientCheckOutput Compare(string name, double[] analytic, double[] low, double[] high)
    {
        var x = GradientCheck.Flatten(inputs[wrt]);
        var (maxError, checkedCount, atKink, skipped, violations) = (0.0, 0, 0, 0, 0);
        for (var i = 0; i < x.Length; i++)
        {
            var h = 1e-4 * Math.Max(1, Math.Abs(x[i]));
            var (plus, plusCrosses) = At(x, i, h);
            var (minus, minusCrosses) = At(x, i, -h);
            var (halfPlus, halfPlusCrosses) = At(x, i, h / 2);
            var (halfMinus, halfMinusCrosses) = At(x, i, -h / 2);
            var coarse = (plus - minus) / (2 * h);
            var fine = (halfPlus - halfMinus) / h;
            if (plusCrosses || minusCrosses || halfPlusCrosses || halfMinusCrosses)
            {
                if (low[i] != high[i])
                {
                    atKink++;
                    var (lo, hi) = (Math.Min(low[i], high[i]), Math.Max(low[i], high[i]));
                    var slack = 1e-6 * Math.Max(1, Math.Abs(fine));
                    violations += fine >= lo - slack && fine <= hi + slack ? 0 : 1;
                }
                else
                {
                    skipped++;
                }

                continue;
            }

            var numeric = ((4 * fine) - coarse) / 3;
            var error = Math.Abs(analytic[i] - numeric) / Math.Max(1, Math.Max(Math.Abs(analytic[i]), Math.Abs(numeric)));
            maxError = double.IsNaN(error) ? double.PositiveInfinity : Math.Max(maxError, error);
            checkedCount++;
        }

        return new GradientCheckOutput(name, wrt, maxError, checkedCount, atKink, skipped, violations);
    }

    private (double Value, bool Crosses) At(double[] x, int entry, double step)
    {
        var moved = new Dictionary<string, Value>(inputs) { [wrt] = Perturb(inputs[wrt], entry, x[entry] + step) };
        var (value, signs) = program.EvaluateObjective(outputIndex, moved);
        var crosses = signs.Count != _baseSigns.Count || _baseSigns.Where((s, k) => s != signs[k]).Any();
        return (value, crosses);
    }

    private static Value Perturb(Value value, int entry, double newValue)
    {
        if (value is Tensor tensor)
        {
            var data = tensor.ToArray();
            data[entry] = newValue;
            return new Tensor(tensor.ShapeArray(), data);
        }

        var list = (TensorList)value;
        var items = list.Items.ToList();
        for (var k = 0; k < items.Count; k++)
        {
            if (entry < items[k].Count)
            {
                var data = items[k].ToArray();
                data[entry] = newValue;
                items[k] = new Tensor(items[k].ShapeArray(), data);
                break;
            }

            entry -= items[k].Count;
        }

        return new TensorList(items);
    }
}
