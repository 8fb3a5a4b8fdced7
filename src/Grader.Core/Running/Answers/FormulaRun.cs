using Grader.Formulas;
using Grader.Reference;
using Grader.Specs;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Running.Answers;

/// <summary>
/// The outputs of <c>answers.yaml</c> answered by formulas, run like code: each formula is read once by
/// the problem's <see cref="FormulaContext"/> and evaluated by Grader's own interpreter on every case.
/// A formula that does not read or evaluate costs its own output only: the case still returns the
/// others, and its problems say why (the reading error once, in <see cref="FormulaShown"/>).
/// </summary>
internal static class FormulaRun
{
    /// <param name="typed">The typed numbers of a public case (the outputs not answered by formulas).</param>
    public static (IReadOnlyList<CaseRun> Runs, IReadOnlyList<FormulaShown> Shown) Run(
        ProblemContract problem, IReadOnlyList<FormulaAnswer> written, Func<FormulaContext> formulas, IReadOnlyList<SolvedCase> cases, Func<SolvedCase, CaseRun> typed)
    {
        var (context, readings, shown) = Read(written, formulas);
        var typedOutputs = problem.Outputs.Where(o => written.All(f => f.Output != o.Name)).Select(o => o.Name).ToList();
        var runs = cases.Select(item =>
        {
            var outputs = new Dictionary<string, Value>(StringComparer.Ordinal);
            var problems = new List<string>();
            if (item.Hidden)
            {
                problems.AddRange(typedOutputs.Select(RunMessages.TypedOutputOnHiddenCase));
            }
            else if (typedOutputs.Count > 0)
            {
                var bound = typed(item);
                problems.AddRange(bound.OutputProblems);
                foreach (var (name, value) in bound.Outputs ?? new Dictionary<string, Value>())
                {
                    outputs[name] = value;
                }
            }

            var scope = context?.Bind(item.Case);
            foreach (var (answer, reading) in readings)
            {
                if (reading is null)
                {
                    problems.Add(RunMessages.FormulaUnread(answer.Output));
                    continue;
                }

                try
                {
                    outputs[answer.Output] = context!.Evaluate(reading, scope!);
                }
                catch (SpecException error)
                {
                    problems.Add(RunMessages.FormulaFailed(answer.Output, error.Render()));
                }
            }

            return new CaseRun(item, problems.Count == 0 ? CaseOutcome.Returned : CaseOutcome.BadReturn, outputs, problems, null, null, string.Empty, TimeSpan.Zero);
        }).ToList();
        return (runs, shown);
    }

    private static (FormulaContext? Context, List<(FormulaAnswer, FormulaReading?)> Readings, List<FormulaShown> Shown) Read(
        IReadOnlyList<FormulaAnswer> written, Func<FormulaContext> formulas)
    {
        var readings = new List<(FormulaAnswer, FormulaReading?)>();
        var shown = new List<FormulaShown>();
        FormulaContext? context = null;
        SpecException? broken = null;
        try
        {
            context = formulas();
        }
        catch (SpecException error)
        {
            broken = error;
        }

        foreach (var answer in written)
        {
            try
            {
                var reading = context is null ? throw FormulaError.NotationBroken(answer.Source, broken!)
                    : answer.IsLatex ? context.ReadLatex(answer.Source) : context.ReadNumpy(answer.Source);
                readings.Add((answer, reading));
                shown.Add(new FormulaShown(answer.Output, answer.Text, reading.ReadAs, null));
            }
            catch (SpecException error)
            {
                readings.Add((answer, null));
                shown.Add(new FormulaShown(answer.Output, answer.Text, null, error.Render()));
            }
        }

        return (context, readings, shown);
    }
}
