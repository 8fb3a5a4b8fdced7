using System.Diagnostics;

namespace Grader.Cli.Tests;

/// <summary>
/// The native build that <c>./grader</c> runs (Native AOT, built by <c>./grader</c> and <c>./grader test</c>
/// into <c>.grader/bin/grader-native</c>): what trimming or compiling ahead of time could break (YamlDotNet's
/// and Spectre.Console.Cli's reflection, JSON, the runtime the C# worker needs) is on the paths the examples
/// take, so the native build must grade every example exactly as its accepted grades say, and write a class
/// folder's files as the grader tested in-process writes them.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class NativeBuildTests
{
    private static readonly string Native = Path.Combine(CliRun.Repository, ".grader", "bin", "grader-native");

    private string _root = null!;

    [SetUp]
    public void RequireTheNativeBuild()
    {
        var built = File.Exists(Native);
        if (Environment.GetEnvironmentVariable("GRADER_TEST_PREREQUISITES") == "1")
        {
            Assert.That(built, Is.True, "./grader test builds the native grader first (it needs clang and zlib1g-dev: scripts/prerequisites.sh)");
        }

        Assume.That(built, "no native build: ./grader test (or any ./grader command) builds one");
        var newer = Directory.EnumerateFiles(Path.Combine(CliRun.Repository, "src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > File.GetLastWriteTimeUtc(Native));
        Assume.That(newer, Is.Null, $"the native build is older than {newer}: ./grader test (or any ./grader command) rebuilds it");
        _root = Directory.CreateTempSubdirectory("native-build").FullName;
    }

    [TearDown]
    public void RemoveTheCopies()
    {
        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Test]
    public async Task ApproveGrades_NativeBuild_GradesEveryExampleAsAccepted()
    {
        // Given a copy of the examples with their accepted grades
        var examples = Path.Combine(_root, "examples");
        TestFolders.Copy(Path.Combine(CliRun.Repository, "submissions", "examples"), examples);
        var accepted = Directory.GetFiles(examples, "*.grades.verified.json").ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);

        // When the native build grades them as the grading suite does, accepting what differs
        var (exit, output, error) = await RunNative("approve-grades", examples, "--problems", Path.Combine(CliRun.Repository, "problems"));

        // Then it graded all of them, and every one's grades were already the accepted ones
        Assert.That(exit, Is.Zero, output + error);
        Assert.That(accepted, Has.Count.GreaterThanOrEqualTo(40));
        foreach (var (file, text) in accepted)
        {
            Assert.That(File.ReadAllText(file), Is.EqualTo(text), $"the native build graded {Path.GetFileName(file)} otherwise: {output}{error}");
        }
    }

    [Test]
    public async Task Grade_NativeBuildWithOut_WritesTheClassFilesTheTestedGraderWrites()
    {
        // Given a C# and a Python submission (the C# worker runs on the .NET runtime the native build finds)
        var submissions = Path.Combine(_root, "class");
        foreach (var name in new[] { "csharp-correct", "toy-relu-mask-missing" })
        {
            TestFolders.Copy(Path.Combine(CliRun.Repository, "submissions", "examples", name), Path.Combine(submissions, name));
        }

        string[] Args(string output) =>
            ["grade", submissions, "--out", output, "--problems", Path.Combine(CliRun.Repository, "problems"), "--problem", "toy-network", "--problem", "softmax-ce", "--format", "json"];

        // When the native build and the grader under test grade them into a class folder each
        var native = await RunNative(Args(Path.Combine(_root, "native")));
        var tested = await CliRun.Run(_root, Args(Path.Combine(_root, "tested")));

        // Then the class files are the same
        Assert.That(native.Exit, Is.Zero, native.Output + native.Error);
        Assert.That(tested.ExitCode, Is.Zero, tested.Error);
        foreach (var file in new[] { "gradebook.csv", "summary.md" })
        {
            Assert.That(File.ReadAllText(Path.Combine(_root, "native", file)), Is.EqualTo(File.ReadAllText(Path.Combine(_root, "tested", file))), file);
        }

        Assert.That(File.ReadAllText(Path.Combine(_root, "native", "gradebook.csv")), Does.Contain("csharp-correct,20,15,35"));
    }

    private async Task<(int Exit, string Output, string Error)> RunNative(params string[] args)
    {
        var start = new ProcessStartInfo(Native, args)
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GRADER_HOME"] = CliRun.Repository;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
