namespace Grader.Reports;

/// <summary>A way to write a <see cref="ScoreReport"/>: one of <see cref="ReportFormats.Names"/>.</summary>
public interface IReportFormat
{
    /// <summary>The name on the command line: <c>table</c>, <c>json</c>, <c>md</c>, <c>gradescope</c>, <c>junit</c>, <c>csv</c>.</summary>
    string Name { get; }

    /// <summary>The conventional file name when written to an output folder, e.g. <c>results.json</c>.</summary>
    string FileName { get; }

    void Write(ScoreReport report, TextWriter writer);
}
