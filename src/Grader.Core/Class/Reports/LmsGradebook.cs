using Grader.Courses;
using Grader.Reports;

namespace Grader.Class.Reports;

/// <summary>The learning-management systems whose grade import <see cref="LmsGradebook"/> writes for.</summary>
public enum Lms
{
    Canvas,
    Moodle,
}

/// <summary>
/// The class's totals as an LMS imports them, beside <c>gradebook.csv</c>: Canvas's gradebook import
/// (<c>Student, ID, SIS User ID, SIS Login ID, Section</c>, then the assignment's column) or Moodle's
/// CSV grade import (<c>First name, Last name, ID number, Username, Email address</c>, then the grade
/// item, mapped from "ID number", "Username" or "Email address" on import). A submission whose owner the
/// roster knows gets the roster's id, name and login; any other gets its submission name as the student's
/// name and empty ids, for the instructor to match. Every text cell is made inert as in
/// <see cref="CsvGradebook"/> (a leading <c>'</c> before <c>= + - @</c>, tab, CR).
/// </summary>
/// <param name="Assignment">The assignment column's title.</param>
public sealed record LmsGradebook(Lms Kind, string Assignment, Course? Course)
{
    public string FileName => Kind == Lms.Canvas ? "gradebook-canvas.csv" : "gradebook-moodle.csv";

    internal void WriteHeader(TextWriter writer) => CsvGradebook.WriteRow(writer, (Kind == Lms.Canvas
        ? ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", Assignment]
        : new[] { "First name", "Last name", "ID number", "Username", "Email address", Assignment }).Select(CsvGradebook.Text));

    internal void WriteRow(TextWriter writer, CompletionRecord record)
    {
        var student = record.Owner?.Id is { } id ? Course?.Find(id) : null;
        var name = student?.Name ?? record.Owner?.Name ?? record.Submission;
        var login = student?.Login ?? "";
        string[] cells;
        if (Kind == Lms.Canvas)
        {
            cells = [name, student?.Id ?? "", "", login, ""];
        }
        else
        {
            var split = student is null ? -1 : name.LastIndexOf(' ');
            cells = [split < 0 ? name : name[..split], split < 0 ? "" : name[(split + 1)..], student?.Id ?? "", login, login.Contains('@', StringComparison.Ordinal) ? login : ""];
        }

        CsvGradebook.WriteRow(writer, [.. cells.Select(CsvGradebook.Text), CsvGradebook.Number(record.Score)]);
    }
}
