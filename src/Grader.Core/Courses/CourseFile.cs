using System.Security.Cryptography;
using System.Text;
using Grader.Specs;
using Grader.Specs.Yaml;

namespace Grader.Courses;

/// <summary>
/// <c>course.yaml</c>: the course's secret salt and its roster. It lives beside the problems folder
/// (never inside it, where it would be read as a spec), or wherever <c>--course</c> says. Every
/// mistake in it is a <see cref="SpecException"/> naming the file, line and what to do
/// (<see cref="CourseError"/>).
/// </summary>
public static class CourseFile
{
    public const string FileName = "course.yaml";

    /// <summary>The course file a run uses: the one given, else <c>course.yaml</c> beside the problems folder; null when there is none.</summary>
    public static string? Locate(string problemsFolder, string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? given : throw CourseError.Missing(given);
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(problemsFolder).TrimEnd(Path.DirectorySeparatorChar));
        var beside = parent is null ? null : Path.Combine(parent, FileName);
        return beside is not null && File.Exists(beside) ? beside : null;
    }

    public static Course Load(string path, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        var top = MappingReader.Of(YamlReader.Read(new SpecFile(shown, File.ReadAllText(path), Path.GetFullPath(path))), "the course file", "salt", "students");
        var saltNode = top.Optional("salt") ?? throw CourseError.NoSalt(shown);
        var salt = ReadSalt(saltNode, top.AsString(saltNode, "salt"));
        var students = new List<RosterStudent>();
        if (top.Optional("students") is { } list)
        {
            foreach (var item in MappingReader.AsSequence(list, "students").Items)
            {
                students.Add(ReadStudent(item));
            }
        }

        CheckUnique(students, shown);
        return new Course(shown, salt, students);
    }

    /// <summary>A new course file's text: a fresh salt and the given roster.</summary>
    public static string Text(byte[] salt, IEnumerable<RosterStudent> students)
    {
        var builder = new StringBuilder();
        builder.Append("# The course's secret salt decides every student's numbers: keep this file out of anything students see.\n");
        builder.Append("# Made by ./grader course init; ./grader course roster EXPORT.csv fills the students from a Canvas or Moodle export.\n");
        builder.Append("salt: ").Append(Convert.ToHexStringLower(salt)).Append('\n');
        builder.Append("students:");
        var any = false;
        foreach (var student in students)
        {
            any = true;
            builder.Append("\n  - id: ").Append(Quote(student.Id));
            builder.Append("\n    name: ").Append(Quote(student.Name));
            if (student.Login is { } login)
            {
                builder.Append("\n    login: ").Append(Quote(login));
            }

            if (student.Names.Count > 0)
            {
                builder.Append("\n    submissions: [").Append(string.Join(", ", student.Names.Select(Quote))).Append(']');
            }
        }

        return builder.Append(any ? "\n" : " []\n").ToString();
    }

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(32);

    private static byte[] ReadSalt(YamlNode node, string text)
    {
        try
        {
            var salt = Convert.FromHexString(text.Trim());
            return salt.Length >= Course.MinSaltBytes ? salt : throw CourseError.ShortSalt(node);
        }
        catch (FormatException)
        {
            throw CourseError.ShortSalt(node);
        }
    }

    private static RosterStudent ReadStudent(YamlNode node)
    {
        var reader = MappingReader.Of(node, "a student", "id", "name", "login", "submissions");
        var id = reader.RequireString("id", "id: \"12345\"").Trim();
        if (id.Length == 0)
        {
            throw CourseError.EmptyId(node);
        }

        var names = new List<string>();
        if (reader.Optional("submissions") is { } submissions)
        {
            names.AddRange(MappingReader.AsSequence(submissions, "submissions").Items.Select(item => reader.AsString(item, "submissions").Trim()));
        }

        return new RosterStudent(id, reader.OptionalString("name")?.Trim() ?? id, reader.OptionalString("login")?.Trim(), names, node.Line);
    }

    private static void CheckUnique(List<RosterStudent> students, string file)
    {
        var seen = new Dictionary<string, RosterStudent>(StringComparer.OrdinalIgnoreCase);
        foreach (var student in students)
        {
            foreach (var name in new[] { student.Id, student.Login }.Concat(student.Names).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (seen.TryGetValue(name, out var first) && first != student)
                {
                    throw CourseError.Duplicate(file, student.Line, name, first.Line);
                }

                seen[name] = student;
            }
        }
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
