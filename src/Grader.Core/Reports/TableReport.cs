using Grader.Checking;
using Grader.Submissions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Grader.Reports;

/// <summary>
/// A table for the terminal: per problem its status, points and one line of feedback (safe for a
/// student: nothing from hidden cases but their verdicts and diagnoses), then the total, the file
/// errors and each problem's formula answers. Student text (the name, messages, file names, formulas)
/// is never read as markup and its controls are shown escaped.
/// </summary>
public sealed class TableReport(int width = 100) : IReportFormat
{
    public string Name => "table";

    public string FileName => "report.txt";

    public IRenderable Build(ScoreReport report)
    {
        var total = $"{ReportText.Points(report.Score)} / {ReportText.Points(report.MaxScore)}";
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(new TableTitle(InertText.Markup(report.Submission) + (report.PublicOnly ? " (public cases only)" : "")))
            .AddColumn(new TableColumn("Problem").Footer("Total"))
            .AddColumn(new TableColumn("Status"))
            .AddColumn(new TableColumn("Points").RightAligned().Footer(total))
            .AddColumn(new TableColumn("Feedback"))
            .ShowFooters();
        foreach (var problem in report.Problems)
        {
            table.AddRow(
                new Text(problem.ProblemId),
                new Text(ReportText.Status(problem.Status), StatusStyle(problem.Status)),
                new Text($"{ReportText.Points(problem.Score)} / {ReportText.Points(problem.MaxScore)}"),
                new Text(InertText.Escape(problem.Feedback)));
        }

        var parts = new List<IRenderable> { table };
        if (OwnerText.ForInstructor(report.Owner) is { } owner)
        {
            parts.Add(new Text(InertText.Escape(owner), report.Owner!.Known ? Style.Plain : new Style(Color.Yellow)));
        }

        foreach (var copy in report.Copies)
        {
            parts.Add(new Text(InertText.Escape("copy: " + OwnerText.Copy(report, copy)), new Style(Color.Yellow)));
        }

        foreach (var issue in report.FileErrors)
        {
            parts.Add(new Text(InertText.Escape(issue.Describe()), new Style(Color.Red)));
        }

        // Below the table, not in it: a formula and its error (with a caret under the spot) need whole lines.
        foreach (var problem in report.Problems.Where(p => p.Formulas.Count > 0 || p.Derivations.Count > 0))
        {
            parts.Add(new Text("\n" + problem.ProblemId + ": " + FormulaText.Plain(problem)));
        }

        // The instructor's look at how training went: the loss each run printed, drawn from its numbers only.
        foreach (var problem in report.Problems.Where(p => p.Experiment is not null))
        {
            parts.AddRange(CurveText.Lines(problem.Experiment!).Select(line => new Text(problem.ProblemId + ": " + line)));
        }

        return new Rows(parts);
    }

    public void Write(ScoreReport report, IAnsiConsole console) => console.Write(Build(report));

    /// <summary>Plain text, no colours, at the width given to the constructor.</summary>
    public void Write(ScoreReport report, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        Write(report, console);
    }

    private static Style StatusStyle(ProblemStatus status) => status switch
    {
        ProblemStatus.Passed => new Style(Color.Green),
        ProblemStatus.Partial => new Style(Color.Yellow),
        ProblemStatus.Missing => new Style(Color.Grey),
        _ => new Style(Color.Red),
    };
}
