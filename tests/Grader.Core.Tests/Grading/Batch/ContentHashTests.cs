using Grader.Grading.Batch;

namespace Grader.Core.Tests.Grading.Batch;

public sealed class ContentHashTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("grader-hash-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void OfSubmission_SameFilesElsewhere_SameHash()
    {
        // Given two folders with the same files
        var a = Write("a", ("main.py", "x = 1\n"), ("lib/util.py", "y = 2\n"));
        var b = Write("b", ("main.py", "x = 1\n"), ("lib/util.py", "y = 2\n"));

        // When / Then
        Assert.That(ContentHash.OfSubmission(a), Is.EqualTo(ContentHash.OfSubmission(b)));
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
