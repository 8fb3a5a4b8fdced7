
using Grader.Class;
using Grader.Core.Tests.Running;
using Grader.Courses;
using Grader.Grading;
using Grader.Reference;
using Grader.Running;

namespace Grader.Core.Tests.Class;

public sealed class ContentHashTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("grader-hash-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void OfSpecs_CourseSaltOrRoster_ChangesTheHash()
    {
        // Given the same problem planned without a course, with one, with another salt and with a longer roster
        var problems = ProblemCatalog.Load(TestPaths.Problems).Problems.Where(p => p.Id == "bce").ToList();
        var salt = new byte[32];
        RosterStudent alice = new("1", "Alice", null, [], 0);
        string Hash(Course? course) => ContentHash.OfSpecs(GradingPlan.Create(problems, RunLimits.Default, course: course), "options");

        // When / Then: every one grades differently, so a class run regrades
        var hashes = new[]
        {
            Hash(null),
            Hash(new Course("course.yaml", salt, [alice])),
            Hash(new Course("course.yaml", [.. salt.Select(b => (byte)1)], [alice])),
            Hash(new Course("course.yaml", salt, [alice, new RosterStudent("2", "Bob", null, [], 0)])),
        };
        Assert.That(hashes.Distinct().Count(), Is.EqualTo(4));
        Assert.That(Hash(new Course("elsewhere.yaml", salt, [alice])), Is.EqualTo(hashes[1]), "where the file is does not matter");
    }

    [Test]
    public void OfSubmission_SameFilesElsewhere_SameHash()
    {
        // Given two folders with the same files
        var a = Write("a", ("main.py", "x = 1\n"), ("lib/util.py", "y = 2\n"));
        var b = Write("b", ("main.py", "x = 1\n"), ("lib/util.py", "y = 2\n"));

        // When / Then
        Assert.That(ContentHash.OfSubmission(a), Is.EqualTo(ContentHash.OfSubmission(b)));
    }

    [Test]
    [CancelAfter(20_000)]
    public void OfSubmission_FolderWithAFifo_ReturnsWithoutWaitingForAWriter()
    {
        // Given a submission whose hw.py is a named pipe no one writes to (opening it to read blocks forever)
        var folder = Write("fifo", ("other.py", "x = 1\n"));
        MakeFifo(Path.Combine(folder, "hw.py"));

        // When it is hashed (with a deadline)
        var hash = Task.Run(() => ContentHash.OfSubmission(folder));

        // Then the hash is ready at once and differs from the same folder without the pipe
        Assert.That(hash.Wait(TimeSpan.FromSeconds(10)), Is.True, "hashing waited on the pipe");
        File.Delete(Path.Combine(folder, "hw.py"));
        Assert.That(hash.Result, Is.Not.EqualTo(ContentHash.OfSubmission(folder)));
    }

    [Test]
    [CancelAfter(20_000)]
    public void OfSubmission_SubmissionIsItselfAFifo_ReturnsWithoutWaitingForAWriter()
    {
        // Given a class entry bob.zip that is a named pipe
        var pipe = Path.Combine(_root, "bob.zip");
        MakeFifo(pipe);

        // When / Then
        Assert.That(Task.Run(() => ContentHash.OfSubmission(pipe)).Wait(TimeSpan.FromSeconds(10)), Is.True, "hashing waited on the pipe");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero);
    }

    [TestCase("main.py", "x = 2\n")]
    [TestCase("lib/other.py", "y = 2\n")]
    [TestCase("extra.txt", "")]
    public void OfSubmission_OneFileChangedRenamedOrAdded_OtherHash(string file, string text)
    {
        // Given a folder, and a copy with one difference
        var a = Write("a", ("main.py", "x = 1\n"), ("lib/util.py", "y = 2\n"));
        var b = Write("b", ("main.py", "x = 1\n"), ("lib/util.py", "y = 2\n"));
        if (file == "lib/other.py")
        {
            File.Move(Path.Combine(b, "lib", "util.py"), Path.Combine(b, file));
        }
        else
        {
            File.WriteAllText(Path.Combine(b, file), text);
        }

        // When / Then
        Assert.That(ContentHash.OfSubmission(b), Is.Not.EqualTo(ContentHash.OfSubmission(a)));
    }

    [Test]
    public void OfSubmission_SymlinkOutOfTheFolder_HashesTheLinkNotTheTarget()
    {
        // Given a submission with a link to a file outside it
        var outside = Path.Combine(_root, "secret.txt");
        File.WriteAllText(outside, "one");
        var submission = Write("s", ("main.py", "x = 1\n"));
        File.CreateSymbolicLink(Path.Combine(submission, "link"), outside);
        var before = ContentHash.OfSubmission(submission);

        // When the target changes
        File.WriteAllText(outside, "two");

        // Then the hash does not (the link was not followed)
        Assert.That(ContentHash.OfSubmission(submission), Is.EqualTo(before));
    }

    private string Write(string name, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(_root, name);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return folder;
    }
}
