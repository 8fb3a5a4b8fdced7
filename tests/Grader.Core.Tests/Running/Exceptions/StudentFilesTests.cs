using System.Diagnostics;
using Grader.Reference;
using Grader.Running;
using Grader.Running.Exceptions;
using Grader.Submissions;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Running.Exceptions;

/// <summary>
/// A submission's cases that raised, summarized against the submission's own files: the deepest
/// line of theirs, quoted as handed in, and on hidden cases a message without numbers.
/// </summary>
[TestFixture]
internal sealed class StudentFilesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("grader-student-files-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        using var rm = Process.Start("rm", ["-rf", _folder]);
        rm.WaitForExit();
    }

    [Test]
    public void Summarize_HiddenIndexErrorInAHelper_NamesTheHelpersLineAndHidesTheNumbers()
    {
        // Given solutions.py whose graded function calls a helper that indexes past t on a hidden case
        var summary = Summarize("index-in-helper", hidden: true);

        // Then the deepest line of the student's is the helper's, quoted, and the message has no number
        Assert.Multiple(() =>
        {
            Assert.That(summary.Type, Is.EqualTo("IndexError"));
            Assert.That(summary.Frame, Is.EqualTo(new StudentFrame("solutions.py", 5, null, "return t[k] - 1.0")));
            Assert.That(summary.Message, Is.EqualTo("index … is out of bounds for axis … with size …"));
        });
    }

    [Test]
    public void Summarize_PublicCase_KeepsTheMessageWhole()
    {
        // Given the same exception on the public case
        var summary = Summarize("index-in-helper", hidden: false);

        // Then its numbers are the student's to see
        Assert.That(summary.Message, Is.EqualTo("index 3 is out of bounds for axis 0 with size 3"));
    }

    [Test]
    public void Summarize_ErrorDeepInNumpy_NamesTheStudentsCallNotNumpys()
    {
        // Given a broadcast that fails three frames deep in numpy
        var summary = Summarize("broadcast-in-numpy", hidden: true);

        // Then the line is the student's call, and the shapes are hidden
        Assert.Multiple(() =>
        {
            Assert.That(summary.Frame?.Location, Is.EqualTo("solutions.py:5"));
            Assert.That(summary.Frame?.Source, Is.EqualTo("Xb, tb = np.broadcast_arrays(X, t[:, None])"));
            Assert.That(summary.Message, Does.EndWith("arg … with shape (…, …) and arg … with shape (…, …)."));
        });
    }

    [TestCase("custom-exception", "ShapeError", 7)]
    [TestCase("chained", "LinAlgError", 8)]
    [TestCase("key-error", "KeyError", 4)]
    [TestCase("recursion", "RecursionError", 2)]
    public void Summarize_RealTraceback_NamesTheTypeWithoutItsModuleAndTheDeepestStudentLine(string fixture, string type, int line)
    {
        // Given a real traceback of the fixture's file
        var summary = Summarize(fixture, hidden: true);

        // Then the type is named as a student knows it (ShapeError, not submission.ShapeError) at the student's line
        Assert.That((summary.Type, summary.Frame?.Line), Is.EqualTo((type, line)));
    }

    [Test]
    public void Summarize_SyntaxErrorInAFileIntakeRefused_NamesNoLine()
    {
        // Given a SyntaxError in a file intake could not parse (it is reported with the file's problems, with its line)
        var summary = Summarize("syntax-error", hidden: true);

        // Then the type is told, but no line of a file the submission was not graded from
        Assert.That((summary.Type, summary.Frame), Is.EqualTo(("SyntaxError", (StudentFrame?)null)));
    }

    [Test]
    public void Summarize_FrameInAFileTheSubmissionDoesNotHave_IsNotTheStudents()
    {
        // Given a traceback whose deepest frames are a file written while the code ran and a line past the end of solutions.py
        File.WriteAllText(Path.Combine(_folder, "solutions.py"), Tracebacks.Source("index-in-helper"));
        var traceback = "Traceback (most recent call last):\n"
            + "  File \"/submission/solutions.py\", line 11, in toy_network_gradients\n"
            + "  File \"/submission/solutions.py\", line 999, in toy_network_gradients\n"
            + "  File \"/submission/leak_0.25.py\", line 1, in <module>\n"
            + "ValueError: no\n";

        // When it is summarized
        var summary = SummarizeIn(traceback, hidden: true, AttemptLanguage.Python);

        // Then the line is the last one that is really the student's
        Assert.That(summary.Frame?.Location, Is.EqualTo("solutions.py:11"));
    }

    [Test]
    public void Summarize_Unsandboxed_ReadsTheSubmissionsOwnFolder()
    {
        // Given a traceback run without the sandbox: the file's real path
        File.WriteAllText(Path.Combine(_folder, "solutions.py"), Tracebacks.Source("index-in-helper"));
        var traceback = Tracebacks.Text("index-in-helper").Replace("/submission/", _folder + "/", StringComparison.Ordinal);

        // When it is summarized
        var summary = SummarizeIn(traceback, hidden: true, AttemptLanguage.Python);

        // Then it is the same line of solutions.py
        Assert.That(summary.Frame?.Location, Is.EqualTo("solutions.py:5"));
    }

    [Test]
    public void Summarize_Notebook_NamesTheCellAndQuotesTheCodeNotTheJson()
    {
        // Given a notebook whose third cell (its second code cell) reshapes to a fixed shape, and the traceback naming its line in the notebook's Python
        File.WriteAllText(Path.Combine(_folder, "homework.ipynb"), """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
              {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["import numpy as np\n", "%matplotlib inline"]},
              {"cell_type": "markdown", "metadata": {}, "source": ["## Softmax"]},
              {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["def softmax_ce(Z, y):\n", "    N, K = Z.shape\n", "    return Z.reshape(4, 3)"]}
            ]}
            """);
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        var line = submission.PythonFiles["homework.ipynb"].Source.Split('\n').ToList().IndexOf("    return Z.reshape(4, 3)") + 1;
        var traceback = $"Traceback (most recent call last):\n  File \"/submission/homework.ipynb\", line {line}, in softmax_ce\n    \"source\": [\n"
            + "ValueError: cannot reshape array of size 15 into shape (4,3)\n";

        // When it is summarized
        var summary = Summarize(submission, traceback, hidden: true, new Attempt(AttemptLanguage.Python, "homework.ipynb", 1));

        // Then the student reads the cell and its line, quoted from the code they wrote
        Assert.That(summary.Frame?.Location, Is.EqualTo("homework.ipynb (cell 3, line 3)"));
        Assert.That(summary.Frame?.Source, Is.EqualTo("return Z.reshape(4, 3)"));
    }

    [Test]
    public void Summarize_CSharpWithItsPdb_NamesTheStudentsFileAndLine()
    {
        // Given a C# submission whose helper indexes past an array, and the stack trace its run gave
        File.WriteAllText(Path.Combine(_folder, "Solutions.cs"), Tracebacks.Source("dotnet-index"));

        // When it is summarized
        var summary = SummarizeIn(Tracebacks.Text("dotnet-index"), hidden: true, AttemptLanguage.CSharp);

        // Then the type is the short name, the line the helper's
        Assert.Multiple(() =>
        {
            Assert.That(summary.Type, Is.EqualTo("IndexOutOfRangeException"));
            Assert.That(summary.Frame, Is.EqualTo(new StudentFrame("Solutions.cs", 7, null, "return t[k + 2];")));
        });
    }

    [Test]
    public void Summarize_CasesThatDidNotRaise_HaveNoSummary()
    {
        // Given a run whose case timed out (no traceback) beside one that returned
        File.WriteAllText(Path.Combine(_folder, "solutions.py"), Tracebacks.Source("index-in-helper"));
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        var cases = ToyNetwork().Cases;
        var run = new ProblemRun("toy-network", submission.Attempts["toy-network"], null,
            [Ended(cases[0], CaseOutcome.Timeout, "timed out"), Returned(cases[1], []), Ended(cases[2], CaseOutcome.Exception, "raised", Tracebacks.Text("index-in-helper"))]);

        // When it is summarized
        var summarized = StudentFiles.Summarize(run, submission);

        // Then only the case that raised has one
        Assert.That(summarized.Cases.Select(c => c.Exception is not null), Is.EqualTo(new[] { false, false, true }));
    }

    private ExceptionSummary Summarize(string fixture, bool hidden)
    {
        File.WriteAllText(Path.Combine(_folder, "solutions.py"), Tracebacks.Source(fixture));
        return SummarizeIn(Tracebacks.Text(fixture), hidden, AttemptLanguage.Python);
    }

    private ExceptionSummary SummarizeIn(string traceback, bool hidden, AttemptLanguage language)
    {
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        var file = language == AttemptLanguage.CSharp ? "Solutions.cs" : "solutions.py";
        return Summarize(submission, traceback, hidden, new Attempt(language, file, 1));
    }

    private static ExceptionSummary Summarize(Submission submission, string traceback, bool hidden, Attempt attempt)
    {
        var @case = ToyNetwork().Cases.First(c => c.Hidden == hidden);
        var run = new ProblemRun("toy-network", attempt, null, [Ended(@case, CaseOutcome.Exception, "raised", traceback)]);
        return StudentFiles.Summarize(run, submission).Cases.Single().Exception
            ?? throw new AssertionException("no summary");
    }
}
