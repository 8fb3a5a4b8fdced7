using System.Globalization;
using Grader.Courses;

namespace Grader.Cli;

/// <summary>What <c>./grader course</c> says. Paths and ids in them come from users and exports: printed inert.</summary>
internal static partial class CliMessages
{
    public const string KeepCoursePrivate =
        "Keep it private: its salt decides every student's numbers, and anyone who has it can compute them all. "
        + "It is readable only by you; never commit it (add course.yaml to .gitignore) or copy it where students can see it.";

    public static UsageException NoCourseFile(string path, bool given) => new(given
        ? $"no course file at {path}: run ./grader course init --course {path} first"
        : $"no course file at {path} (beside the problems folder): run ./grader course init first, or give one with --course FILE");

    public static FileNotFoundException NoExport(string path) => new($"no gradebook export at {path}");

    public static string CourseCreated(string path) =>
        $"Wrote {path} with a fresh secret salt (not shown). Next: ./grader course roster EXPORT.csv imports the students from a Canvas or Moodle gradebook export.";

    public static string CourseKept(string path, int students) =>
        Students($"{path} already exists", students) + ": kept its salt and roster. ./grader course init --new-salt replaces the salt (every student's numbers change).";

    public static string SaltAdded(string path, string problem, int students) =>
        Students($"{path} had no usable salt ({problem}); wrote a fresh one (not shown) and kept its roster", students) + ".";

    public static string SaltReplaced(string path, int students) =>
        Students($"warning: replaced the salt of {path} (not shown) and kept its roster", students)
        + ". Every student's numbers change: variants already handed out no longer match what is graded.";

    public static string RosterImported(ImportedRoster roster, RosterUpdate update, string path) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Imported {Count(roster.Students.Count, "student")} from the {roster.Source} export {roster.File} into {path}: {update.Added} new, {update.Updated} updated, {update.Unchanged} unchanged.")
        + (roster.SkippedRows == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Skipped {Count(roster.SkippedRows, "row")} that list no student (Points Possible, Test Student, blank)."));

    public static string NotInExport(IReadOnlyList<RosterStudent> students, string path)
    {
        var ids = string.Join(", ", students.Take(10).Select(s => s.Id)) + (students.Count > 10 ? ", …" : string.Empty);
        return string.Create(CultureInfo.InvariantCulture, $"{Count(students.Count, "student")} of {path} not in the export ({ids}): kept, with their numbers. ")
            + "Remove them from students: by hand if they left the course.";
    }

    public static string NoStudents(string path) => $"{path} has no students yet: ./grader course roster EXPORT.csv imports them.";

    public static string RosterCaption(int students, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{Count(students, "student")} in {path} (the salt is not shown)");

    public static string CourseReadableByOthers(string path) =>
        $"warning: {path} can be read by other users of this machine: chmod 600 {path}";

    private static string Students(string sentence, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{sentence} ({Count(count, "student")})");

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
