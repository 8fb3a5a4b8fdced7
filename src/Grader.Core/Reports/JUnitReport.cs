using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Grader.Checking;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Reports;

/// <summary>
/// JUnit XML for CI dashboards (an instructor's view, hidden cases in full): a <c>testsuite</c> per
/// problem with a <c>testcase</c> per case; a wrong output is a <c>failure</c>, an exception, crash,
/// timeout or limit an <c>error</c>, a case that was not attempted or not run is <c>skipped</c>. The
/// formula answers lead the first public case's <c>system-out</c>. Problems reading files form one
/// more suite, <c>files</c>.
/// </summary>
public sealed class JUnitReport : IReportFormat
{
    public string Name => "junit";

    public string FileName => "junit.xml";

    public void Write(ScoreReport report, TextWriter writer)
    {
        var timestamp = report.GradedAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var suites = report.Problems.Select(p => Suite(p, timestamp)).ToList();
        if (report.FileErrors.Count > 0)
        {
            suites.Add(FilesSuite(report.FileErrors));
        }

        var root = new XElement(
            "testsuites",
            new XAttribute("name", Clean(report.Submission)),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            new XAttribute("time", ReportText.Seconds(report.Duration)),
            suites);

        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n" };
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, settings))
        {
            root.WriteTo(xml);
        }

        writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        writer.Write(builder.ToString());
        writer.Write('\n');
    }

    private static XElement Suite(ProblemScore problem, string? timestamp)
    {
        var cases = problem.Cases.Select(c => Case(problem, c)).ToList();
        return new XElement(
            "testsuite",
            new XAttribute("name", problem.ProblemId),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", cases.Count(c => c.Element("error") is not null)),
            new XAttribute("skipped", cases.Count(c => c.Element("skipped") is not null)),
            new XAttribute("time", ReportText.Seconds(TimeSpan.FromTicks(problem.Cases.Sum(c => c.Duration.Ticks)))),
            timestamp is null ? null : new XAttribute("timestamp", timestamp),
            new XElement(
                "properties",
                Property("title", problem.Title),
                Property("status", ReportText.Status(problem.Status)),
                Property("score", ReportText.Points(problem.Score)),
                Property("max_score", ReportText.Points(problem.MaxScore)),
                problem.Source is null ? null : Property("source", problem.Source),
                Property("diagnoses", string.Join(" ", problem.DiagnosisIds))),
            cases);
    }

    private static XElement Case(ProblemScore problem, CaseScore @case)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("name", Clean(@case.Hidden ? $"{@case.Name} (hidden)" : @case.Name)),
            new XAttribute("classname", problem.ProblemId),
            new XAttribute("time", ReportText.Seconds(@case.Duration)));

        if (problem.Message is not null)
        {
            element.Add(Problem("error", "load-error", ReportText.FirstLine(problem.Message), problem.Message));
        }
        else if (@case.Outcome is CaseOutcome.NotAttempted or CaseOutcome.NotRun)
        {
            element.Add(new XElement("skipped", new XAttribute("message", ReportText.Describe(@case.Outcome))));
        }
        else if (@case.Outcome != CaseOutcome.Returned)
        {
            var detail = string.Join("\n", new[] { @case.Traceback ?? @case.Message }.Concat(@case.OutputProblems).OfType<string>());
            element.Add(Problem(
                "error",
                ReportText.Outcome(@case.Outcome),
                ReportText.Describe(@case.Outcome, problem.Written) + (@case.Message is null ? "" : ": " + ReportText.FirstLine(@case.Message)),
                detail));
        }
        else if (!@case.Passed)
        {
            var failed = @case.Outputs.Where(o => !o.Passed).ToList();
            var detail = string.Join("\n", failed.Select(o =>
                $"{o.Name}: expected {ReportText.Value(o.Expected)}, got {ReportText.Value(o.Got)}"
                + (o.MaxAbsError is { } e ? string.Create(CultureInfo.InvariantCulture, $", max abs error {e:G3}") : "")
                + (o.Diagnosis is { } d ? $"\n  {d.Id}: {d.Message}" : "")));
            element.Add(Problem(
                "failure",
                failed.Select(o => o.Diagnosis?.Id).FirstOrDefault(id => id is not null) ?? "mismatch",
                "wrong: " + string.Join(", ", failed.Select(o => o.Name)),
                detail));
        }

        var printed = FormulaText.Leading(problem, @case, @case.Stdout);
        if (printed.Length > 0)
        {
            element.Add(new XElement("system-out", Clean(printed)));
        }

        return element;
    }

    private static XElement FilesSuite(IReadOnlyList<FileIssue> issues) => new(
        "testsuite",
        new XAttribute("name", "files"),
        new XAttribute("tests", issues.Count),
        new XAttribute("failures", 0),
        new XAttribute("errors", issues.Count),
        new XAttribute("skipped", 0),
        new XAttribute("time", "0"),
        issues.Select(i => new XElement(
            "testcase",
            new XAttribute("name", Clean(i.Location)),
            new XAttribute("classname", "files"),
            new XAttribute("time", "0"),
            Problem("error", "file-error", i.Message, i.ToString()))));

    private static XElement Problem(string kind, string type, string message, string detail) => new(
        kind,
        new XAttribute("message", Clean(message)),
        new XAttribute("type", Clean(type)),
        Clean(detail));

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", Clean(value)));

    /// <summary>
    /// Student text made safe for XML and for whoever reads the file: controls (which XML cannot hold,
    /// or which a terminal would act on) and unpaired surrogates are shown escaped, e.g. <c>\x1b</c>.
    /// </summary>
    private static string Clean(string text)
    {
        var inert = InertText.Escape(text, keepLineBreaks: true);
        var builder = new StringBuilder(inert.Length);
        for (var i = 0; i < inert.Length; i++)
        {
            if (char.IsSurrogatePair(inert, i))
            {
                builder.Append(inert, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(inert[i]))
            {
                builder.Append(inert[i]);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)inert[i]:x4}");
            }
        }

        return builder.ToString();
    }
}
