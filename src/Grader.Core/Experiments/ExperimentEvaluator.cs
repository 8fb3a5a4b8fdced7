using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Experiments;

/// <summary>
/// Evaluates what a training run returned with the spec's own model: the score of every test example
/// (argmax over classes, or above 0 for one score per example), or the returned labels themselves.
/// </summary>
public static class ExperimentEvaluator
{
    public static Prediction Predict(CompiledProblem problem, ExperimentRunSpec run, IReadOnlyDictionary<string, Value> outputs, double[][] features)
    {
        var experiment = problem.Spec.Experiment!;
        var (shaped, problemText) = Shape(problem.Spec, run, outputs);
        if (shaped is null)
        {
            return new Prediction(null, problemText);
        }

        if (shaped.Values.OfType<Tensor>().Any(t => !t.Span.ToArray().All(double.IsFinite)))
        {
            return new Prediction(null, ExperimentMessages.NonFinite([.. shaped.Where(o => o.Value is Tensor t && !t.Span.ToArray().All(double.IsFinite)).Select(o => o.Key)]), NonFinite: true);
        }

        if (experiment.Predictions is { } name)
        {
            var labels = ((Tensor)shaped[name]).Span.ToArray();
            return labels.Length != features.Length
                ? new Prediction(null, ExperimentMessages.LabelCount(name, labels.Length, features.Length))
                : labels.All(v => v == Math.Floor(v) && v >= 0 && v < int.MaxValue)
                    ? new Prediction([.. labels.Select(v => (int)v)], null)
                    : new Prediction(null, ExperimentMessages.LabelsNotClasses(name));
        }

        var scores = Scores(problem, shaped, features);
        return new Prediction(Decide(scores), null);
    }

    /// <summary>
    /// The mean cross-entropy of the spec's score on <paramref name="features"/> (softmax over classes,
    /// or the logistic loss of one score per example): how well the returned weights fit those examples.
    /// </summary>
    public static double Loss(CompiledProblem problem, ExperimentRunSpec run, IReadOnlyDictionary<string, Value> outputs, double[][] features, int[] labels)
    {
        var (shaped, _) = Shape(problem.Spec, run, outputs);
        if (shaped is null || problem.Score is null)
        {
            return double.NaN;
        }

        var scores = Scores(problem, shaped, features);
        var loss = 0.0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (scores.Rank == 1)
            {
                var m = scores[i];
                loss += Math.Max(m, 0) - (m * labels[i]) + Math.Log(1 + Math.Exp(-Math.Abs(m)));
            }
            else
            {
                var k = scores.Shape[1];
                var row = Enumerable.Range(0, k).Select(c => scores[i, c]).ToArray();
                var max = row.Max();
                loss += max + Math.Log(row.Sum(v => Math.Exp(v - max))) - row[labels[i]];
            }
        }

        return loss / labels.Length;
    }

    public static Tensor Features(double[][] rows) =>
        new([rows.Length, rows[0].Length], [.. rows.SelectMany(r => r)]);

    private static Tensor Scores(CompiledProblem problem, Dictionary<string, Value> shaped, double[][] features)
    {
        var featureName = problem.Score!.Inputs[0].Name;
        var inputs = new Dictionary<string, Value>(shaped, StringComparer.Ordinal) { [featureName] = Features(features) };
        return (Tensor)problem.Score.Evaluate(inputs).Outputs["score"];
    }

    private static int[] Decide(Tensor scores)
    {
        if (scores.Rank == 1 || (scores.Rank == 2 && scores.Shape[1] == 1))
        {
            return [.. scores.Span.ToArray().Select(s => s > 0 ? 1 : 0)];
        }

        var (m, k) = (scores.Shape[0], scores.Shape[1]);
        return [.. Enumerable.Range(0, m).Select(i =>
        {
            var best = 0;
            for (var c = 1; c < k; c++)
            {
                best = scores[i, c] > scores[i, best] ? c : best;
            }

            return best;
        })];
    }

    /// <summary>
    /// Each output reshaped to its declared shape, dimension symbols that name a hyperparameter taking its
    /// value (<c>W1: [hidden, 64]</c>) and the others bound consistently; sizes of 1 do not matter.
    /// </summary>
    private static (Dictionary<string, Value>? Shaped, string? Problem) Shape(ProblemSpec spec, ExperimentRunSpec run, IReadOnlyDictionary<string, Value> outputs)
    {
        var bound = run.Params.ToDictionary(p => p.Key, p => (int)p.Value, StringComparer.Ordinal);
        var shaped = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var output in spec.Outputs)
        {
            if (outputs.GetValueOrDefault(output.Name) is not Tensor got)
            {
                return (null, ExperimentMessages.OutputMissing(output.Name));
            }

            var declared = output.Shape ?? [];
            var want = new int[declared.Count];
            var have = got.SqueezedShape();
            var free = new List<int>();
            for (var i = 0; i < declared.Count; i++)
            {
                if (int.TryParse(declared[i], out var size) || bound.TryGetValue(declared[i], out size))
                {
                    want[i] = size;
                }
                else
                {
                    free.Add(i);
                }
            }

            // A symbol no hyperparameter names takes the student's size at its place (when the ranks agree).
            foreach (var i in free)
            {
                want[i] = bound.TryGetValue(declared[i], out var known) ? known : got.Rank == declared.Count ? got.Shape[i] : -1;
                bound[declared[i]] = want[i];
            }

            if (!have.AsSpan().SequenceEqual(Array.FindAll(want, d => d != 1)))
            {
                var transposed = want.Length == 2 && have.Length == 2 && have[0] == want[1] && have[1] == want[0];
                return (null, ExperimentMessages.WrongShape(output.Name, Tensor.FormatShape(got.Shape), Tensor.FormatShape(want), transposed));
            }

            shaped[output.Name] = got.AsFloat().Reshape(want);
        }

        return (shaped, null);
    }
}
