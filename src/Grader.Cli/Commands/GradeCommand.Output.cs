using Grader.Reports;

namespace Grader.Cli.Commands;

internal sealed partial class GradeCommand
{
    /// <summary>One submission's reports on standard output, in the asked formats (a table by default).</summary>
    private void Write(Settings settings, ScoreReport report, bool single)
    {
        var asked = settings.Formats.Length > 0 ? settings.Formats : ["table"];
        foreach (var format in asked.Where(f => f != "csv").Distinct())
        {
            if (format == "table")
            {
                new TableReport(Math.Min(context.Console.Profile.Width, 140)).Write(report, context.Console);
            }
            else
            {
                // On a terminal, what a student printed must not act on it; piped output stays exact.
                var text = Format(settings, format).Render(report);
                context.Out.Write(context.IsTerminal ? InertText.Escape(text, keepLineBreaks: true) : text);
                if (!single)
                {
                    context.Out.WriteLine();
                }
            }
        }
    }

    /// <summary>After every submission: the gradebook on standard output, when asked.</summary>
    private void Finish(Settings settings, IReadOnlyList<ScoreReport> reports)
    {
        if (settings.Formats.Contains("csv"))
        {
            new CsvGradebook().Write(reports, context.Out);
        }
    }

    /// <summary>
    /// The formats written into each submission's folder under --out: the default reports always (a
    /// class folder's layout does not depend on the options), and whatever else was asked for.
    /// </summary>
    private static List<IReportFormat> OutFormats(Settings settings) =>
        [.. DefaultOutFormats.Concat(settings.Formats.Where(f => f is not "table" and not "csv"))
            .Distinct()
            .Select(format => Format(settings, format))];

    /// <summary>A format by name, Gradescope's with the visibility options.</summary>
    private static IReportFormat Format(Settings settings, string name) =>
        name == "gradescope" ? new GradescopeReport(settings.HiddenVisibility, settings.StdoutVisibility) : ReportFormats.Get(name);
}
