using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace Grader.Cli.Tests.Commands.Gradescope;

/// <summary>
/// The autograder zip as Gradescope uses it: built by <c>grader gradescope</c>, unpacked into a root
/// laid out like <c>/autograder</c> (source, submission, results), <c>setup.sh</c> run (its apt part
/// skipped: the packages are here) and <c>run_autograder</c> run for real on an example submission.
/// </summary>
[TestFixture]
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class GradescopeCommandTests
{
    private static readonly string[] Problems = ["--problem", "toy-network", "--problem", "softmax-ce"];

    private DirectoryInfo _work = null!;
    private string _zip = null!;

    [OneTimeSetUp]
    public async Task BuildTheZip()
    {
        _work = Directory.CreateTempSubdirectory("grader-gradescope-");
        _zip = Path.Combine(_work.FullName, "autograder.zip");
        var run = await CliRun.InRepository(["gradescope", "--out", _zip, .. Problems, "--hidden-visibility", "hidden"]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [OneTimeTearDown]
    public void Remove() => _work.Delete(recursive: true);

    [Test]
    public void Gradescope_Zip_HasTheScriptsAtItsRootAndTheProblemsAsked()
    {
        using var zip = ZipFile.OpenRead(_zip);
        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.That(names, Does.Contain("setup.sh").And.Contain("run_autograder").And.Contain("grader/bin/Grader.Cli.dll").And.Contain("dotnet/dotnet"));
        Assert.That(names.Where(n => n.StartsWith("grader/problems/", StringComparison.Ordinal)), Is.EquivalentTo(new[]
        {
            "grader/problems/toy-network.yaml", "grader/problems/toy-network.verified.json",
            "grader/problems/softmax-ce.yaml", "grader/problems/softmax-ce.verified.json",
        }));
        Assert.That(names.Count(n => n.StartsWith("grader/references/", StringComparison.Ordinal)), Is.EqualTo(2), "both problems' references, solved once");
        using var setup = new StreamReader(zip.GetEntry("setup.sh")!.Open());
        var script = setup.ReadToEnd();
        Assert.That(script, Does.Contain("--no-install-recommends bubblewrap python3 python3-numpy python3-matplotlib util-linux libicu-dev\n"), "no experiment problem: no sklearn, no torch");
        Assert.That(script, Does.Not.Contain("@PACKAGES@"));
        Assert.That(names, Has.None.Contains("nunit").And.None.Contains("Grader.Cli.Tests"));
        Assert.That(zip.GetEntry("run_autograder")!.ExternalAttributes >> 16 & 0b001_000_000, Is.Not.Zero, "run_autograder is executable");
    }

    [Test]
    public void Packages_ExperimentProblems_AddSklearnAndTorchWhereRequired()
    {
        var catalog = Grader.Reference.ProblemCatalog.Load(Path.Combine(CliRun.Repository, "problems"));
        Grader.Reference.CompiledProblem Problem(string id) => catalog.Problems.Single(p => p.Id == id);

        Assert.That(Cli.Gradescope.AutograderZip.Packages([Problem("bce"), Problem("digits-softmax-sgd")]), Does.Contain("python3-sklearn").And.Not.Contain("python3-torch"));
        Assert.That(Cli.Gradescope.AutograderZip.Packages([Problem("digits-mlp-torch")]), Does.Contain("python3-sklearn").And.Contain("python3-torch"));
    }

    [Test]
    public void RunAutograder_ExampleSubmission_WritesSchemaValidResultsWithItsScore()
    {
        // Given the autograder set up in a root laid out like /autograder, and a correct submission
        var root = SetUp("bubblewrap");
        TestFolders.Copy(Path.Combine(CliRun.Repository, "submissions", "examples", "python-correct"), Path.Combine(root, "submission"));
        File.WriteAllText(Path.Combine(root, "submission_metadata.json"), """{"users": [{"email": "ada@example.edu", "id": 1234, "name": "Ada Lovelace"}], "previous_submissions": []}""");

        // When Gradescope would run it
        var (exit, log) = Run(root, "run_autograder");

        // Then results.json follows Gradescope's format, with the full score and the hidden cases hidden
        Assert.That(exit, Is.Zero, log);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")));
        Assert.That(GradescopeResultsFormat.Violations(results.RootElement), Is.Empty);
        Assert.That(results.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(35));
        Assert.That(results.RootElement.GetProperty("output").GetString(), Does.Contain("Isolation: bubblewrap"));
        var tests = results.RootElement.GetProperty("tests").EnumerateArray().ToList();
        Assert.That(tests.Where(t => t.GetProperty("name").GetString()!.Contains("public", StringComparison.Ordinal)).Select(t => t.GetProperty("visibility").GetString()), Is.All.EqualTo("visible"));
        Assert.That(tests.Select(t => t.GetProperty("visibility").GetString()), Does.Contain("hidden"));
        Assert.That(log, Does.Not.Contain("metadata"), "the metadata was read");
    }

    [Test]
    public void RunAutograder_WithTheNativeBuild_GradesWithItAndSaysSo()
    {
        // Given the autograder with the native build ./grader makes (which ./grader gradescope puts in the zip), and a correct submission
        var native = Path.Combine(CliRun.Repository, ".grader", "bin", Cli.Bench.GraderCommand.NativeFile);
        if (Environment.GetEnvironmentVariable("GRADER_TEST_PREREQUISITES") == "1")
        {
            Assert.That(native, Does.Exist, "./grader test builds the native grader first");
        }

        Assume.That(File.Exists(native), "no native build: ./grader test (or any ./grader command) builds one");
        var root = SetUp("native");
        File.Copy(native, Path.Combine(root, "source", "grader", "bin", Cli.Bench.GraderCommand.NativeFile));
        TestFolders.Copy(Path.Combine(CliRun.Repository, "submissions", "examples", "python-correct"), Path.Combine(root, "submission"));

        // When Gradescope would run it
        var (exit, log) = Run(root, "run_autograder");

        // Then the native build graded it, with the full score
        Assert.That(exit, Is.Zero, log);
        Assert.That(log, Does.Contain("grader: running the native build"));
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")));
        Assert.That(GradescopeResultsFormat.Violations(results.RootElement), Is.Empty);
        Assert.That(results.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(35));
    }

    [Test]
    public void RunAutograder_WhereBubblewrapCannotMakeNamespaces_RunsConfinedAndSaysSo()
    {
        // Given a bubblewrap that fails as Docker's seccomp profile makes it fail, and a submission that
        // looks for what it should not reach before it answers correctly
        var root = SetUp("confined");
        var submission = Path.Combine(root, "submission");
        TestFolders.Copy(Path.Combine(CliRun.Repository, "submissions", "examples", "python-correct"), submission);
        File.AppendAllText(Path.Combine(submission, "solutions.py"), Probe(root));
        File.WriteAllText(Path.Combine(root, "submission_metadata.json"), """{"users": [{"email": "ada@example.edu", "id": 1234, "name": "Ada Lovelace"}]}""");

        // When run_autograder runs
        var (exit, log) = Run(root, "run_autograder", failingBubblewrap: true);

        // Then it graded in the confined fallback, said so, and the submission reached nothing of the grader's
        Assert.That(exit, Is.Zero, log);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")));
        Assert.That(GradescopeResultsFormat.Violations(results.RootElement), Is.Empty);
        Assert.That(results.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(35));
        Assert.That(results.RootElement.GetProperty("output").GetString(), Does.Contain("Isolation: confined, without namespaces").And.Contain("No permissions to create new namespace"));
        var printed = string.Join("\n", results.RootElement.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("output").GetString()));
        Assert.That(printed, Does.Contain("uid 65534"));
        Assert.That(printed, Does.Contain("spec: PermissionError").And.Contain("references: PermissionError").And.Contain("results: PermissionError"));
        Assert.That(printed, Does.Contain("metadata: PermissionError").And.Contain("network: PermissionError"));
        Assert.That(log, Does.Contain("grader: isolation: confined"));
    }

    [Test]
    public void RunAutograder_GraderFails_StillWritesResultsThatSaySo()
    {
        // Given an autograder whose problems folder is gone (the grader cannot start grading)
        var root = SetUp("broken");
        TestFolders.Copy(Path.Combine(CliRun.Repository, "submissions", "examples", "python-correct"), Path.Combine(root, "submission"));
        Directory.Delete(Path.Combine(root, "source", "grader", "problems"), recursive: true);

        // When run_autograder runs
        var (exit, log) = Run(root, "run_autograder");

        // Then the student still gets a valid result, worth 0, saying so
        Assert.That(exit, Is.Zero, log);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")));
        Assert.That(GradescopeResultsFormat.Violations(results.RootElement), Is.Empty);
        Assert.That(results.RootElement.GetProperty("score").GetDouble(), Is.Zero);
        Assert.That(results.RootElement.GetProperty("output").GetString(), Does.Contain("could not grade this submission"));
    }

    /// <summary>Unpacks the zip into ROOT/source and runs setup.sh without apt; ROOT is world-traversable like /autograder.</summary>
    private string SetUp(string name)
    {
        var root = Path.Combine(_work.FullName, name);
        Directory.CreateDirectory(Path.Combine(root, "source"));
        Directory.CreateDirectory(Path.Combine(root, "submission"));
        File.SetUnixFileMode(_work.FullName, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        ZipFile.ExtractToDirectory(_zip, Path.Combine(root, "source"));
        var (exit, log) = Run(root, "setup.sh");
        Assert.That(exit, Is.Zero, log);
        return root;
    }

    private static (int Exit, string Log) Run(string root, string script, bool failingBubblewrap = false)
    {
        var start = new ProcessStartInfo("/bin/bash", [Path.Combine(root, "source", script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.Environment["AUTOGRADER_ROOT"] = root;
        start.Environment["GRADER_RUNTIME"] = Path.Combine(root, "runtime");
        start.Environment["GRADER_SKIP_APT"] = "1";
        if (failingBubblewrap)
        {
            var fake = Path.Combine(root, "fake-bin");
            Directory.CreateDirectory(fake);
            File.WriteAllText(Path.Combine(fake, "bwrap"), "#!/bin/sh\necho 'bwrap: No permissions to create new namespace, likely because the kernel does not allow non-privileged user namespaces.' >&2\nexit 1\n");
            File.SetUnixFileMode(Path.Combine(fake, "bwrap"), (UnixFileMode)0b111_101_101);
            start.Environment["PATH"] = fake + ":" + Environment.GetEnvironmentVariable("PATH");
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "the script finished within 60 s");
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>Student code that prints what it can reach, then answers as the correct solution does.</summary>
    private static string Probe(string root) => $$"""

        _correct = toy_network_gradients

        def toy_network_gradients(X, t, W1, b1, w2, b2):
            import os, socket
            print("uid", os.getuid())
            for name, path in [("spec", "{{root}}/source/grader/problems/toy-network.yaml"),
                               ("references", "{{root}}/source/grader/references"),
                               ("results", "{{root}}/results/results.json.part"),
                               ("metadata", "{{root}}/submission_metadata.json")]:
                try:
                    os.listdir(path) if name == "references" else open(path, "a" if name == "results" else "r").close()
                    print(name + ": readable")
                except OSError as e:
                    print(name + ": " + type(e).__name__)
            try:
                socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9))
                print("network: reachable")
            except OSError as e:
                print("network: " + type(e).__name__)
            return _correct(X, t, W1, b1, w2, b2)
        """;
}
