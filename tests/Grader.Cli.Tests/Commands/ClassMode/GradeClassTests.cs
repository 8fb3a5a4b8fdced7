using System.Globalization;
using System.Text.Json;
using Grader.Class.Reports;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>
/// A generated class graded for real (sandbox, Python): one uninterrupted run is the reference that
/// a run killed halfway and resumed, and four shards merged, must reproduce exactly.
/// The class has the 200 submissions; GRADER_CLASS_SIZE sets another size.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class GradeClassTests
{
    private GeneratedClass _class = null!;
    private string _full = null!;
    private int _size;

    /// <summary>The options every run of this fixture shares: two problems keep the suite fast.</summary>
    internal static string[] Grade(string submissions, string output, params string[] more) =>
    [
        "grade", submissions, "--out", output, "--problems", Path.Combine(CliRun.Repository, "problems"),
        "--problem", "toy-network", "--problem", "softmax-ce", .. more,
    ];

    [OneTimeSetUp]
    public async Task GradeTheWholeClassOnce()
    {
        _size = int.TryParse(Environment.GetEnvironmentVariable("GRADER_CLASS_SIZE"), CultureInfo.InvariantCulture, out var size) ? size : 200;
        _class = GeneratedClass.Create(_size);
        _full = _class.Out("full");
        var run = await CliRun.Run(_class.Root, Grade(_class.Submissions, _full));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [OneTimeTearDown]
    public void RemoveTheClass() => _class.Dispose();

    [Test]
    public void Grade_WholeClass_WritesEverySubmissionAndTheClassFiles()
    {
        // Given the class graded once (in the fixture)
        // When its output folder is read
        var rows = File.ReadAllLines(Path.Combine(_full, "gradebook.csv"));

        // Then every submission has a row, its reports and a completion record, and the class files exist
        Assert.That(rows, Has.Length.EqualTo(_size + 1));
        Assert.That(rows[0], Is.EqualTo("submission,toy-network,softmax-ce,total"));
        Assert.That(rows[1], Is.EqualTo("student-001,20,15,35"));
        foreach (var student in Enumerable.Range(0, _size).Select(GeneratedClass.StudentName))
        {
            AssertComplete(Path.Combine(_full, "students", student));
        }

        Assert.That(Path.Combine(_full, "summary.md"), Does.Exist);
        Assert.That(Path.Combine(_full, "report.html"), Does.Exist);
    }

    [Test]
    public async Task Grade_KilledHalfwayThenRerun_GradebookEqualsUninterruptedRun()
    {
        // Given a grader process killed with SIGKILL when half the class is graded
        var output = _class.Out("killed");
        using (var process = GraderProcess.Start(_class.Root, Grade(_class.Submissions, output, "--jobs", "2")))
        {
            var reported = await GraderProcess.KillAfterAsync(process, _size / 2, TimeSpan.FromMinutes(5));
            Assert.That(reported, Is.EqualTo(_size / 2), "the grader ended before it was killed");
        }

        // Then whatever has a completion record is whole, and the class is not finished
        var recorded = Directory.GetDirectories(Path.Combine(output, "students")).Where(d => File.Exists(Path.Combine(d, CompletionRecord.FileName))).ToList();
        Assert.That(recorded, Has.Count.InRange(_size / 2, _size - 1));
        recorded.ForEach(AssertComplete);
        Assert.That(Path.Combine(output, "gradebook.csv"), Does.Not.Exist);

        // When the same command runs again
        var rerun = await CliRun.Run(_class.Root, Grade(_class.Submissions, output));

        // Then it skips what was done, leaves no temporary file, and the gradebook is the uninterrupted one
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        Assert.That(rerun.Output, Does.Contain($"unchanged {recorded.Count} of {_size}"));
        Assert.That(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories), Is.Empty);
        Assert.That(Gradebook(output), Is.EqualTo(Gradebook(_full)));
        Assert.That(File.ReadAllText(Path.Combine(output, "summary.md")), Is.EqualTo(File.ReadAllText(Path.Combine(_full, "summary.md"))));
    }

    [Test]
    public async Task Grade_InterruptedWithCtrlC_SaysWhatIsKeptAndARerunFinishesTheClass()
    {
        // Given a grader process sent SIGINT when a quarter of the class is graded
        var output = _class.Out("interrupted");
        int reported;
        string error;
        int exitCode;
        using (var process = GraderProcess.Start(_class.Root, Grade(_class.Submissions, output, "--jobs", "2")))
        {
            (reported, error) = await GraderProcess.InterruptAfterAsync(process, _size / 4, TimeSpan.FromMinutes(5));
            exitCode = process.ExitCode;
        }

        // Then it ends as a shell expects after Ctrl-C, saying what it kept and what to do
        Assert.That(reported, Is.EqualTo(_size / 4), "the grader ended before it was interrupted");
        Assert.That(exitCode, Is.EqualTo(130));
        Assert.That(error, Does.Contain("grader: interrupted;").And.Contain("Run the same command again to grade the rest"));

        // When the same command runs again
        var rerun = await CliRun.Run(_class.Root, Grade(_class.Submissions, output));

        // Then the class is finished with the uninterrupted gradebook
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        Assert.That(Gradebook(output), Is.EqualTo(Gradebook(_full)));
    }

    [Test]
    public async Task Merge_FourShards_EqualsUnshardedRun()
    {
        // Given the class graded in four shards
        var shards = new List<string>();
        for (var k = 1; k <= 4; k++)
        {
            var shard = _class.Out($"shard-{k}");
            var run = await CliRun.Run(_class.Root, Grade(_class.Submissions, shard, "--shard", $"{k}/4"));
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            shards.Add(shard);
        }

        // When the shards are merged
        var merged = _class.Out("merged");
        var merge = await CliRun.Run(_class.Root, ["merge", .. shards, "--out", merged]);

        // Then the shards are disjoint, and the merged class files are the unsharded run's
        Assert.That(merge.ExitCode, Is.Zero, merge.Error);
        Assert.That(shards.Sum(s => File.ReadAllLines(Path.Combine(s, "gradebook.csv")).Length - 1), Is.EqualTo(_size));
        Assert.That(Gradebook(merged), Is.EqualTo(Gradebook(_full)));
        Assert.That(File.ReadAllText(Path.Combine(merged, "summary.md")), Is.EqualTo(File.ReadAllText(Path.Combine(_full, "summary.md"))));
        Assert.That(File.ReadAllText(Path.Combine(merged, "report.html")), Is.EqualTo(File.ReadAllText(Path.Combine(_full, "report.html"))));
        Assert.That(Directory.GetDirectories(Path.Combine(merged, "students")), Has.Length.EqualTo(_size));
    }

    [Test]
    public async Task Merge_OverlappingShards_RefusesWithBothFolders()
    {
        // Given a copy of the whole run, as if one shard had been graded twice
        var copy = _class.Out("full-again");
        var first = await CliRun.Run(_class.Root, ["merge", _full, "--out", copy]);
        Assert.That(first.ExitCode, Is.Zero, first.Error);

        // When both are merged
        var merged = _class.Out("overlap");
        var run = await CliRun.Run(_class.Root, ["merge", _full, copy, "--out", merged]);

        // Then the merge is refused before anything is written
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain($"submission 'student-001' is in both {_full} and {copy}"));
        Assert.That(merged, Does.Not.Exist);
    }

    [Test]
    public async Task Merge_ShardHoldsAStudentNoLongerInTheClass_LeavesThemOut()
    {
        // Given two shards, one of which still holds the graded folder of a student removed since
        var shards = await GradeShardsAsync("stale", 2);
        CopyGradedFolder(Path.Combine(_full, "students", GeneratedClass.StudentName(0)), Path.Combine(shards[0], "students", "student-removed"));

        // When the shards are merged
        var merged = _class.Out("stale-merged");
        var merge = await CliRun.Run(_class.Root, ["merge", .. shards, "--out", merged]);

        // Then the class files are the unsharded run's, and the merge says whom it left out
        Assert.That(merge.ExitCode, Is.Zero, merge.Error);
        Assert.That(Gradebook(merged), Is.EqualTo(Gradebook(_full)));
        Assert.That(merge.Output, Does.Contain("left out 1 folder(s)").And.Contain("student-removed"));
    }

    [Test]
    public async Task Merge_ShardWhoseRunDidNotFinish_RefusesAndSaysWhatToRerun()
    {
        // Given two shards, one of which lost a submission's results (its run was killed before the end)
        var shards = await GradeShardsAsync("unfinished", 2);
        var lost = Directory.GetDirectories(Path.Combine(shards[1], "students")).Order(StringComparer.Ordinal).First();
        File.Delete(Path.Combine(lost, CompletionRecord.FileName));

        // When the shards are merged
        var merged = _class.Out("unfinished-merged");
        var merge = await CliRun.Run(_class.Root, ["merge", .. shards, "--out", merged]);

        // Then the merge is refused before anything is written
        Assert.That(merge.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(merge.Error, Does.Contain($"{shards[1]} is incomplete: 1 of its {_size / 2} submission(s) have no results ({Path.GetFileName(lost)})")
            .And.Contain("rerun that shard's grade command"));
        Assert.That(merged, Does.Not.Exist);
    }

    [Test]
    public async Task Merge_SliceFileIsNotAListOfNames_RefusesNamingTheFile()
    {
        // Given a graded folder whose list of submissions was overwritten with something else
        var copy = _class.Out("bad-slice");
        var first = await CliRun.Run(_class.Root, ["merge", _full, "--out", copy]);
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var slice = Path.Combine(copy, ".grader-slice.json");
        File.WriteAllText(slice, "{\"submissions\": 3}");

        // When it is merged
        var merged = _class.Out("bad-slice-merged");
        var run = await CliRun.Run(_class.Root, ["merge", copy, "--out", merged]);

        // Then the merge is refused before anything is written, saying which file and what to do
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain($"{slice}: not a list of submission names").And.Contain("rerun that grading command"));
        Assert.That(merged, Does.Not.Exist);
    }

    private async Task<List<string>> GradeShardsAsync(string name, int count)
    {
        var shards = new List<string>();
        for (var k = 1; k <= count; k++)
        {
            var shard = _class.Out($"{name}-{k}");
            var run = await CliRun.Run(_class.Root, Grade(_class.Submissions, shard, "--shard", $"{k}/{count}"));
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            shards.Add(shard);
        }

        return shards;
    }

    private static void CopyGradedFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private static string Gradebook(string folder) => File.ReadAllText(Path.Combine(folder, "gradebook.csv"));

    /// <summary>A graded submission: its record and every report, each a whole file.</summary>
    private static void AssertComplete(string folder)
    {
        Assert.That(CompletionRecord.TryRead(Path.Combine(folder, CompletionRecord.FileName)), Is.Not.Null, folder);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.That(File.ReadAllText(Path.Combine(folder, "feedback.md")), Is.Not.Empty);
    }
}
