using Grader.Courses;
using Grader.Specs;

namespace Grader.Core.Tests.Courses;

public sealed class CourseFileTests
{
    private const string Salt = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("grader-course-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Load_ValidFile_ReadsSaltAndStudents()
    {
        // Given
        var path = Write($"""
            salt: {Salt}
            students:
              - id: "12345"
                name: Alice Martin
                login: amartin
                submissions: [alice, "Alice M"]
              - id: 678
            """);

        // When
        var course = CourseFile.Load(path, "course.yaml");

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(course.SaltHex, Is.EqualTo(Salt));
            Assert.That(course.File, Is.EqualTo("course.yaml"));
            Assert.That(course.Students.Select(s => s.Id), Is.EqualTo(new[] { "12345", "678" }));
            Assert.That(course.Students[0], Is.EqualTo(course.Find("12345")));
            Assert.That(course.Students[0].Login, Is.EqualTo("amartin"));
            Assert.That(course.Students[0].Names, Is.EqualTo(new[] { "alice", "Alice M" }));
            Assert.That(course.Students[0].Line, Is.EqualTo(3));
            Assert.That(course.Students[1].Name, Is.EqualTo("678"), "a student without a name is called by their id");
            Assert.That(course.Students[1].Login, Is.Null);
        });
    }

    [Test]
    public void Load_NoSalt_SaysToRunInit()
    {
        var path = Write("students: []\n");

        var error = Assert.Throws<SpecException>(() => CourseFile.Load(path, "course.yaml"))!;

        Assert.That(error.Render(), Does.StartWith("course.yaml:1:1: error: the course file has no salt").And.Contain("./grader course init"));
    }

    [TestCase("0011223344")]
    [TestCase("not-hex-at-all-not-hex-at-all-not-hex-at-all-not-hex-at-all-xyz")]
    public void Load_ShortOrNonHexSalt_LocatedWithoutQuotingTheSalt(string salt)
    {
        var path = Write($"# a comment\nsalt: {salt}\nstudents: []\n");

        var error = Assert.Throws<SpecException>(() => CourseFile.Load(path, "course.yaml"))!;

        Assert.That(error.Location, Is.EqualTo(new SourceLocation("course.yaml", 2, 7)));
        Assert.That(error.Render(), Does.Contain("hexadecimal digits, at least 32").And.Contain("--new-salt"));
        Assert.That(error.Render(), Does.Not.Contain(salt), "the salt is never printed, even a bad one");
    }

    [TestCase("id: \"1\"", "id: \"1\"", "'1' names two students")]
    [TestCase("id: \"1\"\n    login: al", "id: \"2\"\n    login: AL", "'AL' names two students")]
    [TestCase("id: \"1\"\n    submissions: [hw]", "id: \"2\"\n    submissions: [HW]", "'HW' names two students")]
    [TestCase("id: \"1\"\n    login: al", "id: \"al\"", "'al' names two students")]
    public void Load_SameNameForTwoStudents_NamesBothLines(string first, string second, string message)
    {
        // Given: two students, the second on line 6
        var padding = string.Concat(Enumerable.Repeat("  # a comment\n", 2 - first.Count(c => c == '\n')));
        var path = Write($"salt: {Salt}\nstudents:\n  - {first}\n{padding}  - {second}\n");

        var error = Assert.Throws<SpecException>(() => CourseFile.Load(path, "course.yaml"))!;

        Assert.That(error.Message, Does.StartWith("course.yaml:6:1:").And.Contain(message).And.Contain("(lines 3 and 6)"));
    }

    [Test]
    public void Load_UnknownKey_SuggestsTheClosest()
    {
        var path = Write($"salt: {Salt}\nstudents:\n  - id: \"1\"\n    logni: al\n");

        var error = Assert.Throws<SpecException>(() => CourseFile.Load(path, "course.yaml"))!;

        Assert.That(error.Message, Does.StartWith("course.yaml:4:5:").And.Contain("unknown key 'logni'").And.Contain("did you mean 'login'?"));
    }

    [Test]
    public void Load_UnknownTopKey_SuggestsTheClosest()
    {
        var path = Write($"salt: {Salt}\nstudnets: []\n");

        var error = Assert.Throws<SpecException>(() => CourseFile.Load(path, "course.yaml"))!;

        Assert.That(error.Message, Does.Contain("did you mean 'students'?"));
    }

    [Test]
    public void Load_EmptyId_IsAnError()
    {
        var path = Write($"salt: {Salt}\nstudents:\n  - id: \"  \"\n");

        var error = Assert.Throws<SpecException>(() => CourseFile.Load(path, "course.yaml"))!;

        Assert.That(error.Message, Does.StartWith("course.yaml:3:5:").And.Contain("a student without an id"));
    }

    [Test]
    public void Load_MissingFile_RendersThePathAlone()
    {
        var error = Assert.Throws<SpecException>(() => CourseFile.Load(Path.Combine(_folder, "nope.yaml"), "nope.yaml"))!;

        Assert.That(error.Render(), Does.StartWith("nope.yaml: error: no such course file\n  hint: "));
    }

    [Test]
    public void Locate_GivenFileMissing_RendersThePathAlone()
    {
        var error = Assert.Throws<SpecException>(() => CourseFile.Locate(_folder, "elsewhere/course.yaml"))!;

        Assert.That(error.Render(), Does.StartWith("elsewhere/course.yaml: error: no such course file"));
        Assert.That(error.Render(), Does.Not.Contain(":0"));
    }

    [Test]
    public void Locate_NoneGiven_FindsTheOneBesideTheProblems()
    {
        var problems = Directory.CreateDirectory(Path.Combine(_folder, "problems")).FullName;
        Assert.That(CourseFile.Locate(problems, null), Is.Null);

        var path = Write($"salt: {Salt}\n");

        Assert.That(CourseFile.Locate(problems + "/", null), Is.EqualTo(path));
        Assert.That(CourseFile.DefaultPath(problems), Is.EqualTo(path));
    }

    [Test]
    public void Text_LoadedBack_GivesTheSameCourse()
    {
        // Given: names with quotes, backslashes, a colon, a line break and an escape, as an export may hold them
        var salt = CourseFile.NewSalt();
        RosterStudent[] students =
        [
            new("12345", "Martin, Alice \"Al\"", "amartin", ["alice", "a: b"], 0),
            new("007", "O'Brien \\ Bob\nline\u001b[2J", null, [], 0),
            new("x#1", "#not a comment", "- dash", ["[x]"], 0),
        ];

        // When
        var path = Write(CourseFile.Text(salt, students));
        var course = CourseFile.Load(path);

        // Then
        Assert.That(course.SaltHex, Is.EqualTo(Convert.ToHexStringLower(salt)));
        Assert.That(course.Students.Select(s => (s.Id, s.Name, s.Login, string.Join("|", s.Names))), Is.EqualTo(students.Select(s => (s.Id, s.Name, s.Login, string.Join("|", s.Names)))));
        Assert.That(File.ReadAllLines(path).Count(l => l.Contains("O'Brien", StringComparison.Ordinal)), Is.EqualTo(1), "a name stays on one line");
    }

    [Test]
    public void Text_NoStudents_LoadsAnEmptyRoster()
    {
        var path = Write(CourseFile.Text(CourseFile.NewSalt(), []));

        Assert.That(CourseFile.Load(path).Students, Is.Empty);
    }

    [Test]
    public void LoadRoster_NoSalt_ReadsTheStudents()
    {
        var path = Write("students:\n  - id: \"1\"\n");

        Assert.That(CourseFile.LoadRoster(path).Single().Id, Is.EqualTo("1"));
        Assert.That(CourseFile.LoadRoster(Write("")), Is.Empty);
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Save_AnyUmask_WritesAFileOnlyItsOwnerReads()
    {
        // Given: a course file readable by everyone
        var path = Write("old\n");
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100);
        var course = new Course(path, CourseFile.NewSalt(), [new RosterStudent("1", "One", null, [], 0)]);

        // When
        CourseFile.Save(path, course);

        // Then
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(CourseFile.Load(path).Students.Single().Id, Is.EqualTo("1"));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public void NewSalt_TwoCalls_Differ()
    {
        var first = CourseFile.NewSalt();

        var second = CourseFile.NewSalt();

        Assert.That(first, Has.Length.EqualTo(32).And.Not.EqualTo(second));
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "course.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
