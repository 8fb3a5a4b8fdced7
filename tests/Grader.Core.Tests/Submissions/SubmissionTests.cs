using System.IO.Compression;
using Grader.Core.Tests.Running;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Core.Tests.Submissions;

[TestFixture]
internal sealed class SubmissionTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "grader-submission-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("student: \"s042\"\n", "s042")]
    [TestCase("student: \"s0\\e[2J42\"\n", null)]
    [TestCase("student: \"s042\\u202e\"\n", null)]
    [TestCase("student: [s042]\n", null)]
    public void Open_StudentKey_PrintableIdClaimedElseAFileIssue(string answers, string? claimed)
    {
        // Given an answers.yaml that says whose it is, as an id or as something no id is
        Write("answers.yaml", answers);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then a printable id is the claim; anything else is refused with its line
        Assert.That(submission.Student?.Id, Is.EqualTo(claimed));
        Assert.That(submission.FileIssues.Select(i => i.Message), claimed is null
            ? Has.Some.Contains("student: must be your student id as text")
            : Is.Empty);
    }

    [Test]
    public void Open_PythonSyntaxError_ReportsFileLineAndStillFindsOtherFiles()
    {
        // Given
        Write("broken.py", "import numpy as np\n\ndef softmax_ce(Z, y)\n    return 0\n");
        Write("fine.py", "def toy_network_gradients(X, t, W1, b1, w2, b2):\n    return 0\n");

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues, Has.Count.EqualTo(1));
        Assert.That(submission.FileIssues[0].ToString(), Does.StartWith("broken.py:3:").And.Contain("SyntaxError"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
        Assert.That(submission.Attempts["toy-network"], Is.EqualTo(new Attempt(AttemptLanguage.Python, "fine.py", 1)));
    }

    [Test]
    public void Open_CSharpCompileError_ReportsItAndCompilesTheOtherFiles()
    {
        // Given
        Write("Broken.cs", "public static class A\n{\n    public static double SoftmaxCe(double[,] Z, int[] y) => undefined;\n}\n");
        Write("Fine.cs", "public static class B\n{\n    public static double[] SoftTargetGrad(double[] y, double[] t) => y;\n}\n");

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Select(i => i.ToString()), Has.One.StartsWith("Broken.cs:3:").And.Contain("CS0103"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "soft-targets" }));
        Assert.That(submission.Attempts["soft-targets"].Language, Is.EqualTo(AttemptLanguage.CSharp));
    }

    [Test]
    public void Open_BadYaml_ReportsLineAndColumn()
    {
        // Given
        Write("answers.yaml", "toy-network:\n  b2: 1\n   b1: 2\nsoftmax-ce: 3\n");

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues, Has.Count.EqualTo(1));
        Assert.That(submission.FileIssues[0].File, Is.EqualTo("answers.yaml"));
        Assert.That(submission.FileIssues[0].Line, Is.GreaterThanOrEqualTo(2));
        Assert.That(submission.Attempts, Is.Empty);
    }

    [Test]
    public void Open_NotebookWithMagics_AttemptsItsFunctions()
    {
        // Given / When
        using var submission = Submission.Open(Problems.Fixture("notebook-good/homework.ipynb"), Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues, Is.Empty);
        Assert.That(submission.Name, Is.EqualTo("homework"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network", "softmax-ce" }));
        Assert.That(submission.Attempts["softmax-ce"].File, Is.EqualTo("homework.ipynb"));
    }

    [Test]
    public void Open_Zip_UnpacksAndDeletesOnDispose()
    {
        // Given
        Write("inner/solution.py", File.ReadAllText(Problems.Fixture("python-good/solution.py")));
        var zip = _folder + ".zip";
        ZipFile.CreateFromDirectory(Path.Combine(_folder, "inner"), zip, CompressionLevel.Fastest, includeBaseDirectory: true);

        // When
        var submission = Submission.Open(zip, Problems.All, Toolchain.Default);
        var root = submission.Root;
        submission.Dispose();
        File.Delete(zip);

        // Then
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network", "softmax-ce" }));
        Assert.That(Path.GetFileName(root), Is.EqualTo("inner"));
        Assert.That(Directory.Exists(root), Is.False);
    }

    [Test]
    public void Open_CodeAndAnswers_CodeWins()
    {
        // Given
        Write("answers.yaml", "soft-targets: [1, 2, 3]\nlr-range: [0, 0.2]\n");
        Write("a.py", "def soft_target_grad(y, t):\n    return y\n");

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);

        // Then
        Assert.That(submission.FileIssues.Select(i => i.Message), Is.EqualTo(new[] { "unknown problem 'lr-range'" }));
        Assert.That(submission.Attempts["soft-targets"].Language, Is.EqualTo(AttemptLanguage.Python));
    }

    [Test]
    public void Open_SymlinkToHostFile_IsIgnored()
    {
        // Given a "source file" that is a link to a file of the grader's
        var secret = _folder + "-secret.cs";
        File.WriteAllText(secret, "public static class Leak { public static double SoftmaxCe(double[,] Z, int[] y) => 0; }");
        File.CreateSymbolicLink(Path.Combine(_folder, "Link.cs"), secret);

        // When
        using var submission = Submission.Open(_folder, Problems.All, Toolchain.Default);
        File.Delete(secret);

        // Then
        Assert.That(submission.Attempts, Is.Empty);
        Assert.That(submission.FileIssues.Single().ToString(), Is.EqualTo("Link.cs:0:0: a symbolic link; links are not followed, submit the file itself"));
    }

    [Test]
    public void Open_MissingPath_Throws()
    {
        // Given / When / Then
        Assert.That(() => Submission.Open(Path.Combine(_folder, "nothing"), Problems.All, Toolchain.Default),
            Throws.TypeOf<SubmissionException>().With.Message.Contains("no submission at"));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
