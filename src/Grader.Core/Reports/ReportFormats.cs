namespace Grader.Reports;

/// <summary>The report formats by name.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["table", "json", "md", "gradescope", "junit", "csv"];

    /// <exception cref="ArgumentException">an unknown name; the message lists the known ones.</exception>
    public static IReportFormat Get(string name) => name switch
    {
        "table" => new TableReport(),
        "json" => new JsonReport(),
        "md" => new MarkdownReport(),
        "gradescope" => new GradescopeReport(),
        "junit" => new JUnitReport(),
        "csv" => new CsvGradebook(),
        _ => throw new ArgumentException($"unknown report format '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };

    /// <summary>Writes a report in one format to a string.</summary>
    public static string Render(this IReportFormat format, ScoreReport report)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        format.Write(report, writer);
        return writer.ToString();
    }
}
