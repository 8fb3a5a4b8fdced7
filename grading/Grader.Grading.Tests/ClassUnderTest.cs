using Grader.Class;
using Grader.Courses;
using Grader.Reference;
using Grader.Specs;
using Grader.Submissions;

namespace Grader.Grading.Tests;

/// <summary>
/// The course and class the suite grades, found once when the tests are discovered: the problems (every
/// spec must load, as <c>./grader grade</c> requires), the course file beside them, and the submissions.
/// Only what discovery needs is read here (names, ids, points); nothing is run or solved.
/// </summary>
internal static class ClassUnderTest
{
    private static readonly Lazy<Found> Discovered = new(Discover);

    /// <summary>The problems, in the catalogue's order; empty when a spec does not load.</summary>
    public static IReadOnlyList<CompiledProblem> Problems => Discovered.Value.Catalog?.Errors.Count == 0 ? Discovered.Value.Catalog.Problems : [];

    /// <summary>The submissions, in name order; empty when the course cannot be graded (see <see cref="Errors"/>).</summary>
    public static IReadOnlyList<SuiteSubmission> Submissions => Errors.Count == 0 ? Discovered.Value.Submissions : [];

    /// <summary>Why the class cannot be graded: specs that do not load, a course file that does not, no submissions.</summary>
    public static IReadOnlyList<string> Errors => Discovered.Value.Errors;

    public static ProblemCatalog Catalog => Discovered.Value.Catalog ?? throw new InvalidOperationException(string.Join("\n", Errors));

    public static Course? Course => Discovered.Value.Course;

    /// <summary>The fixtures of <see cref="SubmissionTests"/>: one per submission.</summary>
    public static IEnumerable<TestFixtureData> Fixtures() => Submissions.Select(s => new TestFixtureData(s));

    private static Found Discover()
    {
        var errors = new List<string>();
        ProblemCatalog? catalog = null;
        Course? course = null;
        try
        {
            catalog = ProblemCatalog.Load(SuiteSettings.Problems, SuiteSettings.Home);
            errors.AddRange(catalog.Errors.Select(e => e.Render()));
            var file = CourseFile.Locate(SuiteSettings.Problems, null);
            course = file is null ? null : CourseFile.Load(file, Path.GetRelativePath(SuiteSettings.Home, file));
        }
        catch (Exception e) when (e is SpecException or IOException)
        {
            errors.Add(e is SpecException spec ? spec.Render() : e.Message);
        }

        var submissions = new List<SuiteSubmission>();
        try
        {
            submissions.AddRange(Find(SuiteSettings.Submissions));
        }
        catch (IOException e)
        {
            errors.Add(SuiteMessages.NoSubmissions(SuiteSettings.SubmissionsShown, e.Message));
        }

        if (submissions.Count == 0 && errors.Count == 0)
        {
            errors.Add(SuiteMessages.NoSubmissions(SuiteSettings.SubmissionsShown, "the folder is empty"));
        }

        return new Found(catalog, course, submissions, errors);
    }

    private static IEnumerable<SuiteSubmission> Find(string root)
    {
        if (Directory.Exists(root) && !Directory.EnumerateFileSystemEntries(root).Any(e => !Path.GetFileName(e).StartsWith('.')))
        {
            return [];
        }

        var paths = SubmissionLocator.FindAll(root);
        var folders = OutputFolders.Assign(paths);
        return paths.Select(p => new SuiteSubmission(
            p,
            p == root ? SubmissionName.Entry(p) : Path.GetRelativePath(root, p),
            SubmissionName.Of(p),
            folders[p]));
    }

    private sealed record Found(ProblemCatalog? Catalog, Course? Course, IReadOnlyList<SuiteSubmission> Submissions, IReadOnlyList<string> Errors);
}
