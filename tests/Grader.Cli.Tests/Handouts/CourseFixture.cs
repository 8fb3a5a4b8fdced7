using Grader.Courses;
using Grader.Reference;

namespace Grader.Cli.Tests.Handouts;

/// <summary>
/// A temporary course for handout tests: a fresh salt and the given roster written to a
/// <c>course.yaml</c> in a temporary folder, the repository's problems beside it as the catalogue.
/// </summary>
internal sealed class CourseFixture : IDisposable
{
    private CourseFixture(string folder, string salt, IReadOnlyList<RosterStudent> students)
    {
        Folder = folder;
        SaltHex = salt;
        Students = students;
    }

    public static string Problems { get; } = Path.Combine(CliRun.Repository, "problems");

    /// <summary>The repository's problems, loaded once.</summary>
    public static ProblemCatalog Catalog => LazyCatalog.Value;

    public string Folder { get; }

    public string CoursePath => Path.Combine(Folder, CourseFile.FileName);

    public string SaltHex { get; }

    public IReadOnlyList<RosterStudent> Students { get; }

    public Course Course => CourseFile.Load(CoursePath);

    private static Lazy<ProblemCatalog> LazyCatalog { get; } = new(() => ProblemCatalog.Load(Problems));

    public static CourseFixture Create(params RosterStudent[] students)
    {
        var folder = Directory.CreateTempSubdirectory("grader-handout-").FullName;
        var salt = CourseFile.NewSalt();
        File.WriteAllText(Path.Combine(folder, CourseFile.FileName), CourseFile.Text(salt, students));
        return new CourseFixture(folder, Convert.ToHexStringLower(salt), students);
    }

    /// <summary>Alice (12345), Bob (67890) and Carol (a id with a slash), none hostile.</summary>
    public static CourseFixture Plain() => Create(Student("12345", "Alice Martin", "alice"), Student("67890", "Bob Okafor"), Student("c/3", "Carol Li"));

    public static RosterStudent Student(string id, string name, string? login = null) => new(id, name, login, [], 0);

    /// <summary><c>./grader handout</c> in the course's folder, with its course file and the repository's problems.</summary>
    public Task<CliRun> Handout(params string[] args) =>
        CliRun.Run(Folder, ["handout", "--course", CoursePath, "--problems", Problems, .. args]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
