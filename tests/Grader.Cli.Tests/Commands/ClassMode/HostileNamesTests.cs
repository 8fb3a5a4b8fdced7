using Grader.Class.Reports;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>
/// Class runs whose students chose their folder names to attack the instructor: terminal escapes,
/// Spectre markup, names that would share a folder, names of the class files. Each is graded, and
/// nothing they wrote acts on the terminal.
/// </summary>
[TestFixture]
internal sealed class HostileNamesTests
{
    /// <summary>Retitles the terminal, clears it, and returns the cursor to forge a full score (with a fraction slash: a folder name cannot hold '/').</summary>
    private const string Escapes = "evil\u001b]0;pwned\u0007\u001b[2J\r[9\u20449] student-001: 155 \u2044 155";

    [Test]
    public async Task Grade_FolderNamedWithMarkupAndEscapes_TableShowsTheNameInert()
    {
        // Given one submission in a folder named with Spectre markup and terminal escapes
        using var generated = GeneratedClass.Create(0);
        var folder = Directory.CreateDirectory(Path.Combine(generated.Submissions, "hw[1] [red]x[blink] " + Escapes)).FullName;
        File.Copy(Path.Combine(CliRun.Repository, "submissions", "examples", "python-correct", "solutions.py"), Path.Combine(folder, "solutions.py"));

        // When it is graded to the terminal as a table (120 columns)
        var run = await CliRun.Run(generated.Root, "grade", folder, "--problems", Path.Combine(CliRun.Repository, "problems"), "--problem", "toy-network");

        // Then it is graded, the name is shown as written with the escapes visible, and nothing acts
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Active(run.Output + run.Error), Is.Empty);
        Assert.That(run.Output, Does.Contain("hw[1] [red]x[blink] evil\\x1b]0;pwned\\x07\\x1b[2J\\r["), "the title, wrapped at the table's width");
        Assert.That(run.Output, Does.Match(@"Total\s+│\s+│\s+20 / 20"));
    }

    [Test]
    public async Task Grade_ClassWithEscapesInNamesAndFileNames_ProgressAndReportsAreInert()
    {
        // Given a class whose folder names and a file name carry escapes, graded in every format
        using var generated = GeneratedClass.Create(1);
        generated.Add(Escapes, "python-correct");
        generated.Add("hw[1]", "toy-scaled");
        var broken = Path.Combine(generated.Submissions, "student-001", "hw\u001b]0;x\u0007.py");
        File.WriteAllText(broken, "def f(:\n");
        var output = generated.Out("out");

        // When the class is graded
        var run = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output, "--format", "json", "md", "gradescope", "junit"));

        // Then every submission is graded, and neither the progress lines nor the messages hold a control
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Active(run.Output + run.Error), Is.Empty);
        Assert.That(run.Output, Does.Contain("evil\\x1b]0;pwned\\x07\\x1b[2J\\r[9\u20449] student-001: 155 \u2044 155: 0 / 35"), "its file starts with a comment holding its name: the CR ends it");
        Assert.That(run.Output, Does.Contain("] hw[1]: "));
        Assert.That(File.ReadAllText(Path.Combine(output, "gradebook.csv")).Split("\r\n"), Has.Length.EqualTo(5), "a header, three rows, and the end");
        Assert.That(Path.Combine(output, "students", "student-001", "junit.xml"), Does.Exist);
    }

    [Test]
    public async Task Grade_NamesThatBecomeTheSameFolder_EachGradedInItsOwnFolder()
    {
        // Given "alice smith" and "alice_smith", which both make the folder alice_smith
        using var generated = GeneratedClass.Create(0);
        generated.Add("alice smith", "python-correct");
        generated.Add("alice_smith", "toy-scaled");
        var output = generated.Out("out");

        // When the class is graded
        var run = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output));

        // Then both are graded into folders of their own, and the summary says where "alice smith" went
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var folders = Directory.GetDirectories(Path.Combine(output, "students")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(folders, Has.Count.EqualTo(2));
        Assert.That(folders[0], Is.EqualTo("alice_smith"));
        Assert.That(folders[1], Does.Match("^alice_smith-[0-9a-f]{8}$"));
        var rows = File.ReadAllLines(Path.Combine(output, "gradebook.csv"));
        Assert.That(rows, Does.Contain("alice smith,20,15,35"));
        Assert.That(rows, Does.Contain("alice_smith,0,0,0"));
        Assert.That(File.ReadAllText(Path.Combine(output, "summary.md")), Does.Contain($"- alice smith: `{folders[1]}/`"));
    }

    [Test]
    public async Task Grade_ShardsWithNamesThatShareAFolder_MergeEqualsOneRun()
    {
        // Given "alice smith" and "alice_smith" graded in two shards (one each) and in one run
        using var generated = GeneratedClass.Create(0);
        generated.Add("alice smith", "python-correct");
        generated.Add("alice_smith", "toy-scaled");
        var whole = generated.Out("whole");
        Assert.That((await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, whole))).ExitCode, Is.Zero);
        var shards = new List<string>();
        for (var k = 1; k <= 2; k++)
        {
            shards.Add(generated.Out($"shard-{k}"));
            var shard = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, shards[^1], "--shard", $"{k}/2"));
            Assert.That(shard.ExitCode, Is.Zero, shard.Error);
        }

        // When the shards are merged
        var merged = generated.Out("merged");
        var merge = await CliRun.Run(generated.Root, ["merge", .. shards, "--out", merged]);

        // Then the merge holds both, in the same folders and with the same class files as the one run
        Assert.That(merge.ExitCode, Is.Zero, merge.Error);
        Assert.That(Directory.GetDirectories(Path.Combine(merged, "students")).Select(Path.GetFileName),
            Is.EquivalentTo(Directory.GetDirectories(Path.Combine(whole, "students")).Select(Path.GetFileName)));
        Assert.That(File.ReadAllText(Path.Combine(merged, "gradebook.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(whole, "gradebook.csv"))));
        Assert.That(File.ReadAllText(Path.Combine(merged, "summary.md")), Is.EqualTo(File.ReadAllText(Path.Combine(whole, "summary.md"))));
    }

    [Test]
    public async Task Grade_StudentFoldersNamedLikeTheClassFiles_ClassFilesAndStudentsBothWritten()
    {
        // Given students whose folders are named like the class files
        string[] names = ["gradebook.csv", "report.html", "summary.md", "students"];
        using var generated = GeneratedClass.Create(0);
        foreach (var name in names)
        {
            generated.Add(name, "python-correct");
        }

        var output = generated.Out("out");

        // When the class is graded, then graded again
        var run = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output));
        var rerun = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output));

        // Then the class files are files, each student has a complete folder, and the rerun skips them all
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllLines(Path.Combine(output, "gradebook.csv")), Has.Length.EqualTo(names.Length + 1));
        Assert.That(File.ReadAllText(Path.Combine(output, "report.html")), Does.StartWith("<!DOCTYPE html>"));
        Assert.That(File.ReadAllText(Path.Combine(output, "summary.md")), Does.StartWith("# Class summary"));
        foreach (var name in names)
        {
            Assert.That(Path.Combine(output, "students", name, Grader.Class.Reports.CompletionRecord.FileName), Does.Exist);
        }

        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        Assert.That(rerun.Output, Does.Contain($"graded 0, unchanged {names.Length} of {names.Length}"));
    }

    private static string Active(string text) =>
        string.Join(" ", text.Where(c => (c < 0x20 && c != '\n') || c is >= '\u007f' and <= '\u009f').Distinct().Select(c => $"U+{(int)c:X4}"));
}
