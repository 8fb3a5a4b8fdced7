using System.Text.Json;
using Grader.Running;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Core.Tests.Running.Python;

/// <summary>Notebooks run in the real sandbox as Jupyter's "Run All" with errors allowed runs them.</summary>
[TestFixture]
internal sealed class NotebookRunTests : RunnerFixture
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "grader-notebook-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task RunProblemAsync_NotebookMadeWithNbformat_GetsTheMarksItsFunctionsDeserve()
    {
        // Given the nbformat notebook (make-notebook-jupyter.py): outputs, an image, widgets, every kind
        // of magic, plots, input() and cells that fail, with correct functions among them
        using var submission = Submission.Open(Problems.Fixture("notebook-jupyter"), Problems.All, Toolchain.Default);

        // When both its problems run
        var toy = await Runner.RunProblemAsync(submission, Problems.ToyNetwork, [Problems.ToyNetworkPublic], RunLimits.Default);
        var softmax = await Runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic, Problems.Hidden(Problems.SoftmaxCePublic, 1)], RunLimits.Default);

        // Then both are right, the cell that does not parse is the only file issue, told by its cell
        Assert.That(submission.FileIssues.Select(i => i.Describe()), Is.EqualTo(new[]
        {
            "homework.ipynb: SyntaxError: invalid syntax in cell 10, line 1, column 12; that cell does not run, the other cells do",
        }));
        Assert.That(toy.Attempt!.Location, Is.EqualTo("homework.ipynb (cell 7, line 2)"));
        Assert.That(toy.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => toy.Cases[0].ToString());
        Assert.That(((Tensor)toy.Cases[0].Outputs!["W1"]).ToArray(), Is.EqualTo(Problems.ToyW1).Within(1e-9));
        Assert.That(softmax.Cases.Select(c => c.Outcome), Is.All.EqualTo(CaseOutcome.Returned), () => softmax.Cases[0].ToString());
        Assert.That(((Tensor)softmax.Cases[1].Outputs!["dZ"]).ToArray(), Is.EqualTo(Problems.SoftmaxDZ).Within(1e-9));

        // And the cells that raised are said under the first case's output, each by its cell, in the notebook's lines
        var printed = toy.Cases[0].Stdout;
        Assert.That(printed, Does.Contain("cell 8 called input(), which gets no answer when a notebook is graded; the rest of that cell did not run"));
        Assert.That(printed, Does.Contain("cell 9 raised FileNotFoundError: train.csv not found."));
        Assert.That(printed, Does.Contain("  File \"homework.ipynb\", cell 9, line 1, in <module>\n    data = np.loadtxt('train.csv')"));
        Assert.That(printed, Does.Contain("cell 10 raised SyntaxError: invalid syntax").And.Contain("  File \"homework.ipynb\", cell 10, line 1\n    def broken(:"));
        Assert.That(printed, Does.Contain("cell 14 raised ModuleNotFoundError: No module named 'ipywidgets'"));
        Assert.That(printed, Does.Contain("cell 16 uses %unknown_magic_of_some_extension, which a graded notebook does not have"));
        Assert.That(printed, Does.Not.Contain("cell 13").And.Not.Contain("matplotlibrc").And.Not.Contain("Fontconfig"), "the plot cell runs");
        Assert.That(printed, Does.Not.Contain("cell 15"), "get_ipython().system and friends run");
        Assert.That(printed, Does.Contain("captured"));
        Assert.That(softmax.Cases[0].Stdout, Does.Contain("cell 8"), "each problem runs the notebook afresh");
        Assert.That(softmax.Cases[1].Stdout, Does.Not.Contain("cell 8"), "said with a problem's first case only");
    }

    [Test]
    public async Task RunProblemAsync_ShellEscapesAndShellMagics_RunNoShell()
    {
        // Given every way a notebook asks for a shell, each of which would leave a file behind in /tmp,
        // and a function that refuses to work if any did
        WriteNotebook(
            "!touch /tmp/bang\nfiles = !touch /tmp/assigned; ls /",
            "%%bash\ntouch /tmp/bash",
            "%%sh\ntouch /tmp/sh",
            "%%script bash\ntouch /tmp/script",
            "get_ipython().system('touch /tmp/system')\nout = get_ipython().getoutput('touch /tmp/getoutput')\n%sx touch /tmp/sx\n%system touch /tmp/magic",
            "import os\nLISTED = files\n"
                + "def softmax_ce(Z, y):\n"
                + "    left = sorted(os.listdir('/tmp'))\n"
                + "    if left or LISTED:\n"
                + "        raise RuntimeError('a shell ran: %r %r' % (left, LISTED))\n"
                + "    S = Z - Z.max(axis=1, keepdims=True)\n"
                + "    P = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)\n"
                + "    N = Z.shape[0]\n"
                + "    loss = -np.log(P[np.arange(N), y]).mean()\n"
                + "    P[np.arange(N), y] -= 1\n"
                + "    return loss, P / N",
            "import numpy as np");
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // When it runs
        var run = await Runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.SoftmaxCePublic], RunLimits.Default);

        // Then nothing ran a shell, and the function is right
        Assert.That(submission.FileIssues, Is.Empty);
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].Message + run.Cases[0].Traceback + run.Cases[0].Stdout);
        Assert.That(((Tensor)run.Cases[0].Outputs!["loss"]).ScalarValue, Is.EqualTo(Problems.SoftmaxLoss).Within(1e-9));
    }

    [Test]
    public async Task RunProblemAsync_NotebookRaisingOnACase_TracebackNamesTheCellAndItsLine()
    {
        // Given a notebook whose function, in its third cell, raises
        WriteNotebook(
            "import numpy as np\n%matplotlib inline",
            "def helper(Z):\n    return Z.reshape(4, 3)",
            "def softmax_ce(Z, y):\n    N = Z.shape[0]\n    return helper(Z), Z");
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // When it runs on a hidden case
        var run = await Runner.RunProblemAsync(submission, Problems.SoftmaxCe, [Problems.Hidden(Problems.SoftmaxCePublic, 1)], RunLimits.Default);

        // Then the traceback and the summary name cells and their lines, never the joined cells' or the JSON's
        var raised = run.Cases[0];
        Assert.That(raised.Outcome, Is.EqualTo(CaseOutcome.Exception));
        Assert.That(raised.Traceback, Does.Contain("  File \"homework.ipynb\", cell 3, line 3, in softmax_ce\n    return helper(Z), Z"));
        Assert.That(raised.Traceback, Does.Contain("  File \"homework.ipynb\", cell 2, line 2, in helper\n    return Z.reshape(4, 3)"));
        Assert.That(raised.Traceback, Does.Not.Contain("/submission/homework.ipynb").And.Not.Contain("line 7"));
        Assert.That(raised.Exception!.Frame!.Location, Is.EqualTo("homework.ipynb (cell 2, line 2)"));
    }

    [Test]
    public async Task RunProblemAsync_FunctionDefinedOnlyAfterACellThatRaises_IsStillGraded()
    {
        // Given a notebook whose first cell raises at top level, as a half-finished cell does
        WriteNotebook(
            "import numpy as np\nprint(undefined_name)\nraise SystemExit('stop')",
            "def soft_target_grad(y, t):\n    return np.exp(y) / np.exp(y).sum() - t");
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], RunLimits.Default);

        // Then the second cell ran: its function is graded, and the first cell's failure is said
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].Message + run.Cases[0].Stdout);
        Assert.That(run.Cases[0].Stdout, Does.StartWith("cell 1 raised NameError: name 'undefined_name' is not defined; the rest of that cell did not run"));
    }

    [Test]
    public async Task RunProblemAsync_FunctionMissingAfterACellRaised_LoadErrorSaysWhichCell()
    {
        // Given a notebook whose only definition of the function comes after the raise, in the same cell
        WriteNotebook("import numpy as np\nx = input('n? ')\ndef soft_target_grad(y, t):\n    return y - t");
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], RunLimits.Default);

        // Then the problem is not loaded, and the reason names the cell that stopped
        Assert.That(run.LoadError, Does.Contain("soft_target_grad is not defined as a function")
            .And.Contain("cell 1 called input(), which gets no answer when a notebook is graded"));
    }

    private void WriteNotebook(params string[] cells)
    {
        var notebook = new
        {
            cells = cells.Select(source => new { cell_type = "code", metadata = new { }, outputs = Array.Empty<object>(), execution_count = (int?)null, source }),
            metadata = new { },
            nbformat = 4,
            nbformat_minor = 5,
        };
        File.WriteAllText(Path.Combine(_folder, "homework.ipynb"), JsonSerializer.Serialize(notebook));
    }
}
