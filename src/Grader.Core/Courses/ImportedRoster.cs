namespace Grader.Courses;

/// <summary>
/// The students of a gradebook export, as <see cref="RosterImport"/> read them. Each student's
/// <see cref="RosterStudent.Line"/> is the physical line of the export they were read from, and
/// they have no submission names yet.
/// </summary>
/// <param name="File">The export, as shown in messages.</param>
/// <param name="SkippedRows">Rows that are no student: Canvas's Points Possible row, its Test Student, blank rows.</param>
public sealed record ImportedRoster(string File, RosterSource Source, IReadOnlyList<RosterStudent> Students, int SkippedRows)
{
    /// <summary>
    /// The course's roster updated from this export. A student already in the course keeps their
    /// place and their submission names, and takes the export's name and login (a login the export
    /// lacks is kept); a new student is added at the end; a student the export no longer lists is
    /// kept (a student who left still has grades), and counted in <see cref="RosterUpdate.NotInExport"/>.
    /// </summary>
    public RosterUpdate MergeInto(Course course)
    {
        var imported = Students.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var merged = new List<RosterStudent>();
        var (updated, unchanged) = (0, 0);
        var notInExport = new List<RosterStudent>();
        foreach (var student in course.Students)
        {
            if (!imported.Remove(student.Id, out var fresh))
            {
                notInExport.Add(student);
                merged.Add(student);
                continue;
            }

            var next = student with { Name = fresh.Name, Login = fresh.Login ?? student.Login };
            (updated, unchanged) = next == student ? (updated, unchanged + 1) : (updated + 1, unchanged);
            merged.Add(next);
        }

        var added = Students.Where(s => imported.ContainsKey(s.Id)).ToList();
        merged.AddRange(added);
        CheckUnique(merged, course.File);
        return new RosterUpdate(merged, added.Count, updated, unchanged, notInExport);
    }

    /// <summary>As the course file will check when it is read again: one student per id, login and submission name.</summary>
    private void CheckUnique(List<RosterStudent> students, string courseFile)
    {
        var lines = Students.ToDictionary(s => s.Id, s => s.Line, StringComparer.Ordinal);
        var seen = new Dictionary<string, RosterStudent>(StringComparer.OrdinalIgnoreCase);
        foreach (var student in students)
        {
            foreach (var name in new[] { student.Id, student.Login }.Concat(student.Names).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (seen.TryGetValue(name, out var first) && !ReferenceEquals(first, student))
                {
                    var line = lines.GetValueOrDefault(student.Id, lines.GetValueOrDefault(first.Id));
                    throw CourseError.RosterConflict(File, line, name, first.Id, student.Id, courseFile);
                }

                seen[name] = student;
            }
        }
    }
}
