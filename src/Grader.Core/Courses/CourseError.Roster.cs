using System.Globalization;
using Grader.Specs;

namespace Grader.Courses;

/// <summary>Errors about a gradebook export read by <see cref="RosterImport"/>: each names the file, the physical line and what to do.</summary>
public static partial class CourseError
{
    private const string ExportAgain = "export the gradebook again from Canvas (Grades → Export → Export Entire Gradebook) or Moodle (Grades → Export → Plain text file)";

    internal static SpecException ExportTooLarge(string file, long bytes, long limit) => new(
        new SourceLocation(file, 0, 0),
        string.Create(CultureInfo.InvariantCulture, $"the export is {bytes:N0} bytes; a gradebook export is read up to {limit:N0}"),
        "is this the gradebook export? " + ExportAgain);

    internal static SpecException TooManyRows(string file, int line, int limit) => new(
        new SourceLocation(file, line, 0),
        string.Create(CultureInfo.InvariantCulture, $"more than {limit:N0} rows; a gradebook export is read up to {limit:N0} students"),
        "is this the gradebook export? " + ExportAgain);

    internal static SpecException EmptyExport(string file) => new(
        new SourceLocation(file, 0, 0),
        "the export is empty",
        ExportAgain);

    internal static SpecException NoStudents(string file, RosterSource source) => new(
        new SourceLocation(file, 0, 0),
        $"the {source} export lists no students",
        "export the gradebook after students have enrolled (or with every section selected)");

    internal static SpecException NotUtf8(string file, int line, int column) => new(
        new SourceLocation(file, line, column),
        "the file is not UTF-8 from here on (a spreadsheet saved it in another encoding, e.g. Excel's 'CSV (Comma delimited)')",
        "export as UTF-8: use the file Canvas or Moodle gives, or in Excel save as 'CSV UTF-8 (Comma delimited)'");

    internal static SpecException NulByte(string file, int line, int column) => new(
        new SourceLocation(file, line, column),
        "a NUL byte: the file is UTF-16 without a byte-order mark, or not text at all",
        "export as UTF-8 (in Excel: save as 'CSV UTF-8 (Comma delimited)')");

    internal static SpecException NotUtf16(string file) => new(
        new SourceLocation(file, 0, 0),
        "the file starts with a UTF-16 byte-order mark but is not valid UTF-16",
        "export as UTF-8 (in Excel: save as 'CSV UTF-8 (Comma delimited)')");

    internal static SpecException UnknownHeader(string file, string? quoted, IEnumerable<string> columns) => new(
        new SourceLocation(file, 1, 1),
        $"the header is neither a Canvas nor a Moodle gradebook export; its columns: {Listed(columns.Take(8))}{(columns.Count() > 8 ? ", …" : string.Empty)}",
        "Canvas's export has the columns Student and ID (and SIS Login ID); Moodle's has First name, Last name (or Surname), ID number, and Username or Email address. "
        + ExportAgain + ", with the site language set to English",
        quoted);

    internal static SpecException MissingColumns(string file, string? quoted, RosterSource source, IEnumerable<string> missing) => new(
        new SourceLocation(file, 1, 1),
        $"a {source} export without the column(s) {Listed(missing)}",
        source == RosterSource.Canvas
            ? "export the entire gradebook (Grades → Export → Export Entire Gradebook) without removing columns"
            : "in Grades → Export → Plain text file, keep the user fields ID number, First name, Last name, Username and Email address",
        quoted);

    internal static SpecException WrongCellCount(string file, int line, int expected, int found, string? quoted) => new(
        new SourceLocation(file, line, 0),
        string.Create(CultureInfo.InvariantCulture, $"a row of {found} cells, but the header (line 1) has {expected}"),
        "a cell with the delimiter or a line break in it must be in double quotes: was the file edited by hand? " + ExportAgain,
        quoted);

    internal static SpecException UnterminatedQuote(string file, int line, int column, string? quoted) => new(
        new SourceLocation(file, line, column),
        "a quoted cell that opens here is never closed",
        "close it with a double quote (a quote inside a quoted cell is written twice: \"\")",
        quoted);

    internal static SpecException TextAfterQuote(string file, int line, int column, string? quoted) => new(
        new SourceLocation(file, line, column),
        "text after the closing quote of a cell",
        "a quote inside a quoted cell is written twice (\"\"); the cell's closing quote is followed by the delimiter or the end of the line",
        quoted);

    internal static SpecException FormulaCell(string file, CsvCell cell, string column, string? quoted) => new(
        new SourceLocation(file, cell.Line, cell.Column),
        $"the {column} cell starts with '{Shown(cell.Text.TrimStart(' ')[0])}': a spreadsheet would run it as a formula",
        "Grader refuses to copy it into the course file and the gradebooks it writes: correct the student's record in the LMS and export again",
        quoted);

    internal static SpecException MissingId(string file, int line, string column, RosterSource source, string? quoted) => new(
        new SourceLocation(file, line, 0),
        $"a student without an {column}",
        source == RosterSource.Canvas
            ? ExportAgain + " (every student there has an ID)"
            : "give the student an ID number in Moodle (their profile → Edit profile → Optional → ID number) and export again: the ID number decides their numbers",
        quoted);

    internal static SpecException DuplicateInExport(string file, int line, string column, string value, int firstLine, string? quoted) => new(
        new SourceLocation(file, line, 0),
        $"'{value}' is the {column} of two rows (lines {firstLine} and {line})",
        "each student appears once: " + ExportAgain,
        quoted);

    internal static SpecException RosterConflict(string file, int line, string name, string firstId, string secondId, string courseFile) => new(
        new SourceLocation(file, line, 0),
        $"'{name}' would name two students: '{firstId}' and '{secondId}'",
        $"each id, login and submission name belongs to one student: change the submissions: names in {courseFile}, or the student's record in the LMS");

    private static string Listed(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"'{c}'"));

    private static string Shown(char c) => c switch
    {
        '\t' => "\\t",
        '\r' => "\\r",
        _ => c.ToString(),
    };
}
