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
    /// (case-insensitive, without extension), or an LMS download name that carries the id between
    /// underscores (Canvas: <c>martinalice_12345_678_hw3.zip</c>; Moodle: <c>Alice Martin_12345_assignsubmission_file_</c>).
    /// Null when no student or more than one matches.
    /// </summary>
    public RosterStudent? OwnerOf(string submissionName)
    {
        var name = Path.GetFileNameWithoutExtension(submissionName.TrimEnd('/', '\\'));
        var exact = Students.Where(s => Matches(s, name)).ToList();
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? exact[0] : null;
        }

        var tokens = name.Split('_', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var downloaded = Students.Where(s => tokens.Contains(s.Id)).ToList();
        return downloaded.Count == 1 ? downloaded[0] : null;
    }

    private static bool Matches(RosterStudent student, string name) =>
        string.Equals(student.Id, name, StringComparison.OrdinalIgnoreCase)
        || (student.Login is { } login && string.Equals(login, name, StringComparison.OrdinalIgnoreCase))
        || student.Names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
