using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using Grader.Core.Tests.Running;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Core.Tests.Submissions;

/// <summary>
/// Hostile files read before anything runs (answers.yaml, notebooks, zips, special files): each
/// costs only what it defines, with a message naming the file, and the rest is still read.
/// </summary>
[TestFixture]
internal sealed class HostileSubmissionTests
{
    private const string Toy = "def toy_network_gradients(X, t, W1, b1, w2, b2):\n    return 0\n";

    private const string Bce = "def bce_grad(a, y):\n    return {'da': -(y / a - (1 - y) / (1 - a)) / len(a)}\n";

    /// <summary>Long enough for a grader that reads the file it should not to be caught, short enough for a working one.</summary>
    private static readonly TimeSpan Blocked = TimeSpan.FromMinutes(2);

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("grader-hostile-files-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        using var rm = Process.Start("rm", ["-rf", _folder]);
        rm.WaitForExit();
    }

    [Test]
    public void Open_AnswersAliasBomb_IsAnAnswersIssueAndTheCodeIsRead()
    {
        // Given: "billion laughs" in under 1 KB: nine levels of ten aliases each, next to real code
        var bomb = new StringBuilder("softmax-ce:\n  - &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(CultureInfo.InvariantCulture, $"  - &{level} [{string.Join(", ", Enumerable.Repeat("*" + previous, 10))}]\n");
        }

        Assert.That(bomb.Length, Is.LessThan(1024));
        Write("answers.yaml", bomb.ToString());
        Write("toy.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        var issue = submission.FileIssues.Single();
        Assert.That(issue.File, Is.EqualTo("answers.yaml"));
        Assert.That(issue.Line, Is.EqualTo(1));
        Assert.That(issue.Message, Does.Contain("'softmax-ce'").And.Contain("alias").And.Contain("write the numbers out"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_AnswersAliasBombInOneProblem_TheOtherProblemsAnswersAreRead()
    {
        // Given: a bomb answering softmax-ce, then an honest answer
        var bomb = new StringBuilder("softmax-ce:\n  - &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            bomb.Append(CultureInfo.InvariantCulture, $"  - &{level} [{string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 10))}]\n");
        }

        bomb.Append("toy-network:\n  b2: 0.5\n");
        Write("answers.yaml", bomb.ToString());

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then: the bomb costs softmax-ce only
        Assert.That(submission.FileIssues.Select(i => i.Message), Has.Some.Contains("'softmax-ce'"), string.Join("\n", submission.FileIssues.Select(i => i.Message)));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }), string.Join("\n", submission.FileIssues.Select(i => i.Message)));
    }

    [Test]
    public void Open_AnswersWithAFewAliases_AreStillRead()
    {
        // Given: an honest use of an anchor and two aliases
        Write("answers.yaml", "soft-targets: &same [0.1, 0.2]\ntoy-network:\n  W1: *same\n  b1: *same\n");

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues, Is.Empty);
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "soft-targets", "toy-network" }));
        Assert.That(submission.Answers["toy-network"].Answer!.ToJsonString(), Is.EqualTo("""{"W1":[0.1,0.2],"b1":[0.1,0.2]}"""));
    }

    [Test]
    public void Open_AnswersNestedThousandsDeep_IsAnAnswersIssue()
    {
        // Given: 200,000 nested brackets (a recursive reader overflows its stack and takes the process with it)
        Write("answers.yaml", "softmax-ce: " + new string('[', 200_000) + new string(']', 200_000) + "\n");
        Write("toy.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().File, Is.EqualTo("answers.yaml"));
        Assert.That(submission.FileIssues.Single().Message, Does.Contain("nested more than"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_AnswersOverTheSizeLimit_IsRefusedNamingTheLimit()
    {
        // Given: 3 MB of numbers
        Write("answers.yaml", "softmax-ce: [" + string.Join(", ", Enumerable.Repeat("0.123456789", 250_000)) + "]\n");
        Write("toy.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().ToString(), Does.StartWith("answers.yaml:").And.Contain("larger than 1 MiB"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_FifoNamedHwPy_IsRefusedUnopenedAndTheRestIsRead()
    {
        // Given: a FIFO with a source file's name (reading it waits for a writer forever)
        Write("toy.py", Toy);
        MakeFifo(Path.Combine(_folder, "hw.py"));

        // When
        using var submission = OpenWithin(_folder);

        // Then
        Assert.That(submission.FileIssues.Single().ToString(), Is.EqualTo("hw.py:0:0: a FIFO (named pipe), not a regular file; not read: submit the file itself"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
        Assert.That(Directory.EnumerateFileSystemEntries(submission.Root, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EqualTo(new[] { "toy.py" }),
            "the runner reads every file of Root: it must hold no special file");
    }

    [Test]
    public void Open_SocketAndDeviceInANestedFolder_AreRefusedUnopened()
    {
        // Given: a listening socket, and (as root) a device that reads zeros forever, named like sources
        Write("toy.py", Toy);
        Directory.CreateDirectory(Path.Combine(_folder, "lib"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_folder, "lib", "socket.py")));
        var device = Environment.UserName == "root" && Run("mknod", Path.Combine(_folder, "lib", "zero.ipynb"), "c", "1", "5") == 0;

        // When
        using var submission = OpenWithin(_folder);

        // Then
        var expected = new List<string> { "lib/socket.py:0:0: a socket, not a regular file; not read: submit the file itself" };
        if (device)
        {
            expected.Insert(0, "lib/zero.ipynb:0:0: a device, not a regular file; not read: submit the file itself");
        }

        Assert.That(submission.FileIssues.Select(i => i.ToString()), Is.EquivalentTo(expected));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [TestCase("hw.py")]
    [TestCase("carol.zip")]
    public void Open_FifoGivenAsTheSubmission_IsRefusedNamingIt(string name)
    {
        // Given
        var fifo = Path.Combine(_folder, name);
        MakeFifo(fifo);

        // When
        var open = Task.Run(() => Submission.Open(fifo, Problems.All, Toolchain.Default));

        // Then
        Assert.That(Task.WaitAny([open], Blocked), Is.Zero, "Open blocked on the FIFO");
        var error = open.Exception?.InnerException;
        Assert.That(error, Is.TypeOf<SubmissionException>());
        Assert.That(error!.Message, Does.Contain($"'{fifo}' is a FIFO (named pipe), not a regular file"));
    }

    [Test]
    public async Task Grade_ClassWithFifos_GradesEveryoneElse()
    {
        // Given: a class whose first entry is a FIFO named like a zip, and a student with a FIFO next to good code
        var plan = GradingPlan.Create(ProblemCatalog.Load(TestPaths.Problems).Problems.Where(p => p.Id == "bce"), RunLimits.Default);
        MakeFifo(Path.Combine(_folder, "a-fifo.zip"));
        var good = Directory.CreateDirectory(Path.Combine(_folder, "b-good")).FullName;
        File.WriteAllText(Path.Combine(good, "bce.py"), Bce);
        MakeFifo(Path.Combine(good, "hw.py"));
        using var runner = new SubmissionRunner(new SandboxOptions());
        var grader = new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions()));

        // When
        var grading = Task.Run(async () =>
        {
            var graded = new List<Grader.Reports.ScoreReport>();
            foreach (var path in SubmissionLocator.Expand([_folder]))
            {
                graded.Add(await grader.GradeAsync(path));
            }

            return graded;
        });
        Assert.That(Task.WaitAny([grading], Blocked), Is.Zero, "grading blocked on a FIFO");
        var reports = await grading;

        // Then
        var student = reports.Single(r => r.Submission == "b-good");
        Assert.That(student.Score, Is.EqualTo(5), student.Problems[0].Feedback + " " + student.Problems[0].Message);
        Assert.That(student.FileErrors.Single().File, Is.EqualTo("hw.py"));
        var fifo = reports.Single(r => r.Submission == "a-fifo.zip");
        Assert.That(fifo.FileErrors.Single().Message, Does.Contain("a FIFO (named pipe), not a regular file"));
    }

    [TestCase("[]", "expected a JSON object")]
    [TestCase("""{"cells": {}}""", "no list of cells")]
    [TestCase("""{"cells": [3]}""", "cell 1 is not a JSON object")]
    [TestCase("""{"cells": [{"cell_type": 5, "source": "x = 1"}]}""", "cell 1: 'cell_type' is not a string")]
    [TestCase("""{"cells": [{"cell_type": "code", "source": [1, 2]}]}""", "cell 1: 'source' is not text")]
    [TestCase("""{"cells": [{"cell_type": "code", "source": {"a": 1}}]}""", "cell 1: 'source' is not text")]
    [TestCase("""{"cells": [{"cell_type": "code", "source": "def f(:"}]}""", "SyntaxError")]
    [TestCase("""{"cells": [{"cell_type": "code", "source": "x = 1"}""", "not a valid notebook")]
    public void Open_MalformedNotebook_CostsOnlyTheNotebook(string json, string reason)
    {
        // Given: a broken notebook next to a good main.py
        Write("homework.ipynb", json);
        Write("main.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().File, Is.EqualTo("homework.ipynb"));
        Assert.That(submission.FileIssues.Single().Message, Does.Contain(reason));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_NotebookNestedThousandsDeep_CostsOnlyTheNotebook()
    {
        // Given
        Write("homework.ipynb", """{"metadata": """ + new string('[', 100_000) + new string(']', 100_000) + """, "cells": []}""");
        Write("main.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().ToString(), Does.StartWith("homework.ipynb:").And.Contain("not a valid notebook"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_NotebookMade20MBByASavedPlot_IsJudgedByItsCode()
    {
        // Given: an honest notebook whose saved output (a PNG, base64) is 20 MB
        var plot = Convert.ToBase64String(new byte[15 << 20]);
        var notebook = $$$"""
            {"cells": [
              {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": ["import numpy as np\n", "{{{Toy.Replace("\n", "\\n", StringComparison.Ordinal)}}}"],
               "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": "{{{plot}}}", "text/plain": ["<Figure>"]}}]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """;
        Write("homework.ipynb", notebook);
        Assert.That(new FileInfo(Path.Combine(_folder, "homework.ipynb")).Length, Is.GreaterThan(20_000_000));

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues, Is.Empty);
        Assert.That(submission.Attempts["toy-network"], Is.EqualTo(new Attempt(AttemptLanguage.Python, "homework.ipynb", 2) { Cell = "cell 1, line 2" }));
    }

    [Test]
    public void Open_NotebookOverTheHardLimit_IsRefusedNamingTheLimit()
    {
        // Given: a 2 GB notebook (sparse: it takes no room on disk)
        using (var file = File.Create(Path.Combine(_folder, "huge.ipynb")))
        {
            file.SetLength(2L << 30);
        }

        Write("main.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().ToString(), Does.StartWith("huge.ipynb:").And.Contain("larger than 64 MiB"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_NotebookWhoseCodeIsOverTheLimit_IsRefusedNamingTheLimit()
    {
        // Given: 17 MiB of code cells (outputs aside, the code itself is too large)
        var line = "x = 1  # " + new string('#', 1000) + "\\n";
        var cell = """{"cell_type": "code", "source": [""" + "\"" + string.Concat(Enumerable.Repeat(line, 1000)) + "\"]}";
        Write("homework.ipynb", """{"cells": [""" + string.Join(", ", Enumerable.Repeat(cell, 17)) + "]}");
        Write("main.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().ToString(), Does.StartWith("homework.ipynb:").And.Contain("code cells").And.Contain("16 MiB"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_NotebookWithTooManyCells_IsRefusedNamingTheLimit()
    {
        // Given
        Write("homework.ipynb", """{"cells": [""" + string.Join(", ", Enumerable.Repeat("""{"cell_type": "code", "source": ""}""", NotebookSource.MaxCells + 1)) + "]}");
        Write("main.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().ToString(), Does.StartWith("homework.ipynb:1:").And.Contain("more than 10,000 cells"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_SourcesOverTheSubmissionBudget_AreRefusedFromTheFileThatPassesIt()
    {
        // Given: five sources of 15 MiB each (each under the per-file limit, 75 MiB together)
        Write("a.py", Toy);
        for (var i = 1; i <= 5; i++)
        {
            Write($"data{i}.py", "x = 1\n" + new string('#', 15 << 20) + "\n");
        }

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Select(i => i.File), Is.EqualTo(new[] { "data5.py" }));
        Assert.That(submission.FileIssues.Single().Message, Does.Contain("add up to more than 64 MiB"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [TestCase("a", "a/b.py")]
    [TestCase("a/b.py", "a")]
    [TestCase("a/", "a")]
    public void Open_ZipWithAFileAndAFolderOfTheSameName_ReportsTheClashAndReadsTheRest(string first, string second)
    {
        // Given
        var zip = Path.Combine(_folder, "clash.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Add(archive, first, "x = 1\n");
            Add(archive, second, "x = 2\n");
            Add(archive, "toy.py", Toy);
        }

        // When
        using var submission = Submission.Open(zip, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().File, Is.EqualTo(second));
        Assert.That(submission.FileIssues.Single().Message, Does.Contain("clashes with"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_ZipEntryWithANameTooLong_ReportsItAndReadsTheRest()
    {
        // Given: a 300-character file name (Linux allows 255 bytes)
        var zip = Path.Combine(_folder, "long.zip");
        var name = new string('x', 300) + ".py";
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Add(archive, name, "x = 1\n");
            Add(archive, "toy.py", Toy);
        }

        // When
        using var submission = Submission.Open(zip, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().File, Is.EqualTo(name));
        Assert.That(submission.FileIssues.Single().Message, Does.Contain("could not be unpacked"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_NineMiBPythonFile_IsScannedAndAttempted()
    {
        // Given: a legitimate but large source (a table of weights written out as a literal)
        var table = string.Concat(Enumerable.Repeat("    0.12345678, -0.98765432, 0.5, -0.25, 1.0, 2.0,\n", ((9 << 20) / 50) + 1000));
        Write("big.py", "WEIGHTS = [\n" + table + "]\n\n" + Toy);
        Assert.That(new FileInfo(Path.Combine(_folder, "big.py")).Length, Is.GreaterThan(9L << 20));

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues, Is.Empty);
        Assert.That(submission.Attempts["toy-network"].File, Is.EqualTo("big.py"));
    }

    [Test]
    public void Open_PythonFileOverTheLimit_IsRefusedNamingTheLimit()
    {
        // Given
        Write("big.py", "x = 1\n" + new string('#', 17 << 20) + "\n");
        Write("toy.py", Toy);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Single().ToString(), Is.EqualTo("big.py:1:1: larger than 16 MiB; not read"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    private static Submission OpenWithin(string path)
    {
        var open = Task.Run(() => Submission.Open(path, Problems.All, Toolchain.Default));
        Assert.That(Task.WaitAny([open], Blocked), Is.Zero, "Open blocked on a special file");
        return open.Result;
    }

    private static void MakeFifo(string path) => Assert.That(Run("mkfifo", path), Is.Zero);

    private static int Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments);
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        var entry = archive.CreateEntry(name);
        if (!name.EndsWith('/'))
        {
            using var writer = new StreamWriter(entry.Open());
            writer.Write(text);
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
