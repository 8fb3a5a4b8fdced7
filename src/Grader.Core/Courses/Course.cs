using System.Security.Cryptography;
using System.Text;

namespace Grader.Courses;

/// <summary>
/// A course: its secret salt and its roster (<c>course.yaml</c>, read by <see cref="CourseFile"/>).
/// A student's variant of a problem is drawn from a seed that only (salt, student id, problem id)
/// decide, through HMAC-SHA256 keyed with the salt: adding a student changes nobody else's numbers,
/// and without the salt no student can compute another's variant from their own.
/// </summary>
public sealed class Course
{
    private readonly byte[] _salt;
    private readonly Dictionary<string, RosterStudent> _byId;

    /// <param name="file">The course file, as shown in messages.</param>
    /// <param name="salt">The secret salt, at least 16 bytes.</param>
    public Course(string file, byte[] salt, IReadOnlyList<RosterStudent> students)
    {
        if (salt.Length < MinSaltBytes)
        {
            throw new ArgumentException($"a course salt has at least {MinSaltBytes} bytes", nameof(salt));
        }

        File = file;
        _salt = [.. salt];
        Students = students;
        _byId = students.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public const int MinSaltBytes = 16;

    public string File { get; }

    public IReadOnlyList<RosterStudent> Students { get; }

    /// <summary>The salt as written in course.yaml (lowercase hex). Never printed in a handout or report.</summary>
    public string SaltHex => Convert.ToHexStringLower(_salt);

    public RosterStudent? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The same course (file and salt) with another roster, e.g. after a gradebook import.</summary>
    public Course WithStudents(IReadOnlyList<RosterStudent> students) => new(File, _salt, students);

    /// <summary>The salt itself, for writing the course file back (<see cref="CourseFile.Save(string, Course)"/>).</summary>
    internal byte[] Salt => [.. _salt];

    /// <summary>
    /// The seed of a student's variant of a problem. Depends on nothing else: not on the roster's
    /// order, size or other students.
    /// </summary>
    public int VariantSeed(string studentId, string problemId)
    {
        var message = Encoding.UTF8.GetBytes($"grader-variant-v1\0{problemId}\0{studentId}");
        var hash = HMACSHA256.HashData(_salt, message);
        return (int)(BitConverter.ToUInt32(hash, 0) & 0x7FFFFFFF);
    }

    /// <summary>
    /// Whose submission a folder or file name is: a student's id, login or one of their listed names
    /// (case-insensitive, with or without extension), or an LMS download name whose part after the
    /// student's name is the id (Canvas: <c>martinalice_12345_678_hw3.zip</c> or
    /// <c>martinalice_LATE_12345_678_hw3.zip</c>; Moodle: <c>Alice Martin_12345_assignsubmission_file_</c>).
    /// Null when no student or more than one matches.
    /// </summary>
    public RosterStudent? OwnerOf(string submissionName)
    {
        // A folder may be named after a dotted login ("a.martin"): try the whole name before the one without extension.
        var whole = Path.GetFileName(submissionName.TrimEnd('/', '\\'));
        var name = Path.GetFileNameWithoutExtension(whole);
        foreach (var candidate in new[] { whole, name }.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var exact = Students.Where(s => Matches(s, candidate)).ToList();
            if (exact.Count > 0)
            {
                return exact.Count == 1 ? exact[0] : null;
            }
        }

        // An LMS download name: the student's name, then their id (Canvas may put LATE between them).
        // Only that part is read: the submission number after it may be another student's id.
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var at = parts.Length > 2 && parts[1].Equals("LATE", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        var downloaded = parts.Length > at ? Students.Where(s => string.Equals(s.Id, parts[at], StringComparison.OrdinalIgnoreCase)).ToList() : [];
        return downloaded.Count == 1 ? downloaded[0] : null;
    }

    private static bool Matches(RosterStudent student, string name) =>
        string.Equals(student.Id, name, StringComparison.OrdinalIgnoreCase)
        || (student.Login is { } login && string.Equals(login, name, StringComparison.OrdinalIgnoreCase))
        || student.Names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
