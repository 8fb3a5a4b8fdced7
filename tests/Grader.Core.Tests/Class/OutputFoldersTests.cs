using System.Security.Cryptography;
using System.Text;
using Grader.Class;

namespace Grader.Core.Tests.Class;

public sealed class OutputFoldersTests
{
    private string _class = null!;

    [SetUp]
    public void CreateClass() => _class = Directory.CreateTempSubdirectory("grader-folders-").FullName;

    [TearDown]
    public void RemoveClass() => Directory.Delete(_class, recursive: true);

    [Test]
    public void Assign_NamesThatBecomeTheSameFolder_GivesEachItsOwn()
    {
        // Given "alice smith", "alice_smith" and "alice?smith", which all become alice_smith
        var paths = Folders("alice smith", "alice_smith", "alice?smith", "bob");

        // When folders are assigned
        var folders = OutputFolders.Assign(paths);

        // Then the name written as it is keeps it, the others get a hash of their own name
        Assert.That(folders.Values, Is.Unique);
        Assert.That(folders[paths[1]], Is.EqualTo("alice_smith"));
        Assert.That(folders[paths[0]], Is.EqualTo("alice_smith-" + Hash("alice smith")));
        Assert.That(folders[paths[2]], Is.EqualTo("alice_smith-" + Hash("alice?smith")));
        Assert.That(folders[paths[3]], Is.EqualTo("bob"));
    }

    [Test]
    public void Assign_SameClassInAnotherOrder_SameFolders()
    {
        // Given the same class listed in two orders
        var paths = Folders("alice smith", "alice_smith", "x y", "x+y", "x_y");

        // When each is assigned
        var forward = OutputFolders.Assign(paths);
        var backward = OutputFolders.Assign(paths.AsEnumerable().Reverse());

        // Then they agree (reruns and every shard see the same folders)
        Assert.That(backward, Is.EquivalentTo(forward));
    }

    [Test]
    public void Assign_ANameChosenToLookHashed_StillDistinct()
    {
        // Given a student who named a folder after the hashed folder another student would get
        var paths = Folders("alice smith", "alice_smith", "alice_smith-" + Hash("alice smith"));

        // When folders are assigned
        var folders = OutputFolders.Assign(paths);

        // Then all three are distinct
        Assert.That(folders.Values, Is.Unique);
        Assert.That(folders[paths[2]], Is.EqualTo("alice_smith-" + Hash("alice smith")));
    }

    [Test]
    public void Assign_FolderAndZipOfTheSameName_GivesEachItsOwn()
    {
        // Given a folder alice and a zip alice.zip
        var folder = Folders("alice")[0];
        var zip = Path.Combine(_class, "alice.zip");
        File.WriteAllBytes(zip, []);

        // When folders are assigned
        var folders = OutputFolders.Assign([zip, folder]);

        // Then the folder keeps the name, the zip gets a hash of "alice.zip"
        Assert.That(folders[folder], Is.EqualTo("alice"));
        Assert.That(folders[zip], Is.EqualTo("alice-" + Hash("alice.zip")));
    }

    [Test]
    public void Assign_LongestNamesThatCollide_EveryFolderFitsAFileName()
    {
        // Given two names as long as a file name may be (255 bytes), in 2-byte letters, that become the
        // same safe name
        var long1 = new string('é', 127) + " ";
        var long2 = new string('é', 127) + "_";

        // When folders are assigned
        var folders = OutputFolders.Assign([Path.Combine(_class, long1), Path.Combine(_class, long2)]);

        // Then each folder is distinct and a valid file name (at most 255 bytes of UTF-8)
        Assert.That(folders.Values, Is.Unique);
        Assert.That(folders.Values.Select(Encoding.UTF8.GetByteCount), Has.All.LessThanOrEqualTo(255));
    }

    [TestCase("alice smith", "alice_smith")]
    [TestCase("..", "submission")]
    [TestCase(".hidden.", "hidden")]
    [TestCase("bob.tmp-merge", "bob_tmp-merge")]
    [TestCase("gradebook.csv", "gradebook.csv")]
    [TestCase("hw[1]\u001b]0;x\u0007", "hw_1___0_x_")]
    public void SafeName_StudentName_LettersDigitsDashUnderscoreDot(string name, string expected)
    {
        // When / Then
        Assert.That(OutputFolders.SafeName(name), Is.EqualTo(expected));
    }

    private string[] Folders(params string[] names) =>
        [.. names.Select(n => Directory.CreateDirectory(Path.Combine(_class, n)).FullName)];

    private static string Hash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
}
