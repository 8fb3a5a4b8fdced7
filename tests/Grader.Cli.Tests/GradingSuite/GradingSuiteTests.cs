using System.Text.Json;
using Grader.Class.GradeSnapshots;
using Grader.Reference;
using Grader.Reports;
using YamlDotNet.RepresentationModel;

namespace Grader.Cli.Tests.GradingSuite;

/// <summary>
/// The grading suite (grading/Grader.Grading.Tests) as an instructor runs it: <c>dotnet test</c> with the
/// TRX and JUnit loggers over the examples, with a hostile submission and one whose accepted grades are
/// out of date beside them; then filtered to one problem; then accepting changed grades. Each test reads
/// back what the runs wrote. The three runs go at once: the suite is most of this project's time.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class GradingSuiteTests
{
    /// <summary>Retitles and clears the terminal, then reverses the text after it.</summary>
    private const string Hostile = "eve\u001b]0;pwned\u0007\u001b[2J\u202e";

    private string _scratch = null!;
    private SuiteResults _examples = null!;
    private SuiteResults _filtered = null!;
    private SuiteResults _accepted = null!;
    private string _regraded = null!;
    private string _accepting = null!;

    [OneTimeSetUp]
    public async Task RunTheSuite()
    {
        _scratch = Directory.CreateTempSubdirectory("grader-suite-").FullName;

        // The examples as they are in the repository (their accepted grades too), and two more students
        var examples = Path.Combine(_scratch, "class", "examples");
        TestFolders.Copy(Path.Combine(CliRun.Repository, "submissions", "examples"), examples);
        AddHostile(Path.Combine(_scratch, "class", "extra", Hostile));
        _regraded = Path.Combine(_scratch, "class", "extra", "regraded");
        TestFolders.Copy(Path.Combine(examples, "toy-transposed"), _regraded);
        File.WriteAllText(GradeSnapshotFile.VerifiedPath(_regraded), PassedToyNetwork("regraded"));

        // A small class for the filtered run, and one whose out-of-date grades are accepted
        TestFolders.Copy(Path.Combine(examples, "toy-transposed"), Path.Combine(_scratch, "small", "toy-transposed"));
        TestFolders.Copy(Path.Combine(examples, "softmax-zero"), Path.Combine(_scratch, "small", "softmax-zero"));
        _accepting = Path.Combine(_scratch, "accepting", "toy-transposed");
        TestFolders.Copy(Path.Combine(examples, "toy-transposed"), _accepting);
        File.WriteAllText(GradeSnapshotFile.VerifiedPath(_accepting), PassedToyNetwork("toy-transposed"));

        var runs = await Task.WhenAll(
            SuiteProcess.RunAsync(Path.Combine(_scratch, "class"), Path.Combine(_scratch, "results-class")),
            SuiteProcess.RunAsync(Path.Combine(_scratch, "small"), Path.Combine(_scratch, "results-small"), "Category=toy-network"),
            SuiteProcess.RunAsync(Path.Combine(_scratch, "accepting"), Path.Combine(_scratch, "results-accepting"), "Category=grades", new Dictionary<string, string?> { ["GRADER_ACCEPT_SNAPSHOTS"] = "1" }));
        (_examples, _filtered, _accepted) = (runs[0], runs[1], runs[2]);
    }

    [OneTimeTearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public void Examples_EveryAttemptedProblem_PassesOrFailsAsExpectedYamlSays()
    {
        // Given what each example was written to show, when the suite graded them,
        // then each example has a test per problem: passed ⇒ Passed, a diagnosis ⇒ Failed, not attempted ⇒ not run
        var wrong = new List<string>();
        var executed = 0;
        foreach (var (example, verdicts) in Expected())
        {
            foreach (var problem in Catalog.Problems.Select(p => p.Id))
            {
                var name = $"{example} / {problem}";
                var want = verdicts.TryGetValue(problem, out var verdict) ? verdict == "passed" ? "Passed" : "Failed" : "NotExecuted";
                var got = _examples.Tests.TryGetValue(name, out var result) ? result.Outcome : "no test";
                executed += got is "Passed" or "Failed" ? 1 : 0;
                if (got != want)
                {
                    wrong.Add($"{name}: {got}, expected {want} ({verdict ?? "not attempted"}) {result?.Message}");
                }
            }
        }

        Assert.That(wrong, Is.Empty, _examples.Output);
        Assert.That(executed, Is.EqualTo(Expected().Sum(e => e.Value.Count)), "one test per example and attempted problem");
        Assert.That(_examples.Tests["toy-scaled / bce"].Message, Does.StartWith("not attempted"));
        Assert.That(_examples.Tests["Course_ProblemsAndSubmissions_Load"].Outcome, Is.EqualTo("Passed"));
    }

    [Test]
    public void Examples_Grades_EqualTheAcceptedOnesInTheRepository()
    {
        var moved = Expected().Keys.Select(e => _examples.Tests[$"{e} / grades"]).Where(r => r.Outcome != "Passed").Select(r => r.Message);
        Assert.That(moved, Is.Empty, "an example's grades moved: if that is meant, ./grader approve-grades submissions/examples accepts them");
    }

    [Test]
    public void Examples_FailedTest_MessageIsTheStudentsFeedbackForThatProblem()
    {
        var test = _examples.Tests["toy-relu-mask-missing / toy-network"];
        Assert.That(test.Message, Does.StartWith("# Feedback: toy-relu-mask-missing"));
        Assert.That(test.Message, Does.Contain("## toy-network: failed").Or.Contain("## toy-network: partial"));
        Assert.That(test.Message, Does.Contain("relu-mask-missing").And.Not.Contain("## softmax-ce"));
    }

    [Test]
    public void Examples_ProblemTests_CarryCategoryWeightVisibilityAndScore()
    {
        // Given toy-scaled's toy-network test (20 points, scaled: 0 of 20)
        var properties = _examples.JUnitProperties.Single(p => p.Key.EndsWith("toy-scaled / toy-network", StringComparison.Ordinal)).Value;
        var output = _examples.Tests["toy-scaled / toy-network"].Output;

        // Then JUnit has Gradescope's properties (the logger keeps no category), and the TRX (which keeps
        // neither) has them in the test's output, with the score
        Assert.That(properties["Weight"], Is.EqualTo("20"));
        Assert.That(properties["Visibility"], Is.EqualTo("after_published"));
        Assert.That(output.Split('\n').Take(6), Is.EqualTo(new[] { "score: 0 / 20", "status: failed", "diagnoses: scaled", "category: toy-network", "weight: 20", "visibility: after_published" }));
        Assert.That(_examples.Tests["python-correct / two-layer-l2"].Output, Does.StartWith("score: 25 / 25\nstatus: passed"));
    }

    [Test]
    public void Examples_ProblemTests_AttachTheInstructorsReportAndTheStudentsFeedback()
    {
        // Given every test of an attempted problem, then the TRX lists its two reports, copied into the results
        var missing = new List<string>();
        foreach (var (example, verdicts) in Expected())
        {
            foreach (var problem in verdicts.Keys)
            {
                var files = _examples.Tests[$"{example} / {problem}"].Files;
                if (files.Select(Path.GetFileName).Order().SequenceEqual([$"{problem}.feedback.md", $"{problem}.report.json"]) && files.All(File.Exists))
                {
                    continue;
                }

                missing.Add($"{example} / {problem}: {string.Join(", ", files)}");
            }
        }

        Assert.That(missing, Is.Empty);
        var report = _examples.Tests["toy-transposed / toy-network"].Files.Single(f => f.EndsWith(".report.json", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.That(json.RootElement.GetProperty("problems").GetArrayLength(), Is.EqualTo(1), "the report of that problem alone");
    }

    [Test]
    public void Hostile_Submission_FailsOnlyItsOwnTestsAndNothingItWroteActs()
    {
        // Given the hostile submission graded beside the examples (whose outcomes are checked above)
        var shown = InertText.Escape(Hostile);
        var own = _examples.Tests.Where(t => t.Key.StartsWith(shown + " / ", StringComparison.Ordinal)).ToDictionary();

        // Then its one attempted problem and its (never accepted) grades fail, its other problems are not run
        Assert.That(own[$"{shown} / toy-network"].Outcome, Is.EqualTo("Failed"));
        Assert.That(own[$"{shown} / grades"].Outcome, Is.EqualTo("Failed"));
        Assert.That(own.Count(t => t.Value.Outcome == "NotExecuted"), Is.EqualTo(Catalog.Problems.Count - 1));
        Assert.That(File.ReadAllText(GradeSnapshotFile.VerifiedPath(_regraded)), Is.EqualTo(PassedToyNetwork("regraded")), "another student's accepted grades are out of its reach");

        // And no control or bidi character reaches the TRX, the JUnit XML or the console
        var written = _examples.Trx.ToString() + _examples.JUnit + _examples.Output;
        Assert.That(written.Where(c => InertText.IsActive(c) && c is not '\n' and not '\r' and not '\t').Distinct(), Is.Empty);
    }

    [Test]
    public void Regraded_GradeThatMoved_FailsWithALineDiffAndWritesTheReceivedFile()
    {
        // Given a student whose accepted grades say toy-network passed, and who is now graded transposed
        var test = _examples.Tests["regraded / grades"];

        // Then the grades test fails, with a diff of the moved line, and the new grades are beside the old
        Assert.That(test.Outcome, Is.EqualTo("Failed"));
        Assert.That(test.Message, Does.Contain("regraded: the grades differ from the accepted ones"));
        Assert.That(test.Message, Does.Contain("- ").And.Contain("\"toy-network\": {\"status\": \"passed\", \"score\": 20"));
        Assert.That(test.Message, Does.Match(@"\+ +""toy-network"": \{""status"": ""(failed|partial)"", .*""transposed"""));
        Assert.That(test.Message, Does.Contain("./grader approve-grades"));
        Assert.That(File.ReadAllText(GradeSnapshotFile.ReceivedPath(_regraded)), Does.Contain("transposed"));
        Assert.That(test.Files.Select(Path.GetFileName), Is.EqualTo(new[] { "grades.received.json" }));
        Assert.That(File.ReadAllText(test.Files[0]), Is.EqualTo(File.ReadAllText(GradeSnapshotFile.ReceivedPath(_regraded))));
    }

    [Test]
    public void Filter_OneCategory_GradesOnlyThatProblem()
    {
        // Given the small class run with --filter Category=toy-network
        // Then only toy-network's tests ran, and each submission's fixture graded toy-network alone
        Assert.That(_filtered.Tests.Keys, Is.EquivalentTo(new[] { "toy-transposed / toy-network", "softmax-zero / toy-network" }));
        Assert.That(_filtered.Tests["toy-transposed / toy-network"].Outcome, Is.EqualTo("Failed"));
        Assert.That(_filtered.Tests["softmax-zero / toy-network"].Outcome, Is.EqualTo("NotExecuted"));
        var graded = _filtered.RunOutput.Split('\n').Where(l => l.StartsWith("graded ", StringComparison.Ordinal)).Select(l => l[..l.LastIndexOf(" (", StringComparison.Ordinal)]);
        Assert.That(graded, Is.EquivalentTo(new[] { "graded toy-transposed: toy-network", "graded softmax-zero: toy-network" }));
    }

    [Test]
    public void AcceptVariable_GradeThatMoved_UpdatesTheVerifiedFile()
    {
        // Given out-of-date accepted grades, graded with GRADER_ACCEPT_SNAPSHOTS=1
        // Then the test passes, and the verified file holds the grades as graded now
        Assert.That(_accepted.Tests["toy-transposed / grades"].Outcome, Is.EqualTo("Passed"), _accepted.Output);
        Assert.That(_accepted.Tests["toy-transposed / grades"].Output, Does.Contain("changed grades accepted into"));
        Assert.That(File.ReadAllText(GradeSnapshotFile.VerifiedPath(_accepting)), Does.Contain("\"transposed\""));
        Assert.That(GradeSnapshotFile.ReceivedPath(_accepting), Does.Not.Exist);
    }

    [Test]
    public void RuntimeConfig_GradingSuite_HasTheGradersHeapLimit()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(SuiteProcess.Assembly, ".runtimeconfig.json")));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.That(properties.GetProperty("System.GC.HeapHardLimit").GetInt64(), Is.EqualTo(1L << 30));
    }

    private static ProblemCatalog Catalog { get; } = ProblemCatalog.Load(Path.Combine(CliRun.Repository, "problems"));

    /// <summary>submissions/examples/expected.yaml: per example, per attempted problem, 'passed' or what its report must say.</summary>
    private static Dictionary<string, Dictionary<string, string>> Expected()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(CliRun.Repository, "submissions", "examples", "expected.yaml"))));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!,
            e => ((YamlMappingNode)((YamlMappingNode)e.Value).Children[new YamlScalarNode("problems")]).Children
                .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!));
    }

    private static string PassedToyNetwork(string name) =>
        $"{{\n  \"submission\": \"{name}\",\n  \"score\": 20,\n  \"max_score\": 20,\n  \"problems\": {{\n"
        + "    \"toy-network\": {\"status\": \"passed\", \"score\": 20, \"max_score\": 20, \"diagnoses\": []}\n  }\n}\n";

    /// <summary>
    /// A toy network that prints terminal escapes, tries to overwrite its own and another student's
    /// accepted grades, to kill the process that runs it and every process it can see, and returns
    /// garbage: what a student can try against the run without making it slow (limits are tested elsewhere).
    /// </summary>
    private static void AddHostile(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "solutions.py"), """
            import os, signal
            print("\x1b]0;pwned\x07\x1b[2J\r[1/1] all tests passed \u202e", flush=True)

            def toy_network_gradients(X, t, W1, b1, w2, b2):
                print("\x1b[2J\u202e", flush=True)
                for target in ("../eve.grades.verified.json", "../regraded.grades.verified.json"):
                    try:
                        with open(target, "w") as f:
                            f.write('{"toy-network": "passed"}')
                    except OSError:
                        pass
                for pid in (os.getppid(), -1):
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                return {"W1": "\x1b[2J", "b1": None}
            """);
    }
}
