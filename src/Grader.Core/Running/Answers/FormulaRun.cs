using Grader.Formulas;
using Grader.Reference;
using Grader.Specs;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Running.Answers;

/// <summary>
/// The outputs of <c>answers.yaml</c> answered by formulas, run like code: each formula is read once by
/// the problem's <see cref="FormulaContext"/> and evaluated by Grader's own interpreter on every case
/// (in a problem with layers, a list output layer by layer, after the student's per-layer definitions).
/// A formula that does not read or evaluate costs its own output only: the case still returns the
/// others, and its problems say why (the reading error once, in <see cref="FormulaShown"/>).
/// </summary>
internal static class FormulaRun
{
    /// <param name="typed">The typed numbers of a public case (the outputs not answered by formulas).</param>
    public static (IReadOnlyList<CaseRun> Runs, IReadOnlyList<FormulaShown> Shown) Run(
        ProblemContract problem, IReadOnlyList<FormulaAnswer> written, Func<FormulaContext> formulas, IReadOnlyList<SolvedCase> cases, Func<SolvedCase, CaseRun> typed)
    {
        return Run(problem, FormulaReadings.Read(written, formulas), cases, typed);
    }

    /// <summary>Formulas already read, such as the results of a write-up's derivations; the outputs they leave are missing.</summary>
    public static (IReadOnlyList<CaseRun> Runs, IReadOnlyList<FormulaShown> Shown) Run(
        ProblemContract problem, FormulaReadings read, IReadOnlyList<SolvedCase> cases, Func<SolvedCase, CaseRun>? typed = null)
    {
        var typedOutputs = problem.Outputs.Where(o => read.Outputs.All(f => f.Answer.Output != o.Name)).Select(o => o.Name).ToList();
        var runs = cases.Select(item =>
        {
            var outputs = new Dictionary<string, Value>(StringComparer.Ordinal);
            var problems = new List<string>();
            if (typed is null)
            {
                // Derived outputs only: the others are simply not answered (a diagnosis says so).
            }
            else if (item.Hidden)
            {
                problems.AddRange(typedOutputs.Select(RunMessages.TypedOutputOnHiddenCase));
            }
            else if (typedOutputs.Count > 0 && typed is not null)
            {
                var bound = typed(item);
                problems.AddRange(bound.OutputProblems);
                foreach (var (name, value) in bound.Outputs ?? new Dictionary<string, Value>())
                {
                    outputs[name] = value;
                }
            }

            Evaluate(problem, read, item, outputs, problems);
            return new CaseRun(item, problems.Count == 0 ? CaseOutcome.Returned : CaseOutcome.BadReturn, outputs, problems, null, null, string.Empty, TimeSpan.Zero);
        }).ToList();
        return (runs, read.Shown);
    }

    /// <summary>One case: the model once, the definitions layer by layer, then every output's formula.</summary>
    private static void Evaluate(ProblemContract problem, FormulaReadings read, SolvedCase item, Dictionary<string, Value> outputs, List<string> problems)
    {
        var context = read.Context;
        var scope = context?.Bind(item.Case);
        LayerRun? layers = null;
        SpecException? layering = null;
        if (context?.Layers is { } notation && read.NeedsLayers(problem))
        {
            try
            {
                layers = new LayerRun(context, notation, scope!);
                foreach (var (definition, last, step) in read.Definitions)
                {
                    layers.Define(definition, last, step);
                }
            }
            catch (SpecException error)
            {
                layering = error;
            }
        }

        foreach (var (answer, reading) in read.Outputs)
        {
            if (reading is null)
            {
                problems.Add(RunMessages.FormulaUnread(answer.Output));
                continue;
            }

            try
            {
                var isList = problem.Outputs.Any(o => o.Name == answer.Output && o.IsList);
                outputs[answer.Output] = layering is not null && (isList || read.UsesDefinition(reading)) ? throw layering
                    : isList && layers is not null ? layers.Evaluate(reading)
                    : context!.Evaluate(reading, scope!);
            }
            catch (SpecException error)
            {
                problems.Add(RunMessages.FormulaFailed(answer.Output, error.Render()));
            }
        }
    }
}
