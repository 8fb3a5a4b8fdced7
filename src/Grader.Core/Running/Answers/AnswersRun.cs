using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Formulas;
using Grader.Reference;
using Grader.Running.Protocol;
using Grader.Submissions;

namespace Grader.Running.Answers;

/// <summary>
/// A problem answered in <c>answers.yaml</c>: the numbers stand for the public case; hidden cases
/// are not run. No process is involved. Outputs answered by formulas are <see cref="FormulaRun"/>'s.
/// </summary>
internal static class AnswersRun
{
    public static ProblemRun Run(Submission submission, ProblemContract problem, Attempt attempt, IReadOnlyList<SolvedCase> cases, Func<FormulaContext>? formulas)
    {
        var (answer, _, written) = submission.Answers[problem.Id];
        if (written.Count > 0 && formulas is not null)
        {
            var (runs, shown) = FormulaRun.Run(problem, written, formulas, cases, item => Bind(item, answer, problem, written));
            return new ProblemRun(problem.Id, attempt, null, runs) { Formulas = shown };
        }

        var typedRuns = cases.Select(item => item.Hidden
            ? CaseRun.Failed(item, CaseOutcome.NotRun, RunMessages.AnswersHiddenCase)
            : Bind(item, answer, problem, [])).ToList();
        return new ProblemRun(problem.Id, attempt, null, typedRuns);
    }

    /// <summary>The typed numbers of the public case, leaving out the outputs answered by a formula.</summary>
    private static CaseRun Bind(SolvedCase item, JsonNode? answer, ProblemContract problem, IReadOnlyList<FormulaAnswer> formulas)
    {
        var problems = new List<string>();
        var byName = new JsonObject();
        var names = problem.Outputs.Select(o => o.Name).Where(n => formulas.All(f => f.Output != n)).ToList();
        if (names.Count == 0)
        {
            // Every output is a formula: nothing typed to bind.
        }
        else if (answer is JsonObject mapping)
        {
            foreach (var name in names)
            {
                if (mapping.TryGetPropertyValue(name, out var value))
                {
                    byName[name] = value?.DeepClone();
                }
                else
                {
                    problems.Add(RunMessages.OutputMissing(name));
                }
            }
        }
        else if (names.Count == 1)
        {
            byName[names[0]] = answer?.DeepClone();
        }
        else if (answer is JsonArray list)
        {
            if (list.Count != names.Count)
            {
                problems.Add(RunMessages.ValueCount("gave", list.Count, problem.Outputs));
            }

            foreach (var (name, value) in names.Zip(list))
            {
                byName[name] = value?.DeepClone();
            }
        }
        else
        {
            problems.Add(RunMessages.AnswersUnbound(problem.Outputs));
        }

        using var document = JsonDocument.Parse(byName.ToJsonString());
        var (values, more) = OutputReader.Read(document.RootElement, problem.Outputs);
        problems.AddRange(more);
        return new CaseRun(
            item, problems.Count == 0 ? CaseOutcome.Returned : CaseOutcome.BadReturn,
            values, problems, null, null, string.Empty, TimeSpan.Zero);
    }
}
