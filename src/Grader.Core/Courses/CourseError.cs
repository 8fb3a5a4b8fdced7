using Grader.Specs;
using Grader.Specs.Yaml;

namespace Grader.Courses;

/// <summary>
/// Every error message about a course file or a roster, in one place (a gradebook export's are in
/// <c>CourseError.Roster.cs</c>). None of them ever quotes the salt.
/// </summary>
public static partial class CourseError
{
    internal static SpecException NoSalt(string file) => new(
        new SourceLocation(file, 1, 1),
        "the course file has no salt, so no student's numbers can be drawn",
        "run ./grader course init to make one (it keeps the roster), and keep the file out of anything students see");

    // Without the source line: it would print the salt.
    internal static SpecException ShortSalt(YamlNode node) => new(
        new SourceLocation(node.File.Path, node.Line, node.Column),
        $"the salt must be hexadecimal digits, at least {Course.MinSaltBytes * 2} of them",
        "run ./grader course init --new-salt for a fresh one (every student's numbers change with it)");

    internal static SpecException EmptyId(YamlNode node) => SpecError.At(node, "a student without an id", "give each student the id of the LMS gradebook, e.g. id: \"12345\"");

    internal static SpecException Duplicate(string file, int line, string name, int firstLine) => new(
        new SourceLocation(file, line, 1),
        $"'{name}' names two students (lines {firstLine} and {line})",
        "each id, login and submission name belongs to one student: remove or rename one of them");

    internal static SpecException Missing(string path) => new(
        new SourceLocation(path, 0, 0),
        "no such course file",
        "give the path of a course.yaml, or run ./grader course init to make one");

    internal static SpecException UnknownStudent(string file, string id) => new(
        new SourceLocation(file, 0, 0),
        $"no student '{id}' in the roster",
        "use an id from the students: list (./grader course roster EXPORT.csv imports them)");
}
