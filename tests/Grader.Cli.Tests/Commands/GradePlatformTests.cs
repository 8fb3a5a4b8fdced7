using System.Diagnostics;
using System.Text.Json;

namespace Grader.Cli.Tests.Commands;

/// <summary>grade as a platform calls it: one submission whatever it holds, past a broken spec, every report, the isolation told.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class GradePlatformTests
{
    private static string Example(string name) => Path.Combine(CliRun.Repository, "submissions", "examples", name);

    [Test]
    public async Task Grade_SingleFolderOfTwoSubfolders_IsOneSubmissionAndOneDocument()
    {
        // Given a folder holding two subfolders (as a Gradescope student might upload), one with code
        using var folder = new TemporaryFolder();
        TestFolders.Copy(Example("python-correct"), Path.Combine(folder.Path, "part1"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "part2"));
        File.WriteAllText(Path.Combine(folder.Path, "part2", "notes.txt"), "scratch");

        // When it is graded with --single
        var run = await CliRun.InRepository("grade", folder.Path, "--single", "--problem", "bce", "--format", "gradescope");

        // Then stdout is one Gradescope document, the code in the subfolder graded
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var results = JsonDocument.Parse(run.Output);
        Assert.That(results.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(5));
        Assert.That(results.RootElement.GetProperty("stdout_visibility").GetString(), Is.EqualTo("hidden"));
    }

    [Test]
    public async Task Grade_SingleWithTwoPaths_SaysItTakesOne()
    {
        var run = await CliRun.InRepository("grade", Example("python-correct"), Example("answers"), "--single");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain("--single grades one submission, but 2 were given"));
    }

    [Test]
    public async Task Grade_ProblemAskedWhileAnotherSpecIsBroken_GradesTheProblem()
    {
        // Given a problems folder with bce and a broken spec
        using var folder = new TemporaryFolder();
        var problems = Path.Combine(folder.Path, "problems");
        Directory.CreateDirectory(problems);
        foreach (var file in new[] { "bce.yaml", "bce.verified.json" })
        {
            File.Copy(Path.Combine(CliRun.Repository, "problems", file), Path.Combine(problems, file));
        }

        File.WriteAllText(Path.Combine(problems, "broken.yaml"), "id: broken\ntitle: [unclosed\n");

        // When bce is graded, and when everything is
        var one = await CliRun.Run(folder.Path, "grade", Example("python-correct"), "--problem", "bce", "--format", "json");
        var all = await CliRun.Run(folder.Path, "grade", Example("python-correct"), "--format", "json");

        // Then bce is graded (the broken spec reported), and grading everything is refused
        Assert.That(one.ExitCode, Is.Zero, one.Error);
        Assert.That(one.Error, Does.Contain("broken.yaml").And.Contain("1 other spec(s) do not load"));
        using (var json = JsonDocument.Parse(one.Output))
        {
            Assert.That(json.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(5));
        }

        Assert.That(all.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(all.Error, Does.Contain("1 spec(s) do not load"));
    }

    [Test]
    public async Task Grade_JunitWithOut_AlsoWritesTheDefaultReports()
    {
        using var folder = new TemporaryFolder();
        var run = await CliRun.InRepository("grade", Example("python-correct"), "--problem", "bce", "--format", "junit", "--out", folder.Path);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var student = Path.Combine(folder.Path, "students", "python-correct");
        Assert.That(Directory.EnumerateFiles(student).Select(Path.GetFileName), Is.SupersetOf(new[] { "junit.xml", "report.json", "feedback.md", "results.json" }));
    }

    [Test]
    public async Task Grade_VisibilityOptions_ReachResultsJson()
    {
        var run = await CliRun.InRepository("grade", Example("python-correct"), "--problem", "bce", "--format", "gradescope", "--hidden-visibility", "hidden", "--stdout-visibility", "after_published");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var results = JsonDocument.Parse(run.Output);
        Assert.That(results.RootElement.GetProperty("stdout_visibility").GetString(), Is.EqualTo("after_published"));
        var hidden = results.RootElement.GetProperty("tests").EnumerateArray().Where(t => !t.GetProperty("name").GetString()!.Contains("public", StringComparison.Ordinal));
        Assert.That(hidden.Select(t => t.GetProperty("visibility").GetString()), Is.All.EqualTo("hidden"));
    }

    [Test]
    public async Task Grade_MetadataThatIsNotGradescopes_IsReportedAndGradingGoesOn()
    {
        using var folder = new TemporaryFolder();
        var metadata = Path.Combine(folder.Path, "submission_metadata.json");
        File.WriteAllText(metadata, "{\n  \"users\": [\n    {\"name\": \"Ada\",, }\n]}");

        var run = await CliRun.InRepository("grade", Example("python-correct"), "--problem", "bce", "--format", "json", "--gradescope-metadata", metadata);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Error, Does.Contain("submission_metadata.json:3: not Gradescope's submission metadata"));
    }

    [Test]
    public async Task Grade_Metadata_NamesTheSubmissionBySubmitters()
    {
        using var folder = new TemporaryFolder();
        var metadata = Path.Combine(folder.Path, "submission_metadata.json");
        File.WriteAllText(metadata, """{"users": [{"email": "ada@example.edu", "id": 7, "name": "Ada Lovelace"}, {"email": "cb@example.edu", "id": 8, "name": "Charles Babbage"}]}""");

        var run = await CliRun.InRepository("grade", Example("python-correct"), "--problem", "bce", "--format", "json", "--gradescope-metadata", metadata);

        using var json = JsonDocument.Parse(run.Output);
        Assert.That(json.RootElement.GetProperty("submission").GetString(), Is.EqualTo("Ada Lovelace <ada@example.edu>, Charles Babbage <cb@example.edu>"));
    }

    /// <summary>
    /// Not root, and bubblewrap unable to make namespaces: no user to run student code as but the
    /// grader's own, so nothing runs, and the message says why (run as nobody, in a process of its own).
    /// </summary>
    [Test]
    public void Grade_IsolationAutoWithoutBubblewrapAndNotRoot_RefusesToRunStudentCode()
    {
        Assume.That(Environment.IsPrivilegedProcess, "the test drops from root to nobody");
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_101_101);
        var fake = Path.Combine(folder.Path, "bwrap");
        File.WriteAllText(fake, "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n");
        File.SetUnixFileMode(fake, (UnixFileMode)0b111_101_101);
        // The grader, the problem and the submission where nobody may read them, wherever the clone is
        // (a clone under mktemp -d is root's alone)
        var cli = Path.Combine(CopyReadable(AppContext.BaseDirectory, Path.Combine(folder.Path, "bin")), "Grader.Cli.dll");
        var problems = Path.Combine(folder.Path, "problems");
        Directory.CreateDirectory(problems);
        File.SetUnixFileMode(problems, (UnixFileMode)0b111_101_101);
        foreach (var file in new[] { "bce.yaml", "bce.verified.json" })
        {
            File.Copy(Path.Combine(CliRun.Repository, "problems", file), Path.Combine(problems, file));
            File.SetUnixFileMode(Path.Combine(problems, file), (UnixFileMode)0b110_100_100);
        }

        var submission = CopyReadable(Example("python-correct"), Path.Combine(folder.Path, "python-correct"));
        var start = new ProcessStartInfo("/usr/bin/setpriv", [
            "--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet", cli, "grade", submission,
            "--problem", "bce", "--isolation", "auto", "--problems", problems, "--format", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.Path,
        };
        start.Environment["PATH"] = folder.Path + ":/usr/bin:/bin";
        start.Environment["HOME"] = folder.Path;
        start.Environment["DOTNET_CLI_HOME"] = folder.Path;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.EqualTo(GraderApp.BadInput), error);
        Assert.That(error, Does.Contain("no isolation available: bubblewrap cannot run here (exit code 1: bwrap: No permissions to create new namespace)"));
        Assert.That(error, Does.Contain("it needs root").And.Contain("does not run student code as its own user"));
        Assert.That(output.Result, Is.Empty);
    }

    /// <summary>A copy of a folder that any user may read.</summary>
    private static string CopyReadable(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories).Prepend(from))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, directory));
            Directory.CreateDirectory(target);
            File.SetUnixFileMode(target, (UnixFileMode)0b111_101_101);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            File.Copy(file, target);
            File.SetUnixFileMode(target, (UnixFileMode)0b110_100_100);
        }

        return to;
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("grader-platform-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
