using Grader.Courses;

namespace Grader.Core.Tests.Courses;

public sealed class CourseTests
{
    private static readonly byte[] Salt = Convert.FromHexString("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    private static readonly RosterStudent Alice = new("12345", "Martin, Alice", "amartin", ["alice-hw", "a.martin"], 3);
    private static readonly RosterStudent Bob = new("678", "Ng, Bob", "bng", [], 7);
    private static readonly RosterStudent Carol = new("9001", "Diaz, Carol", null, ["carol"], 10);

    private static Course Class(params RosterStudent[] students) => new("course.yaml", Salt, students);

    [Test]
    public void VariantSeed_AnotherStudentJoins_NobodyElsesSeedChanges()
    {
        // Given
        var before = Class(Alice, Bob);

        // When: a student joins, and the roster is reordered
        var after = Class(Carol, Bob, Alice);

        // Then
        Assert.That(after.VariantSeed("12345", "toy-network"), Is.EqualTo(before.VariantSeed("12345", "toy-network")));
        Assert.That(after.VariantSeed("678", "bce"), Is.EqualTo(before.VariantSeed("678", "bce")));
    }

    [Test]
    public void VariantSeed_DependsOnSaltStudentAndProblem()
    {
        var course = Class(Alice, Bob);
        var otherSalt = new Course("course.yaml", CourseFile.NewSalt(), [Alice, Bob]);

        var seed = course.VariantSeed("12345", "toy-network");

        Assert.Multiple(() =>
        {
            Assert.That(seed, Is.GreaterThanOrEqualTo(0));
            Assert.That(course.VariantSeed("12345", "toy-network"), Is.EqualTo(seed), "the same every time");
            Assert.That(course.VariantSeed("678", "toy-network"), Is.Not.EqualTo(seed));
            Assert.That(course.VariantSeed("12345", "bce"), Is.Not.EqualTo(seed));
            Assert.That(otherSalt.VariantSeed("12345", "toy-network"), Is.Not.EqualTo(seed));
        });
    }

    [Test]
    public void VariantSeed_StudentNotInTheRoster_StillOnlyTheSaltDecides()
    {
        Assert.That(Class().VariantSeed("12345", "bce"), Is.EqualTo(Class(Alice).VariantSeed("12345", "bce")));
    }

    [Test]
    public void VariantSeed_IdAndProblemSwappedOrJoined_Differ()
    {
        // The message separates its parts: ("ab", "c") and ("a", "bc") are different students' seeds.
        var course = Class();

        Assert.That(course.VariantSeed("ab", "c"), Is.Not.EqualTo(course.VariantSeed("a", "bc")));
        Assert.That(course.VariantSeed("x", "y"), Is.Not.EqualTo(course.VariantSeed("y", "x")));
    }

    [Test]
    public void Constructor_ShortSalt_Throws()
    {
        Assert.Throws<ArgumentException>(() => _ = new Course("course.yaml", new byte[15], []));
    }

    [TestCase("12345")]
    [TestCase("AMARTIN")]
    [TestCase("amartin/")]
    [TestCase("Alice-HW")]
    [TestCase("alice-hw.zip")]
    [TestCase("alice-hw.ipynb")]
    [TestCase("submissions/12345.py")]
    [TestCase("a.martin")]
    [TestCase("a.martin.zip")]
    [TestCase("martinalice_12345_678_hw3.zip")]
    [TestCase("martinalice_LATE_12345_678_hw3.zip")]
    [TestCase("Alice Martin_12345_assignsubmission_file_")]
    [TestCase("Alice Martin_12345_assignsubmission_file_/")]
    public void OwnerOf_NameOfAlice_IsAlice(string name)
    {
        Assert.That(Class(Alice, Bob, Carol).OwnerOf(name), Is.EqualTo(Alice));
    }

    [TestCase("nobody")]
    [TestCase("12345_martinalice", Description = "the first part of a download name is the student's name, never their id")]
    [TestCase("martinalice_hw3.zip")]
    [TestCase("martinalice_LATE")]
    [TestCase("")]
    [TestCase(".zip")]
    public void OwnerOf_NoneOrMoreThanOne_IsNull(string name)
    {
        Assert.That(Class(Alice, Bob, Carol).OwnerOf(name), Is.Null);
    }

    [Test]
    public void OwnerOf_SubmissionNumberIsAnotherStudentsId_ReadsOnlyThePartAfterTheName()
    {
        Assert.That(Class(Alice, Bob, Carol).OwnerOf("ngbob_678_12345_hw3.zip"), Is.EqualTo(Bob));
    }

    [Test]
    public void OwnerOf_TwoStudentsWithIdsDifferingInCase_IsNull()
    {
        var upper = new RosterStudent("AB1", "Upper", null, [], 1);
        var lower = new RosterStudent("ab1", "Lower", null, [], 2);

        Assert.That(Class(upper, lower).OwnerOf("x_ab1_2_hw.zip"), Is.Null);
    }

    [Test]
    public void OwnerOf_ExactNameBeforeDownloadName()
    {
        // Given: a student whose listed name looks like a download name carrying another's id
        var dora = new RosterStudent("55", "Dora", null, ["dora_678_x"], 12);

        Assert.That(Class(Bob, dora).OwnerOf("dora_678_x.zip"), Is.EqualTo(dora));
    }

    [Test]
    public void WithStudents_KeepsTheSalt()
    {
        var course = Class(Alice);

        var next = course.WithStudents([Alice, Bob]);

        Assert.That(next.SaltHex, Is.EqualTo(course.SaltHex));
        Assert.That(next.VariantSeed("12345", "bce"), Is.EqualTo(course.VariantSeed("12345", "bce")));
        Assert.That(next.Find("678"), Is.EqualTo(Bob));
    }
}
