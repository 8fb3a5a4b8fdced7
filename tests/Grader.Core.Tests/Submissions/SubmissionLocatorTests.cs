using Grader.Submissions;

namespace Grader.Core.Tests.Submissions;

internal sealed class SubmissionLocatorTests
{
    [Test]
    public void FindAll_SubmissionsAndClasses_FindsEverySubmissionOnce()
    {
        // Given a submissions folder holding a student's folder, a zip, and a class of two
        var root = Directory.CreateTempSubdirectory("grader-locator-").FullName;
        try
        {
            Write(root, "alice/solutions.py");
            Write(root, "bob.zip");
            Write(root, "hw3/carol/answers.yaml");
            Write(root, "hw3/dave/notes.md");
            Write(root, "hw3/expected.yaml");
            Write(root, ".git/config");

            // When its submissions are found
            var found = SubmissionLocator.FindAll(root).Select(p => Path.GetRelativePath(root, p));

            // Then each is one submission, and the class's own files are none
            Assert.That(found, Is.EqualTo(new[] { "alice", "bob.zip", "hw3/carol", "hw3/dave" }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void FindAll_OneSubmission_IsItself()
    {
        var example = Path.Combine(TestPaths.Examples, "toy-scaled");
        Assert.That(SubmissionLocator.FindAll(example), Is.EqualTo(new[] { example }));
    }

    [Test]
    public void FindAll_Examples_AreTheManifestsExamples() =>
        Assert.That(SubmissionLocator.FindAll(TestPaths.Examples).Select(Path.GetFileName), Is.EquivalentTo(Grading.ExampleManifest.Names()));

    [Test]
    public void FindAll_NoSuchFolder_Throws() =>
        Assert.That(() => SubmissionLocator.FindAll("/no/such/submissions"), Throws.TypeOf<FileNotFoundException>());

    private static void Write(string root, string file)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
    }
}
