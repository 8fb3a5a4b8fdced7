using System.Globalization;
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

        var beside = DefaultPath(problemsFolder);
        return File.Exists(beside) ? beside : null;
    }

    /// <summary>Where the course file of a problems folder lives when <c>--course</c> does not say: <c>course.yaml</c> in the folder above it.</summary>
    public static string DefaultPath(string problemsFolder)
    {
        var full = Path.GetFullPath(problemsFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, FileName);
    }

    public static Course Load(string path, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        var (saltNode, students) = Read(path, shown);
        if (saltNode is null)
        {
            throw CourseError.NoSalt(shown);
        }

        var text = saltNode is YamlScalar scalar ? scalar.Value : throw SpecError.WrongType(saltNode, "text", "'salt' in the course file");
        return new Course(shown, ReadSalt(saltNode, text), students);
    }

    /// <summary>
    /// The roster of a course file, every student checked as <see cref="Load"/> does, whatever its salt
    /// (missing or too short): what <c>./grader course init</c> keeps when it writes a fresh salt.
    /// An empty file has no students.
    /// </summary>
    public static IReadOnlyList<RosterStudent> LoadRoster(string path, string? displayPath = null) => Read(path, displayPath ?? path).Students;

    /// <summary>
    /// Writes a course file: created private to its owner (mode 0600 on Unix) whatever the umask, and
    /// replaced whole, so a crash leaves the old file or the new one, never half of either.
    /// </summary>
    public static void Save(string path, Course course) => Save(path, course.Salt, course.Students);

    /// <inheritdoc cref="Save(string, Course)"/>
    public static void Save(string path, byte[] salt, IEnumerable<RosterStudent> students)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                if (!OperatingSystem.IsWindows())
                {
                    // FileMode.Create keeps the mode of a stale temporary file: make it private again.
                    File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                stream.Write(Encoding.UTF8.GetBytes(Text(salt, students)));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
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

    private static (YamlNode? Salt, List<RosterStudent> Students) Read(string path, string shown)
    {
        if (!File.Exists(path))
        {
            throw CourseError.Missing(shown);
        }

        var text = File.ReadAllText(path);
        var students = new List<RosterStudent>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, students);
        }

        var top = MappingReader.Of(YamlReader.Read(new SpecFile(shown, text, Path.GetFullPath(path))), "the course file", "salt", "students");
        if (top.Optional("students") is { } list)
        {
            foreach (var item in MappingReader.AsSequence(list, "students").Items)
            {
                students.Add(ReadStudent(item));
            }
        }

        CheckUnique(students, shown);
        return (top.Optional("salt"), students);
    }

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
            names.AddRange(MappingReader.AsSequence(submissions, "submissions").Items.Select(item => reader.AsString(item, "submissions").Trim()).Where(n => n.Length > 0));
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
                if (seen.TryGetValue(name, out var first) && !ReferenceEquals(first, student))
                {
                    throw CourseError.Duplicate(file, student.Line, name, first.Line);
                }

                seen[name] = student;
            }
        }
    }

    /// <summary>A YAML double-quoted string; controls and line separators escaped, so a name read from an export stays one line.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                < ' ' or (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
