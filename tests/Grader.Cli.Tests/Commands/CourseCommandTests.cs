using Grader.Courses;

namespace Grader.Cli.Tests.Commands;

/// <summary><c>./grader course</c> through the real command line, in a folder of its own with a problems folder.</summary>
[Platform(Exclude = "Win")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CourseCommandTests
{
    private const string CanvasExport =
        "\uFEFFStudent,ID,SIS User ID,SIS Login ID,Section,Homework 1 (101)\r\n"
        + "    Points Possible,,,,,10.00\r\n"
        + "\"Martin, Alice\",12345,S1,amartin,A,8\r\n"
        + "\"Student, Test\",999,,,A,\r\n"
        + "\"Ng, Bob\",678,S2,bng,A,7\r\n";

    private string _folder = null!;

    private string CoursePath => Path.Combine(_folder, "course.yaml");

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("grader-course-cli-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "problems"));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Init_NoCourseFile_WritesAPrivateOneBesideTheProblemsWithoutPrintingTheSalt()
    {
        // When
        var run = await Run("course", "init");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var course = CourseFile.Load(CoursePath);
        Assert.Multiple(() =>
        {
            Assert.That(course.Students, Is.Empty);
            Assert.That(File.GetUnixFileMode(CoursePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(run.Output, Does.Contain("Wrote course.yaml").And.Contain("Keep it private").And.Contain(".gitignore"));
            Assert.That(run.Output + run.Error, Does.Not.Contain(course.SaltHex));
        });
    }

    [Test]
    public async Task Init_CourseFileExists_KeepsSaltAndRoster()
    {
        // Given
        await Run("course", "init");
        await File.WriteAllTextAsync(Path.Combine(_folder, "canvas.csv"), CanvasExport);
        await Run("course", "roster", "canvas.csv");
        var before = File.ReadAllText(CoursePath);

        // When
        var run = await Run("course", "init");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllText(CoursePath), Is.EqualTo(before));
        Assert.That(run.Output, Does.Contain("course.yaml already exists (2 students): kept its salt and roster").And.Contain("--new-salt"));
    }

    [Test]
    public async Task Init_NewSalt_ReplacesTheSaltKeepsTheRosterAndWarns()
    {
        // Given
        await Run("course", "init");
        await File.WriteAllTextAsync(Path.Combine(_folder, "canvas.csv"), CanvasExport);
        await Run("course", "roster", "canvas.csv");
        var before = CourseFile.Load(CoursePath);

        // When
        var run = await Run("course", "init", "--new-salt");

        // Then
        var after = CourseFile.Load(CoursePath);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(after.SaltHex, Is.Not.EqualTo(before.SaltHex));
        Assert.That(after.Students.Select(s => s.Id), Is.EqualTo(before.Students.Select(s => s.Id)));
        Assert.That(run.Output, Does.Contain("warning: replaced the salt").And.Contain("Every student's numbers change"));
        Assert.That(run.Output, Does.Not.Contain(after.SaltHex).And.Not.Contain(before.SaltHex));
    }

    [Test]
    public async Task Init_FileWithoutSalt_AddsOneKeepingTheRoster()
    {
        // Given: a roster written by hand, no salt yet
        await File.WriteAllTextAsync(CoursePath, "students:\n  - id: \"1\"\n    submissions: [alice]\n");

        // When
        var run = await Run("course", "init");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(CourseFile.Load(CoursePath).Students.Single().Names, Is.EqualTo(new[] { "alice" }));
        Assert.That(run.Output, Does.Contain("had no usable salt").And.Contain("kept its roster (1 student)"));
    }

    [Test]
    public async Task Init_CourseOption_WritesThere()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "private"));

        var run = await Run("course", "init", "--course", "private/my-course.yaml");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.Exists(Path.Combine(_folder, "private", "my-course.yaml")));
        Assert.That(File.Exists(CoursePath), Is.False);
    }

    [Test]
    public async Task Roster_CanvasExport_ImportsAndSummarizes()
    {
        // Given
        await Run("course", "init");
        var salt = CourseFile.Load(CoursePath).SaltHex;
        await File.WriteAllTextAsync(Path.Combine(_folder, "canvas.csv"), CanvasExport);

        // When
        var run = await Run("course", "roster", "canvas.csv");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var course = CourseFile.Load(CoursePath);
        Assert.That(course.SaltHex, Is.EqualTo(salt));
        Assert.That(course.Students.Select(s => (s.Id, s.Name, s.Login)), Is.EqualTo(new[] { ("12345", "Martin, Alice", (string?)"amartin"), ("678", "Ng, Bob", "bng") }));
        Assert.That(File.GetUnixFileMode(CoursePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(run.Output, Does.Contain("Imported 2 students from the Canvas export canvas.csv into course.yaml: 2 new, 0 updated, 0 unchanged.").And.Contain("Skipped 2 rows"));
    }

    [Test]
    public async Task Roster_AgainWithAMoodleExport_KeepsSubmissionNamesAndCountsWhoLeft()
    {
        // Given: a course with two students, one with a submission name
        var salt = CourseFile.NewSalt();
        CourseFile.Save(CoursePath, salt, [new RosterStudent("s1", "Alice Martin", null, ["alice-hw"], 0), new RosterStudent("s2", "Bob Ng", null, [], 0)]);
        await File.WriteAllTextAsync(Path.Combine(_folder, "moodle.csv"), "First name;Surname;ID number;Username;Email address\nAlice;Martin;s1;amartin;a@x\nCarol;Diaz;s3;;carol.diaz@x\n");

        // When
        var run = await Run("course", "roster", "moodle.csv");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var students = CourseFile.Load(CoursePath).Students;
        Assert.That(students.Select(s => (s.Id, s.Login, string.Join("|", s.Names))), Is.EqualTo(new[] { ("s1", (string?)"amartin", "alice-hw"), ("s2", null, ""), ("s3", "carol.diaz", "") }));
        Assert.That(run.Output, Does.Contain("from the Moodle export").And.Contain("1 new, 1 updated, 0 unchanged"));
        Assert.That(run.Output, Does.Contain("1 student of course.yaml not in the export (s2): kept"));
    }

    [Test]
    public async Task Roster_NoCourseFile_SaysToRunInitFirst()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "canvas.csv"), CanvasExport);

        var run = await Run("course", "roster", "canvas.csv");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain("no course file at course.yaml").And.Contain("./grader course init first"));
    }

    [Test]
    public async Task Roster_MissingExport_NamesIt()
    {
        await Run("course", "init");

        var run = await Run("course", "roster", "nope.csv");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain("no gradebook export at nope.csv"));
    }

    [Test]
    public async Task Roster_BadExport_ReportsLikeACompilerAndLeavesTheCourseAlone()
    {
        // Given: an export whose third line holds a formula and a terminal escape
        await Run("course", "init");
        var before = File.ReadAllText(CoursePath);
        await File.WriteAllTextAsync(Path.Combine(_folder, "canvas.csv"), "Student,ID\nAlice,1\n\"=cmd\u001b[2J\",2\n");

        // When
        var run = await Run("course", "roster", "canvas.csv");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.StartWith("canvas.csv:3:1: error: the Student cell starts with '='").And.Contain(" 3 | \"=cmd\\x1b[2J\",2"));
        Assert.That(run.Error.Contains('\u001b', StringComparison.Ordinal), Is.False, "no escape reaches the terminal");
        Assert.That(File.ReadAllText(CoursePath), Is.EqualTo(before));
    }

    [Test]
    public async Task Show_Roster_ListsStudentsInertNeverTheSalt()
    {
        // Given: a student whose name holds Spectre markup and a terminal escape
        var salt = CourseFile.NewSalt();
        CourseFile.Save(CoursePath, salt, [new RosterStudent("1", "[red]Mallory\u001b]0;pwned\u0007", "mal", ["m-hw"], 0)]);

        // When
        var run = await Run("course", "show");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("[red]Mallory\\x1b]0;pwned\\x07").And.Contain("m-hw").And.Contain("1 student in course.yaml (the salt is not shown)"));
        Assert.That(run.Output.Contains('\u001b', StringComparison.Ordinal), Is.False, "no escape reaches the terminal");
        Assert.That(run.Output, Does.Not.Contain(Convert.ToHexStringLower(salt)));
    }

    [Test]
    public async Task Show_BrokenCourseFile_ReportsTheLine()
    {
        await File.WriteAllTextAsync(CoursePath, "salt: 00\nstudents: []\n");

        var run = await Run("course", "show");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.StartWith("course.yaml:1:7: error: the salt must be hexadecimal digits"));
    }

    [Test]
    public async Task Help_ListsTheCourseVerbs()
    {
        var run = await Run("course", "--help");

        Assert.That(run.Output, Does.Contain("init").And.Contain("roster").And.Contain("show"));
    }

    private Task<CliRun> Run(params string[] args) => CliRun.Run(_folder, args);
}
