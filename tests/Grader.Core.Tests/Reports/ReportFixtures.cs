using Grader.Checking;
using Grader.Core.Tests.Checking;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Running.Answers;
using Grader.Submissions;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// One submission touching every path of the reports: a transposed W1 (toy-network), non-finite
/// outputs on large logits (softmax-ce), a timeout, an exception with a traceback, an answers file, a
/// problem not attempted, and a file that could not be read. Everything from hidden cases that a
/// student must not see contains the word SECRET. <see cref="FormulaAnswers"/> is a submission that
/// answers by formulas, one read and one not.
/// </summary>
internal static class ReportFixtures
{
    public static readonly DateTimeOffset GradedAt = new(2026, 11, 22, 3, 24, 16, TimeSpan.Zero);

    public static ScoreReport Sample() => new(
        "alice",
        [ToyTransposed(), SoftmaxNonFinite(), LrTimeout(), ElasticException(), BceAnswers(), ProblemGrader.Grade(Bce("bce-missing"), null)],
        [new FileIssue("notebook.ipynb", 3, 1, "cell 3: SyntaxError: invalid syntax")],
        TimeSpan.FromSeconds(3.456))
    {
        GradedAt = GradedAt,
    };

    public static ProblemScore ToyTransposed()
    {
        var problem = ToyNetwork();
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw2.py", false, null,
        [
            .. problem.Cases.Select(c => Returned(
                c,
                c.Expected.ToDictionary(p => p.Key, p => p.Key == "W1" ? ((Tensor)p.Value).Transpose() : p.Value),
                c.Hidden ? "SECRET hidden print\n" : "loss 2.38554\n")),
        ]);
        return ProblemGrader.Grade(problem, submission);
    }

    public static ProblemScore SoftmaxNonFinite()
    {
        var problem = SoftmaxCe();
        return ProblemGrader.Grade(problem, Changing(problem, (c, _, v) => c.Name == "hidden-large" ? ((Tensor)v).Map(_ => double.NaN) : v)
            with { Source = "csharp: Gradients.cs" });
    }

    public static ProblemScore LrTimeout()
    {
        var problem = Problem("lr-range", 15,
        [
            Case("public", false, Outputs(("lo", Tensor.Scalar(0)), ("hi", Tensor.Scalar(0.2)))),
            Case("hidden-1", true, Outputs(("lo", Tensor.Scalar(0)), ("hi", Tensor.Scalar(0.0123)))),
        ]);
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw2.py", false, null,
            [Ended(Named(problem, "public"), CaseOutcome.Timeout), Ended(Named(problem, "hidden-1"), CaseOutcome.Timeout)]);
        return ProblemGrader.Grade(problem, submission);
    }

    public static ProblemScore ElasticException()
    {
        var problem = Problem("elastic-net", 10,
        [
            Case("public", false, Outputs(("dW", Tensor.Matrix(new[,] { { 0.11, -0.12 }, { 0.14, -0.105 } })))),
            Case("hidden-1", true, Outputs(("dW", Random(5, 3, 3)))),
        ]);
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw2.py", false, null,
        [
            Returned(Named(problem, "public"), Outputs(("dW", Tensor.Matrix(new[,] { { 0.11, -0.12 }, { 0.14, -0.105 } })))),
            Ended(Named(problem, "hidden-1"), CaseOutcome.Exception, "ValueError: SECRET shapes (3,3) and (2,2)", "Traceback (most recent call last):\n  File \"hw2.py\", line 40, in elastic_net_grad\nValueError: SECRET shapes (3,3) and (2,2)"),
        ]);
        return ProblemGrader.Grade(problem, submission);
    }

    public static ProblemScore BceAnswers()
    {
        var problem = Bce("bce");
        var answers = new ProblemSubmission(problem.ProblemId, "answers: answers.yaml", true, null,
        [
            Returned(Named(problem, "public"), Outputs(("da", Tensor.Vector(-0.37, 0.4167, -0.5556)))),
            Ended(Named(problem, "hidden-1"), CaseOutcome.NotRun),
        ]);
        return ProblemGrader.Grade(problem, answers);
    }

    /// <summary>softmax-ce answered by formulas in answers.yaml: loss read (and right on every case), dZ unreadable.</summary>
    public static ScoreReport FormulaAnswers() => new("carol", [SoftmaxFormulas()], [], TimeSpan.FromSeconds(0.25))
    {
        GradedAt = GradedAt,
    };

    public static ProblemScore SoftmaxFormulas()
    {
        var problem = SoftmaxCe();
        var formulas = new[]
        {
            new FormulaShown("loss", "$-\\frac{1}{N} \\sum_i \\log \\psi(z_i)_{y_i}$", "-(1 / N * sum(pick(log_softmax(Z, axis=1), y)))", null),
            new FormulaShown("dZ", "$\\frac{1}{N} (\\psi(Z) - onehot(y)$", null, UnclosedBracket),
        };
        return FormulaSubmission(problem, formulas, c => Outputs(("loss", c.Expected["loss"])), [RunMessages.FormulaUnread("dZ")]);
    }

    /// <summary>A submission of formulas as the run hands it on: every case run, with the outputs and problems given.</summary>
    public static ProblemScore FormulaSubmission(
        ProblemReference problem, IReadOnlyList<FormulaShown> formulas, Func<SolvedCase, Dictionary<string, Value>> outputs, IReadOnlyList<string> problems)
    {
        var submission = new ProblemSubmission(problem.ProblemId, "answers: answers.yaml", false, null,
            [.. problem.Cases.Select(c => new CaseRun(c, problems.Count == 0 ? CaseOutcome.Returned : CaseOutcome.BadReturn, outputs(c), problems, null, null, "", TimeSpan.Zero))])
        {
            Formulas = formulas,
        };
        return ProblemGrader.Grade(problem, submission);
    }

    private const string UnclosedBracket = """
        answers.yaml:3:20: error: '(' is not closed (found the end of the formula where it should close)
         3 |   dZ: $\frac{1}{N} (\psi(Z) - onehot(y)$
           |                    ^
          hint: close every bracket and brace with its own kind, in order
        """;

    private static ProblemReference Bce(string id) => Problem(id, 5,
    [
        Case("public", false, Outputs(("da", Tensor.Vector(-0.3703703704, 0.4166666667, -0.5555555556)))),
        Case("hidden-1", true, Outputs(("da", Tensor.Vector(1.5, -2.25)))),
    ]);
}
