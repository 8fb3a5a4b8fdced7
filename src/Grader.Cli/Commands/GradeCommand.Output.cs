using System.Text;
using Grader.Reports;
using Spectre.Console;

namespace Grader.Cli.Commands;

internal sealed partial class GradeCommand
{
    /// <summary>One submission's reports: files under --out, or the asked formats on standard output.</summary>
    private void Write(Settings settings, ScoreReport report, bool single)
    {
        if (settings.Out is { } outOption)
        {
            var folder = Path.Combine(context.Resolve(outOption), SafeName(report.Submission));
            Directory.CreateDirectory(folder);
            var formats = settings.Formats.Count > 0 ? settings.Formats.Where(f => f is not "table" and not "csv") : DefaultOutFormats;
            foreach (var format in formats.Distinct())
            {
                var writer = ReportFormats.Get(format);
                AtomicFile.Write(Path.Combine(folder, writer.FileName), writer.Render(report));
            }

            context.Console.WriteLine($"{report.Submission}: {ReportText.Points(report.Score)} / {ReportText.Points(report.MaxScore)}");
            return;
        }

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

    /// <summary>After every submission: the gradebook (under --out, or on standard output when asked).</summary>
    private void Finish(Settings settings, IReadOnlyList<ScoreReport> reports)
    {
        var gradebook = new CsvGradebook();
        if (settings.Out is { } outOption)
        {
            using var text = new StringWriter();
            gradebook.Write(reports, text);
            var path = Path.Combine(context.Resolve(outOption), "gradebook.csv");
            AtomicFile.Write(path, text.ToString());
            context.Console.WriteLine($"graded {reports.Count} submission(s); reports in {outOption}, gradebook {Path.Combine(outOption, "gradebook.csv")}");
        }
        else if (settings.Formats.Contains("csv"))
        {
            gradebook.Write(reports, context.Out);
        }
    }

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
