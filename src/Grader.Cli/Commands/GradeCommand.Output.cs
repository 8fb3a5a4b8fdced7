using System.Text;
using Grader.Reports;

namespace Grader.Cli.Commands;

internal sealed partial class GradeCommand
{
    /// <summary>One submission's reports on standard output, in the asked formats (a table by default).</summary>
    private void Write(Settings settings, ScoreReport report, bool single)
    {
        var asked = settings.Formats.Count > 0 ? settings.Formats : ["table"];
        foreach (var format in asked.Where(f => f != "csv").Distinct())
        {
            if (format == "table")
            {
                new TableReport(Math.Min(context.Console.Profile.Width, 140)).Write(report, context.Console);
            }
            else
            {
                context.Out.Write(ReportFormats.Get(format).Render(report));
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

    /// <summary>The formats written into each submission's folder under --out.</summary>
    private static List<IReportFormat> OutFormats(Settings settings) =>
        [.. (settings.Formats.Count > 0 ? settings.Formats.Where(f => f is not "table" and not "csv") : DefaultOutFormats)
            .Distinct()
            .Select(ReportFormats.Get)];

    /// <summary>A submission name usable as a folder name (names come from students' files).</summary>
    internal static string SafeName(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var safe = builder.ToString().Trim('.');
        return safe.Length == 0 ? "submission" : safe;
    }
}
