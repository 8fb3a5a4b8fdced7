using Grader.Checking;
using Grader.Core.Tests.Reports;
using Grader.Core.Tests.Running;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Testing;
using Grader.Values;

namespace Grader.Core.Tests.Grading;

/// <summary>
/// Grades every example submission once, for real (sandbox, Python, Roslyn), and checks that each
/// report says what the example was written to show; the student's feedback is snapshotted.
/// </summary>
[NonParallelizable]
public sealed partial class ExampleSubmissionsTests
{
    private static readonly Dictionary<string, ScoreReport> Reports = [];

    [OneTimeSetUp]
    public static async Task GradeEveryExample()
    {
        var catalog = ProblemCatalog.Load(TestPaths.Problems);
        Assert.That(catalog.Errors, Is.Empty);
        var plan = GradingPlan.Create(catalog.Problems, RunLimits.Default);
        using var runner = new SubmissionRunner(new SandboxOptions());
        var grader = new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions()));
        foreach (var name in ExampleManifest.Names())
        {
            Reports[name] = await grader.GradeAsync(Path.Combine(TestPaths.Examples, name));
        }
    }

    [TestCaseSource(typeof(ExampleManifest), nameof(ExampleManifest.Names))]
    public void Grade_Example_ReportShowsWhatItWasWrittenFor(string example)
    {
        var report = Reports[example];
        var expected = ExampleManifest.Examples[example];
        Assert.Multiple(() =>
        {
            foreach (var problem in report.Problems)
            {
                var verdict = expected.GetValueOrDefault(problem.ProblemId, "missing");
                var what = $"{example}/{problem.ProblemId}: {problem.Feedback}";
                switch (verdict)
                {
                    case "passed":
                        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed), what);
                        Assert.That(problem.Score, Is.EqualTo(problem.MaxScore), what);
                        break;
                    case "missing":
                        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Missing), what);
                        break;
                    case var raised when raised.StartsWith("raised ", StringComparison.Ordinal):
                        Assert.That(problem.Status, Is.Not.EqualTo(ProblemStatus.Passed), what);
                        Assert.That(problem.Feedback, Does.Contain(raised + " at "), what);
                        break;
                    default:
                        Assert.That(problem.Status, Is.Not.EqualTo(ProblemStatus.Passed), what);
                        Assert.That(problem.DiagnosisIds, Does.Contain(verdict), what);
                        break;
                }
            }
        });
    }

    [TestCaseSource(typeof(ExampleManifest), nameof(ExampleManifest.Names))]
    public Task Grade_Example_FeedbackMatchesSnapshot(string example) =>
        Snapshot.Verify(Snapshot.Scrub(ReportFormats.Get("md").Render(Reports[example])), "md", methodName: "Feedback_" + example);

    [Test]
    public void Grade_CorrectSolutions_EarnEveryPoint()
    {
        // python-correct derives the derivation problems in a write-up too; the others answer the 155 points with code;
        // experiments-correct trains the four experiment problems (50 points): together, the catalogue's 245
        Assert.That(Reports["python-correct"].Score, Is.EqualTo(195));
        Assert.That(Reports["experiments-correct"].Score, Is.EqualTo(50));
        Assert.That(Reports["python-correct"].Score + Reports["experiments-correct"].Score, Is.EqualTo(Reports["python-correct"].MaxScore).And.EqualTo(245));
        foreach (var example in new[] { "csharp-correct", "answers" })
        {
            Assert.That(Reports[example].Score, Is.EqualTo(155), example);
        }
    }

    [Test]
    public void Grade_Examples_GradescopeAndJUnitOutputsAreValid()
    {
        foreach (var (name, report) in Reports)
        {
            Assert.That(GradescopeSchema.Validate(ReportFormats.Get("gradescope").Render(report)), Is.Empty, name);
            Assert.That(JUnitSchema.Validate(ReportFormats.Get("junit").Render(report)), Is.Empty, name);
        }
    }

    [Test]
    public void Grade_StudentFeedback_NeverShowsHiddenCaseValues()
    {
        // Hidden inputs are random draws: none of their numbers may appear in what students read.
        var plan = GradingPlan.Create(ProblemCatalog.Load(TestPaths.Problems).Problems, RunLimits.Default);
        var hiddenNumbers = plan.Problems
            .SelectMany(p => p.Solution.Cases.Where(c => c.Case.Hidden))
            .SelectMany(c => c.Case.Inputs.Values.Concat(c.Expected.Values))
            .SelectMany(Values.ValueMath.Entries)
            .Where(x => Math.Abs(x % 1) > 1e-3)
            .Select(x => Values.ValueText.Short(x, 6))
            .Where(s => s.Length >= 7)
            .ToHashSet();
        foreach (var (name, report) in Reports)
        {
            var feedback = ReportFormats.Get("md").Render(report);
            var numbers = System.Text.RegularExpressions.Regex.Matches(feedback, @"-?\d+\.\d+(?:[eE][-+]?\d+)?").Select(m => m.Value);
            var leaked = numbers.Where(hiddenNumbers.Contains).Take(3).ToList();
            Assert.That(leaked, Is.Empty, name);
        }
    }
}
