using System.Globalization;
using Grader.Experiments;
using Grader.Reports;

namespace Grader.Class.Reports;

/// <summary>
/// <c>summary.md</c>: the class at a glance for the instructor — score distribution, pass rate per
/// problem, the most common diagnoses per problem (what to re-teach), timeouts and limits.
/// </summary>
public sealed class SummaryMarkdown(int topDiagnoses = 5)
{
    public void Write(ClassSummary summary, TextWriter writer)
    {
        writer.Write("# Class summary\n\n");
        writer.Write(Invariant($"{summary.Submissions} submission(s) · mean {Percent(summary.MeanFraction)} · median {Percent(summary.MedianFraction)} · full marks {summary.FullMarks}"));
        writer.Write(Invariant($" · {summary.WithFileErrors} with file errors\n\n"));

        writer.Write("## Score distribution\n\n| Score | Submissions |\n|---|---:|\n");
        for (var bin = ClassSummary.Bins - 1; bin >= 0; bin--)
        {
            writer.Write(Invariant($"| {ClassSummary.BinLabel(bin)} | {summary.Histogram[bin]} |\n"));
        }

        writer.Write("\n## Problems\n\n| Problem | Passed | Pass rate | Attempted |\n|---|---:|---:|---:|\n");
        foreach (var problem in summary.Problems)
        {
            writer.Write(Invariant($"| {Cell(problem.Id)} | {problem.Passed} / {problem.Submissions} | {Percent(problem.PassRate)} | {problem.Attempted} |\n"));
        }

        WriteAccuracies(summary, writer);
        writer.Write("\n## Most common diagnoses\n");
        foreach (var problem in summary.Problems)
        {
            writer.Write($"\n### {MarkdownText.Inline(problem.Id)}\n\n");
            var diagnoses = problem.Diagnoses.Take(topDiagnoses).ToList();
            if (diagnoses.Count == 0)
            {
                writer.Write("No diagnoses.\n");
                continue;
            }

            writer.Write("| Diagnosis | Students | Example message |\n|---|---:|---|\n");
            foreach (var diagnosis in diagnoses)
            {
                writer.Write(Invariant($"| {MarkdownText.CodeSpan(diagnosis.Id, inTable: true)} | {diagnosis.Students} | {Cell(diagnosis.Example)} |\n"));
            }
        }

        var derivations = summary.Problems.SelectMany(p => p.Derivations).ToList();
        if (derivations.Count > 0)
        {
            writer.Write("\n## Where derivations break\n\nDerivations in the students' write-ups, each step checked on the problem's cases:\n\n| Problem | Output | Derived by | With a wrong step |\n|---|---|---:|---:|\n");
            foreach (var derivation in derivations.OrderByDescending(d => d.Broken))
            {
                writer.Write(Invariant($"| {Cell(derivation.ProblemId)} | {Cell(derivation.Output)} | {derivation.Students} | {derivation.Broken} |\n"));
            }
        }

        CourseSection.WriteMarkdown(summary.Course, writer);
        writer.Write("\n## Timeouts and limits\n\n");
        if (summary.Limits.Count == 0)
        {
            writer.Write("None.\n");
        }

        foreach (var hit in summary.Limits)
        {
            writer.Write($"- {MarkdownText.Inline(hit.Submission)}: {MarkdownText.Inline(hit.ProblemId)} ({ReportText.Status(hit.Status)})\n");
        }

        if (summary.Renamed.Count > 0)
        {
            writer.Write("\n## Output folders\n\nThese submissions' reports are in a folder other than their name (a name a folder cannot hold, or two names that would share a folder):\n\n");
            foreach (var renamed in summary.Renamed)
            {
                writer.Write($"- {MarkdownText.Inline(renamed.Submission)}: {MarkdownText.CodeSpan(renamed.Folder + "/")}\n");
            }
        }
    }

    /// <summary>Per training run: how many made predictions, the median held-out accuracy, full marks, and the distribution.</summary>
    private static void WriteAccuracies(ClassSummary summary, TextWriter writer)
    {
        var tallies = summary.Problems.SelectMany(p => p.Accuracies).ToList();
        if (tallies.Count == 0)
        {
            return;
        }

        writer.Write($"\n## Held-out accuracy\n\n{ExperimentMessages.ClassAccuracyIntro}\n");
        foreach (var tally in tallies)
        {
            writer.Write($"\n### {MarkdownText.Inline(AccuracyTitle(tally))}\n\n");
            writer.Write(ExperimentMessages.ClassAccuracyLine(tally.Predicted, tally.Submissions, tally.Median, tally.FullMarks) + "\n\n");
            writer.Write("| Held-out accuracy | Submissions |\n|---|---:|\n");
            for (var bin = AccuracyTally.Bins - 1; bin >= 0; bin--)
            {
                writer.Write(Invariant($"| {AccuracyTally.BinLabel(bin)} | {tally.Histogram[bin]} |\n"));
            }
        }
    }

    /// <summary>"cancer-logistic-l2, run weak": the run named when it is not the problem's only one.</summary>
    internal static string AccuracyTitle(AccuracyTally tally) => $"{tally.ProblemId}, run {tally.Run}";

    public string Render(ClassSummary summary)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(summary, writer);
        return writer.ToString();
    }

    internal static string Percent(double fraction) => Math.Round(100 * fraction, 1).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Cell(string text) => MarkdownText.Inline(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
