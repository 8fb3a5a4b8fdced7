using System.Globalization;
using Grader.Values;

namespace Grader.Submissions;

/// <summary>Every sentence Grader writes about a file it refused or could not read, in one place.</summary>
public sealed partial record FileIssue
{
    internal static FileIssue EmptySubmission() => new(".", 0, 0, "the submission is empty: no files were found");

    internal static FileIssue SymbolicLink(string file) =>
        new(file, 0, 0, "a symbolic link; links are not followed, submit the file itself");

    internal static FileIssue Special(string file, FileKind kind) =>
        new(file, 0, 0, $"{Describe(kind)}, not a regular file; not read: submit the file itself");

    internal static FileIssue NameNotUtf8(string file) =>
        new(file, 0, 0, "the file name is not valid UTF-8; rename the file and submit again");

    internal static FileIssue TooLarge(string file, long limit) =>
        new(file, 1, 1, $"larger than {Quantity.FormatBytes(limit)}; not read");

    internal static FileIssue OverSubmissionBudget(string file, long limit) => new(file, 1, 1,
        $"not read: the submission's source files add up to more than {Quantity.FormatBytes(limit)}; submit only the homework's files");

    internal static FileIssue Unreadable(string file, string detail) => new(file, 0, 0, $"could not be read ({detail})");

    /// <summary>A notebook's cell Python cannot parse: told by cell, never by a line of the file's JSON or of the joined cells.</summary>
    /// <param name="where">"cell 10, line 1".</param>
    internal static FileIssue NotebookCellSyntax(string file, string where, int column, string message) => new(file, 0, 0,
        column > 0 ? Invariant($"{message} in {where}, column {column}; that cell does not run, the other cells do")
            : $"{message} in {where}; that cell does not run, the other cells do");

    internal static FileIssue NotebookTooLarge(string file, long limit) => new(file, 1, 1,
        $"larger than {Quantity.FormatBytes(limit)} with its saved outputs; not read. Clear the outputs (Kernel > Restart & Clear Output) and submit again");

    internal static FileIssue NotANotebook(string file, long line, long column, string detail) =>
        new(file, (int)line, (int)column, "not a valid notebook: " + detail);

    internal static FileIssue NotebookNotAnObject(string file, long line, long column) =>
        NotANotebook(file, line, column, "expected a JSON object");

    internal static FileIssue NotebookWithoutCells(string file, long line, long column) =>
        NotANotebook(file, line, column, "the notebook has no list of cells");

    internal static FileIssue NotebookCellNotAnObject(string file, long line, long column, int cell) =>
        NotANotebook(file, line, column, Invariant($"cell {cell} is not a JSON object"));

    internal static FileIssue NotebookCellTypeNotText(string file, long line, long column, int cell) =>
        NotANotebook(file, line, column, Invariant($"cell {cell}: 'cell_type' is not a string"));

    internal static FileIssue NotebookSourceNotText(string file, long line, long column, int cell) =>
        NotANotebook(file, line, column, Invariant($"cell {cell}: 'source' is not text (a string or a list of strings)"));

    internal static FileIssue NotebookTooManyCells(string file, long line, long column, int limit) =>
        new(file, (int)line, (int)column, Invariant($"more than {limit:N0} cells; not read"));

    internal static FileIssue NotebookCodeTooLarge(string file, long line, long column, long limit) =>
        new(file, (int)line, (int)column, $"its code cells add up to more than {Quantity.FormatBytes(limit)}; not read");

    internal static FileIssue Yaml(string file, long line, long column, string message) => new(file, (int)line, (int)column, message);

    internal static FileIssue YamlUnparsable(string file) => new(file, 1, 1, "the YAML could not be parsed (an unclosed [ or { ?)");

    internal static FileIssue AnswersNotAMapping(string file, long line, long column) =>
        new(file, (int)line, (int)column, "expected a mapping from problem ids to answers");

    internal static FileIssue BadStudentKey(string file, long line, long column) =>
        new(file, (int)line, (int)column, "student: must be your student id as text, e.g. student: \"12345\"");

    internal static FileIssue UnknownProblem(string file, long line, long column, string id) =>
        new(file, (int)line, (int)column, $"unknown problem '{id}'");

    internal static FileIssue AnswersTooLarge(string file, long limit) => new(file, 1, 1,
        $"larger than {Quantity.FormatBytes(limit)}; answers.yaml holds the public case's numbers only. Not read");

    internal static FileIssue AnswersNestedTooDeep(string file, long line, long column, int limit) =>
        new(file, (int)line, (int)column, Invariant($"nested more than {limit} levels deep; not read"));

    internal static FileIssue AnswersExpandTooMuch(string file, long line, long column, string id, int limit) => new(file, (int)line, (int)column,
        Invariant($"the answer for '{id}' holds more than {limit:N0} values once its YAML aliases (*name) are expanded; write the numbers out, without & anchors and * aliases"));

    internal static FileIssue ZipEntryOutside(string entry) =>
        new(entry, 0, 0, "a zip entry that points outside the submission (an absolute path or '..'); not unpacked");

    internal static FileIssue ZipEntryLink(string entry) => new(entry, 0, 0, "a symbolic link in the zip; links are not unpacked");

    internal static FileIssue ZipEntryClash(string entry, string other) =>
        new(entry, 0, 0, $"a zip entry whose name clashes with '{other}' (one name cannot be both a file and a folder); not unpacked");

    internal static FileIssue ZipEntryUnwritable(string entry, string detail) => new(entry, 0, 0, $"a zip entry that could not be unpacked ({detail})");

    internal static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        _ => "a device",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
