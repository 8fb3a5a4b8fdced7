namespace Grader.Courses;

public static partial class RosterImport
{
    /// <summary>Canvas's Test Student, as its gradebook export names it.</summary>
    private static readonly string[] CanvasTestStudent = ["Student, Test", "Test Student"];

    /// <summary>Null for a row that is no student: Points Possible, the Test Student, a row without name or id.</summary>
    private static RosterStudent? Canvas(Row row)
    {
        var name = row.Text(CanvasStudent);
        var id = row.Text(CanvasId);
        if (name == "Points Possible" || (name.Length == 0 && id.Length == 0) || CanvasTestStudent.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var login = row.Text(CanvasLogin);
        row.CheckInert(CanvasStudent, CanvasId, CanvasLogin);
        return id.Length == 0
            ? throw CourseError.MissingId(row.File, row.Line, CanvasId, RosterSource.Canvas, row.Quoted)
            : new RosterStudent(id, name.Length == 0 ? id : name, login.Length == 0 ? null : login, [], row.Line);
    }

    private static RosterStudent? Moodle(Row row)
    {
        var last = row.Has(MoodleLast) ? MoodleLast : MoodleSurname;
        var name = $"{row.Text(MoodleFirst)} {row.Text(last)}".Trim();
        var id = row.Text(MoodleId);
        var username = row.Text(MoodleUsername);
        var email = row.Text(MoodleEmail);
        if (name.Length == 0 && id.Length == 0 && username.Length == 0 && email.Length == 0)
        {
            return null;
        }

        row.CheckInert(MoodleFirst, last, MoodleId, MoodleUsername, MoodleEmail);
        if (id.Length == 0)
        {
            throw CourseError.MissingId(row.File, row.Line, MoodleId, RosterSource.Moodle, row.Quoted);
        }

        var login = username.Length > 0 ? username : email.Split('@')[0].Trim();
        return new RosterStudent(id, name.Length == 0 ? id : name, login.Length == 0 ? null : login, [], row.Line);
    }

    /// <summary>One data row of an export, its cells read by column name.</summary>
    private sealed class Row(string file, CsvRecord record, Header header, CsvReader csv)
    {
        public string File => file;

        public int Line => record.Line;

        public string? Quoted => csv.LineText(record.Line);

        public bool Has(string column) => header[column] is not null;

        /// <summary>The cell of a column, trimmed; empty when the export has no such column.</summary>
        public string Text(string column) => header[column] is { } i ? record.Cells[i].Text.Trim() : string.Empty;

        /// <summary>
        /// Refuses a cell Grader copies that starts like a formula (=, +, -, @, a tab or a CR), the
        /// way OWASP's CSV injection advice says: it would go into course.yaml and on into the
        /// gradebooks Grader writes, where a spreadsheet would run it.
        /// </summary>
        public void CheckInert(params string[] columns)
        {
            foreach (var column in columns)
            {
                if (header[column] is { } i && record.Cells[i] is var cell && cell.Text.TrimStart(' ') is [ '=' or '+' or '-' or '@' or '\t' or '\r', ..])
                {
                    throw CourseError.FormulaCell(file, cell, header.Names[i], csv.LineText(cell.Line));
                }
            }
        }
    }
}
