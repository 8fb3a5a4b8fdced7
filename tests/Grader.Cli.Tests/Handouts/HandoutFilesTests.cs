using Grader.Cli.Handouts;

namespace Grader.Cli.Tests.Handouts;

public sealed class HandoutFilesTests
{
    [Test]
    public void Assign_SafeIds_KeepTheirNames()
    {
        Assert.That(HandoutFiles.Assign(["12345", "alice.martin", "é-3"]), Is.EqualTo(new Dictionary<string, string>
        {
            ["12345"] = "12345",
            ["alice.martin"] = "alice.martin",
            ["é-3"] = "é-3",
        }));
    }

    [Test]
    public void Assign_IdsThatCollide_GetDistinctSafeNamesEvenIgnoringCase()
    {
        // Given: four ids that are one file name once made safe (A_B is a_b where case is ignored), and two that would climb out
        string[] ids = ["a/b", "a:b", "a_b", "A:B", "../x", "..\\x"];

        // When
        var names = HandoutFiles.Assign(ids);

        // Then
        Assert.That(names.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(ids.Length));
        Assert.That(names["a_b"], Is.EqualTo("a_b"), "an id that is already safe keeps its name");
        Assert.That(names["a/b"], Does.Match("^a_b-[0-9a-f]{8}$"));
        Assert.That(names.Values, Has.None.StartsWith(".").And.None.Contains("/").And.None.Contains("\\"));
    }

    [Test]
    public void Assign_AStudentsName_DoesNotDependOnTheRest()
    {
        // When
        var alone = HandoutFiles.Assign(["a/b", "a_b"]);
        var withOthers = HandoutFiles.Assign(["zz", "a:b", "a/b", "a_b"]);

        // Then
        Assert.That(withOthers["a/b"], Is.EqualTo(alone["a/b"]));
    }
}
