namespace Grader.Courses;

/// <summary>
/// A course's roster read from a gradebook export: Canvas's (id = <c>ID</c>, login = <c>SIS Login ID</c>,
/// name = <c>Student</c> as exported) or Moodle's (id = <c>ID number</c>, login = <c>Username</c> or
/// the part of <c>Email address</c> before the @, name = first and last name), told apart by the
/// header. The file is hostile until read: bounded, decoded strictly, and a cell Grader would copy
/// that a spreadsheet would run as a formula is refused. Every error names the line (<see cref="CourseError"/>).
/// </summary>
public static partial class RosterImport
{
    /// <summary>The largest export read: a gradebook of 100,000 students with a few columns.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public const int MaxStudents = 100_000;

    public static ImportedRoster Read(string path, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        using var stream = File.OpenRead(path);
        if (stream.Length > MaxBytes)
        {
            throw CourseError.ExportTooLarge(shown, stream.Length, MaxBytes);
        }

        // Read no more than the bound even if the file grows while it is read.
        var bytes = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0)
        {
            length += read;
        }

        return length > MaxBytes
            ? throw CourseError.ExportTooLarge(shown, length, MaxBytes)
            : Parse(bytes[..length], shown);
    }

    /// <summary>An export's bytes read as <see cref="Read"/> does; <paramref name="file"/> is how messages name it.</summary>
    public static ImportedRoster Parse(byte[] bytes, string file)
    {
        var text = ExportText.Decode(bytes, file);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CourseError.EmptyExport(file);
        }

        var csv = new CsvReader(file, text);
        var records = csv.Records(MaxStudents + 1);
        var header = Header.Of(records[0]);
        var source = header.Source(file, csv.LineText(records[0].Line));
        var students = new List<RosterStudent>();
        var skipped = 0;
        var fromEmail = new HashSet<int>();
        foreach (var record in records.Skip(1))
        {
            if (record.Cells.Count != records[0].Cells.Count)
            {
                throw CourseError.WrongCellCount(file, record.Line, records[0].Cells.Count, record.Cells.Count, csv.LineText(record.Line));
            }

            var row = new Row(file, record, header, csv);
            var student = source == RosterSource.Canvas ? Canvas(row) : Moodle(row);
            if (student is null)
            {
                skipped++;
            }
            else
            {
                students.Add(student);
                if (source == RosterSource.Moodle && student.Login is not null && row.Text(MoodleUsername).Length == 0)
                {
                    fromEmail.Add(student.Line);
                }
            }
        }

        if (students.Count == 0)
        {
            throw CourseError.NoStudents(file, source);
        }

        students = WithoutSharedEmailLogins(students, fromEmail);
        CheckUnique(file, csv, students, source);
        return new ImportedRoster(file, source, students, skipped);
    }

    /// <summary>
    /// Two students whose emails share the part before the @ (alice@cs.example, alice@math.example)
    /// are two students: neither gets that login, rather than the import failing.
    /// </summary>
    private static List<RosterStudent> WithoutSharedEmailLogins(List<RosterStudent> students, HashSet<int> fromEmail)
    {
        var shared = students.Where(s => fromEmail.Contains(s.Line))
            .GroupBy(s => s.Login!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(s => s.Line))
            .ToHashSet();
        return [.. students.Select(s => shared.Contains(s.Line) ? s with { Login = null } : s)];
    }

    private static void CheckUnique(string file, CsvReader csv, List<RosterStudent> students, RosterSource source)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var logins = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var idColumn = source == RosterSource.Canvas ? CanvasId : MoodleId;
        foreach (var student in students)
        {
            if (!ids.TryAdd(student.Id, student.Line))
            {
                throw CourseError.DuplicateInExport(file, student.Line, idColumn, student.Id, ids[student.Id], csv.LineText(student.Line));
            }

            if (student.Login is { } login && !logins.TryAdd(login, student.Line))
            {
                throw CourseError.DuplicateInExport(file, student.Line, "login", login, logins[login], csv.LineText(student.Line));
            }
        }
    }
}
