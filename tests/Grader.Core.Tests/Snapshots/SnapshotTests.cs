using System.Text;
using Grader.Testing;

namespace Grader.Core.Tests.Snapshots;

public sealed class SnapshotTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "grader-snapshot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string kind) => Path.Combine(_directory, $"FooTests.Bar.{kind}.txt");

    [Test]
    public void Compare_NoVerifiedFile_WritesReceivedAndFailsWithHowToAccept()
    {
        var result = Snapshot.Compare("line 1\r\nline 2", _directory, "FooTests.Bar", "txt", accept: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.New));
            Assert.That(result.Message, Does.Contain("rename FooTests.Bar.received.txt to FooTests.Bar.verified.txt").And.Contain("GRADER_ACCEPT_SNAPSHOTS=1"));
            Assert.That(File.ReadAllBytes(PathOf("received")), Is.EqualTo(Encoding.UTF8.GetBytes("line 1\nline 2")), "UTF-8 without BOM, LF");
            Assert.That(File.Exists(PathOf("verified")), Is.False);
        });
    }

    [Test]
    public void Compare_EqualToVerified_PassesAndDeletesAStaleReceivedFile()
    {
        File.WriteAllText(PathOf("verified"), "same\r\ntext");
        File.WriteAllText(PathOf("received"), "stale");

        var result = Snapshot.Compare("same\ntext", _directory, "FooTests.Bar", "txt", accept: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Equal));
            Assert.That(result.Message, Is.Null);
            Assert.That(File.Exists(PathOf("received")), Is.False);
        });
    }

    [Test]
    public void Compare_Changed_WritesReceivedAndShowsALineDiff()
    {
        File.WriteAllText(PathOf("verified"), "a\nb\nc\nd\ne\nf\ng\nh");

        var result = Snapshot.Compare("a\nb\nc\nd\nE\nf\ng\nh", _directory, "FooTests.Bar", "txt", accept: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Changed));
            Assert.That(result.Message, Does.Contain("  c\n  d\n- e\n+ E\n  f\n  g"));
            Assert.That(result.Message, Does.Not.Contain("  a\n"));
            Assert.That(File.ReadAllText(PathOf("received")), Is.EqualTo("a\nb\nc\nd\nE\nf\ng\nh"));
            Assert.That(File.ReadAllText(PathOf("verified")), Is.EqualTo("a\nb\nc\nd\ne\nf\ng\nh"));
        });
    }

    [Test]
    public void Compare_ChangedWithAccept_OverwritesVerified()
    {
        File.WriteAllText(PathOf("verified"), "old");

        var result = Snapshot.Compare("new", _directory, "FooTests.Bar", "txt", accept: true);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Accepted));
            Assert.That(File.ReadAllText(PathOf("verified")), Is.EqualTo("new"));
            Assert.That(File.Exists(PathOf("received")), Is.False);
        });
    }

    [Test]
    public void Verify_Mismatch_FailsTheTest()
    {
        var file = Path.Combine(_directory, "FooTests.cs");
        File.WriteAllText(PathOf("verified"), "expected");
        var accept = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable);
        Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, null);

        try
        {
            Assert.That(
                () => Snapshot.Verify("actual", file: file, member: "Bar"),
                Throws.InstanceOf<AssertionException>().With.Message.Contains("+ actual"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, accept);
        }
    }

    [Test]
    public async Task Verify_Equal_CanBeAwaited()
    {
        var file = Path.Combine(_directory, "FooTests.cs");
        File.WriteAllText(Path.Combine(_directory, "FooTests.Baz.verified.json"), "{}");

        await Snapshot.Verify("{}", extension: "json", file: file, member: "Baz");

        Assert.That(File.Exists(Path.Combine(_directory, "FooTests.Baz.received.json")), Is.False);
    }

    [Test]
    public void Verify_ThisTestsOwnSnapshot_MatchesTheFileNextToIt()
    {
        Snapshot.Verify("A snapshot next to SnapshotTests.cs.\n");
    }

    [Test]
    public void Scrub_PathsTimesAndDurations_AreReplaced()
    {
        var text = string.Join(
            "\n",
            $"file {Path.Combine(Path.GetTempPath(), "x", "hw.py")}",
            "graded at 2026-11-22T03:24:16.123Z, started 2026-11-22T03:24:16.123Z, ended 2026-11-22T03:25:00+01:00",
            "took 0.123 s and 12 ms, 4 cases",
            "\"execution_time\": 1.23, \"duration_seconds\": 4.5e-05,",
            "<testcase name=\"public\" time=\"0.012\" />");

        var scrubbed = Snapshot.Scrub(text, new Dictionary<string, string> { ["hw.py"] = "{File}" });

        Assert.That(scrubbed, Is.EqualTo(string.Join(
            "\n",
            "file {TempPath}/x/{File}",
            "graded at Time_1, started Time_1, ended Time_2",
            "took Duration and Duration, 4 cases",
            "\"execution_time\": Duration, \"duration_seconds\": Duration,",
            "<testcase name=\"public\" time=\"Duration\" />")));
    }

    [Test]
    public void Scrub_TheProjectDirectory_BecomesAPlaceholder()
    {
        var here = Path.GetDirectoryName(ThisFile())!;
        var projectDirectory = Path.GetDirectoryName(here)!;

        var scrubbed = Snapshot.Scrub($"at {Path.Combine(projectDirectory, "Reports", "X.cs")}:3");

        Assert.That(scrubbed, Is.EqualTo("at {ProjectDirectory}/Reports/X.cs:3"));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string file = "") => file;
}
