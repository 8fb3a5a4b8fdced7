using System.Collections.Concurrent;
using Grader.Formulas;
using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Core.Tests.Formulas;

/// <summary>
/// Grades a formula as the grader will: read against a catalogue problem (its spec from problems/,
/// the notation: table of its spec), evaluated by the model's interpreter on the public and every hidden case,
/// and compared with the reference solution and with each mistake model's outputs.
/// </summary>
internal static class FormulaGrading
{
    public const string Right = "right";
    public const string Wrong = "wrong";

    private static readonly ConcurrentDictionary<string, (FormulaContext Context, ProblemSolution Solution)> Problems = new();

    public static FormulaContext Context(string problem) => Load(problem).Context;

    public static FormulaReading ReadLatex(string problem, string latex) =>
        Context(problem).ReadLatex(SourceText.Inline(latex, "answers.yaml"));

    /// <summary>"right", the id of the mistake it equals on every case, or "wrong".</summary>
    public static string Grade(string problem, string output, FormulaReading reading)
    {
        var (context, solution) = Load(problem);
        var values = solution.Cases.Select(c => context.Evaluate(reading, context.Bind(c.Case))).ToList();
        if (solution.Cases.Select((c, k) => Close(values[k], c.Expected[output])).All(x => x))
        {
            return Right;
        }

        var mistakes = solution.Problem.Mistakes;
        for (var m = 0; m < mistakes.Count; m++)
        {
            if (solution.Cases.Select((c, k) => c.Mistakes[m] is { } outputs && Close(values[k], outputs[output])).All(x => x))
            {
                return mistakes[m].Spec.Id;
            }
        }

        return Wrong;
    }

    public static string GradeLatex(string problem, string output, string latex) => Grade(problem, output, ReadLatex(problem, latex));

    public static bool Close(Value actual, Value expected)
    {
        var (a, e) = ((Tensor)actual, (Tensor)expected);
        if (!a.SqueezedShape().SequenceEqual(e.SqueezedShape()))
        {
            return false;
        }

        for (var k = 0; k < a.Count; k++)
        {
            if (Math.Abs(a[k] - e[k]) > 1e-9 * Math.Max(1, Math.Abs(e[k])))
            {
                return false;
            }
        }

        return true;
    }

    private static (FormulaContext Context, ProblemSolution Solution) Load(string problem) => Problems.GetOrAdd(problem, id =>
    {
        var compiled = CompiledProblem.Compile(SpecLoader.LoadFile(Path.Combine(TestPaths.Problems, id + ".yaml")));
        return (FormulaContext.Create(compiled), ProblemSolver.Solve(compiled));
    });
}
