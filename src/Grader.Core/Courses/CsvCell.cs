namespace Grader.Courses;

/// <summary>One cell of a CSV file, unquoted, with where it starts (physical line and character column, 1-based).</summary>
internal sealed record CsvCell(string Text, int Line, int Column);
