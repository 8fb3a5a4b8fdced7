using Grader.Class;
using Grader.Class.Outputs;
using Grader.Class.Reports;
using Grader.Cli.Commands;
using Grader.Cli.Tests.Commands.ClassMode;
using Grader.Grading;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Cli.Tests.Commands;

/// <summary>
/// The class loop with a stand-in for grading (no sandbox): whatever goes wrong with one submission
/// costs only that one; a full disk stops the run with nothing half-written counted as done.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class ClassRunTests
{
    private string _root = null!;

    [SetUp]
    public void CreateClass() => _root = Directory.CreateTempSubdirectory("grader-classrun-").FullName;

    [TearDown]
    public void RemoveClass() => Directory.Delete(_root, recursive: true);

    [TestCase(typeof(InvalidOperationException))]
    [TestCase(typeof(OutOfMemoryException))]
    [TestCase(typeof(NullReferenceException))]
    public async Task RunAsync_GradingOneSubmissionThrows_OnlyThatOneIsNotGraded(Type fault)
    {
        // Given a class of three where grading student-002 throws (a bug, or the heap limit reached)
        var folders = Class(3);
        var output = Path.Combine(_root, "out");
        using var console = new StringWriter();

        // When the class runs
        var result = await Run(console, output, (path, _) => Path.GetFileName(path) == "student-002"
            ? throw (Exception)Activator.CreateInstance(fault, "boom \u001b]0;pwned\u0007")!
            : Task.FromResult(Report(Path.GetFileName(path)))).RunAsync(folders, CancellationToken.None);

        // Then the others are graded; student-002 has reports saying why, a gradebook row, and a record a rerun does not trust
        Assert.That(result, Is.EqualTo(new ClassRun.Result(Graded: 3, Unchanged: 0, NotGraded: 1, InClassFiles: 3)));
        Assert.That(File.ReadAllLines(Path.Combine(output, "gradebook.csv")), Is.EqualTo(new[] { "submission,total", "student-001,0", "student-002,0", "student-003,0" }));
        var feedback = File.ReadAllText(Path.Combine(output, "students", "student-002", "feedback.md"));
        Assert.That(feedback, Does.Contain($"Grader could not grade this submission ({fault.Name}: boom \\\\x1b]0;pwned\\\\x07)"));
        Assert.That(console.ToString(), Does.Contain($"student-002: not graded ({fault.Name}: boom \\x1b]0;pwned\\x07)"));
        Assert.That(CompletionRecord.TryRead(Path.Combine(output, "students", "student-002", CompletionRecord.FileName))!.FilesHash, Is.EqualTo(ClassGrader.NotGradedHash));

        // When the class runs again and grading works
        var rerun = await Run(new StringWriter(), output, (path, _) => Task.FromResult(Report(Path.GetFileName(path)))).RunAsync(folders, CancellationToken.None);

        // Then only student-002 is graded again
        Assert.That(rerun, Is.EqualTo(new ClassRun.Result(Graded: 1, Unchanged: 2, NotGraded: 0, InClassFiles: 3)));
        Assert.That(File.ReadAllText(Path.Combine(output, "students", "student-002", "feedback.md")), Does.Not.Contain("could not grade"));
    }

    [Test]
    public async Task RunAsync_DiskFillsUpMidway_KeepsWhatIsWholeAndARerunFinishes()
    {
        // Given a class of six whose reports take about 100 KiB each, and a disk with room for about two
        var folders = Class(6);
        using var disk = Tmpfs.Mount(kib: 256);
        var output = Path.Combine(disk.Path, "out");
        var padding = new string('x', 50_000);
        Task<ScoreReport> Grade(string path, CancellationToken _) =>
            Task.FromResult(Report(Path.GetFileName(path)) with { FileErrors = [new FileIssue("notes.txt", 0, 0, padding)] });

        // When the class runs
        var run = Run(new StringWriter(), output, Grade, jobs: 1);
        var full = Assert.ThrowsAsync<OutputWriteException>(() => run.RunAsync(folders, CancellationToken.None));

        // Then the run stops at the full disk; what has a record is whole, what has none is not counted, and no temporary file is left
        Assert.That(full!.NoSpace, Is.True, full.ToString());
        var recorded = Directory.GetDirectories(Path.Combine(output, "students")).Where(d => File.Exists(Path.Combine(d, CompletionRecord.FileName))).ToList();
        Assert.That(recorded, Has.Count.InRange(1, 5));
        Assert.That(run.Graded, Is.EqualTo(recorded.Count));
        foreach (var folder in recorded)
        {
            Assert.That(File.ReadAllText(Path.Combine(folder, "feedback.md")), Does.EndWith(padding + "\n"));
        }

        Assert.That(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories), Is.Empty);

        // When space is added and the class runs again
        disk.Resize(kib: 4096);
        var rerun = await Run(new StringWriter(), output, Grade).RunAsync(folders, CancellationToken.None);

        // Then the rest is graded and what was kept is not graded again
        Assert.That(rerun, Is.EqualTo(new ClassRun.Result(Graded: 6 - recorded.Count, Unchanged: recorded.Count, NotGraded: 0, InClassFiles: 6)));
    }

    private ClassRun Run(StringWriter console, string output, Func<string, CancellationToken, Task<ScoreReport>> grade, int jobs = 2)
    {
        var context = CliContext.ForTest(console, console, _root);
        var options = new ClassGradingOptions([new MarkdownReport(), new JsonReport()], [], "specs", Force: false);
        var grader = new ClassGrader(output, options, grade, (path, reason) => Report(Path.GetFileName(path)) with { FileErrors = [new FileIssue("submission", 0, 0, reason)] });
        return new ClassRun(context, grader, jobs);
    }

    private Dictionary<string, string> Class(int size)
    {
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < size; i++)
        {
            var name = GeneratedClass.StudentName(i);
            var folder = Directory.CreateDirectory(Path.Combine(_root, "class", name)).FullName;
            File.WriteAllText(Path.Combine(folder, "hw.py"), "# " + name);
            folders[folder] = name;
        }

        return folders;
    }

    /// <summary>A report with no problems: the loop, not the grading, is under test.</summary>
    private static ScoreReport Report(string name) => new(name, [], [], TimeSpan.Zero);
}
