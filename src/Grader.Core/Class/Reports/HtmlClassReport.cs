using System.Globalization;
using System.Net;
using Grader.Experiments;
using Grader.Reports;

namespace Grader.Class.Reports;

/// <summary>
/// <c>report.html</c>: the class report as one self-contained page — inline CSS and inline SVG
/// charts, no scripts, no fonts, no network — so it opens the same from a CI artifact, a mail
/// attachment or a laptop offline.
/// </summary>
public sealed partial class HtmlClassReport(int topDiagnoses = 5)
{
    private const string Style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2430;background:#fff}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde2ea;padding-bottom:.2rem}
        h3{font-size:1rem;margin:1.2rem 0 .4rem}.lead{color:#4b5565}
        table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eef1f5;vertical-align:top}
        th{background:#f5f7fa;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        code{background:#f1f3f7;padding:0 .25rem;border-radius:3px}svg text{font:12px system-ui,sans-serif;fill:#1d2430}
        .none{color:#6b7483}ul.limits li{margin:.15rem 0}td code{white-space:nowrap}
        """;

    public void Write(ClassSummary summary, TextWriter writer)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Class report</title>\n");
        writer.Write($"<style>\n{Style}\n</style>\n</head>\n<body>\n<h1>Class report</h1>\n");
        writer.Write(Invariant($"<p class=\"lead\">{summary.Submissions} submission(s) · mean {SummaryMarkdown.Percent(summary.MeanFraction)} · median {SummaryMarkdown.Percent(summary.MedianFraction)} · full marks {summary.FullMarks} · {summary.WithFileErrors} with file errors</p>\n"));

        writer.Write("<h2>Score distribution</h2>\n");
        writer.Write(Histogram(summary));

        writer.Write("<h2>Pass rate per problem</h2>\n");
        writer.Write(PassRates(summary));

        WriteAccuracies(summary, writer);

        writer.Write("<h2>Most common diagnoses</h2>\n");
        foreach (var problem in summary.Problems)
        {
            WriteDiagnoses(problem, writer);
        }

        WriteDerivations(summary, writer);
        CourseSection.WriteHtml(summary.Course, writer);

        writer.Write("<h2>Timeouts and limits</h2>\n");
        if (summary.Limits.Count == 0)
        {
            writer.Write("<p class=\"none\">None.</p>\n");
        }
        else
        {
            writer.Write("<ul class=\"limits\">\n");
            foreach (var hit in summary.Limits)
            {
                writer.Write($"<li>{Html(hit.Submission)}: <code>{Html(hit.ProblemId)}</code> ({ReportText.Status(hit.Status)})</li>\n");
            }

            writer.Write("</ul>\n");
        }

        if (summary.Renamed.Count > 0)
        {
            writer.Write("<h2>Output folders</h2>\n<p>These submissions' reports are in a folder other than their name (a name a folder cannot hold, or two names that would share a folder):</p>\n<ul class=\"limits\">\n");
            foreach (var renamed in summary.Renamed)
            {
                writer.Write($"<li>{Html(renamed.Submission)}: <code>{Html(renamed.Folder)}/</code></li>\n");
            }

            writer.Write("</ul>\n");
        }

        writer.Write("</body>\n</html>\n");
    }

    public string Render(ClassSummary summary)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(summary, writer);
        return writer.ToString();
    }

    /// <summary>Per training run: a line of counts and the held-out accuracy's histogram.</summary>
    private static void WriteAccuracies(ClassSummary summary, TextWriter writer)
    {
        var tallies = summary.Problems.SelectMany(p => p.Accuracies).ToList();
        if (tallies.Count == 0)
        {
            return;
        }

        writer.Write($"<h2>Held-out accuracy</h2>\n<p>{Html(ExperimentMessages.ClassAccuracyIntro)}</p>\n");
        foreach (var tally in tallies)
        {
            writer.Write($"<h3>{Html(SummaryMarkdown.AccuracyTitle(tally))}</h3>\n");
            writer.Write($"<p class=\"lead\">{Html(ExperimentMessages.ClassAccuracyLine(tally.Predicted, tally.Submissions, tally.Median, tally.FullMarks))}</p>\n");
            writer.Write(AccuracyHistogram(tally));
        }
    }

    /// <summary>Which derivations break most often in the write-ups: what to re-teach.</summary>
    private static void WriteDerivations(ClassSummary summary, TextWriter writer)
    {
        var derivations = summary.Problems.SelectMany(p => p.Derivations).OrderByDescending(d => d.Broken).ToList();
        if (derivations.Count == 0)
        {
            return;
        }

        writer.Write("<h2>Where derivations break</h2>\n<table><tr><th>Problem</th><th>Output</th><th>Derived by</th><th>With a wrong step</th></tr>\n");
        foreach (var derivation in derivations)
        {
            writer.Write(Invariant($"<tr><td>{Html(derivation.ProblemId)}</td><td><code>{Html(derivation.Output)}</code></td><td class=\"n\">{derivation.Students}</td><td class=\"n\">{derivation.Broken}</td></tr>\n"));
        }

        writer.Write("</table>\n");
    }

    private void WriteDiagnoses(ProblemTally problem, TextWriter writer)
    {
        writer.Write($"<h3><code>{Html(problem.Id)}</code></h3>\n");
        var diagnoses = problem.Diagnoses.Take(topDiagnoses).ToList();
        if (diagnoses.Count == 0)
        {
            writer.Write("<p class=\"none\">No diagnoses.</p>\n");
            return;
        }

        writer.Write("<table>\n<tr><th>Diagnosis</th><th>Students</th><th>Example message</th></tr>\n");
        foreach (var diagnosis in diagnoses)
        {
            writer.Write(Invariant($"<tr><td><code>{Html(diagnosis.Id)}</code></td><td class=\"n\">{diagnosis.Students}</td><td>{Html(diagnosis.Example)}</td></tr>\n"));
        }

        writer.Write("</table>\n");
    }

    /// <summary>Student text as HTML text: controls shown escaped (<see cref="InertText"/>), then <c>&lt; &gt; &amp; " '</c> encoded.</summary>
    internal static string Html(string text) => WebUtility.HtmlEncode(InertText.Escape(text));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
