using Grader.Checking;
using Grader.Experiments;
using Grader.Running;

namespace Grader.Reports;

/// <summary>
/// A training problem in the student's feedback: per run the held-out accuracy against its thresholds,
/// the points and where they come from, the training time against the budget, the larger-λ check, and
/// what the run printed or raised. Never a test label or a prediction: only the accuracy, a count.
/// </summary>
internal static class MarkdownExperiment
{
    /// <summary>Printed output longer than this is shown by its first and last lines.</summary>
    private const int PrintedLines = 20;

    public static void Write(MarkdownWriter md, ProblemScore problem, ExperimentFeedback experiment)
    {
        if (experiment.Runs.Count == 0)
        {
            return;
        }

        md.Blank();
        md.Line(ExperimentMessages.HowGraded);
        md.Blank();
        md.Line(ExperimentMessages.RunHeader);
        md.Line("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in experiment.Runs)
        {
            md.Line($"| {MarkdownWriter.Cell(run.Run)} | {MarkdownWriter.Cell(ExperimentMessages.Hyperparameters(run.Params))} | {ExperimentMessages.Accuracy(run.Accuracy)} | {ExperimentMessages.Percent(run.Thresholds.Zero)} | {ExperimentMessages.Percent(run.Thresholds.Full)} | {ReportText.Points(run.Points)} / {ReportText.Points(run.MaxPoints)} | {ExperimentMessages.TrainingTime(run.Duration, experiment.TimeBudget)} |");
        }

        md.Blank();
        foreach (var run in experiment.Runs)
        {
            var @case = problem.Cases.FirstOrDefault(c => c.Name == run.Run);
            md.Line($"- {MarkdownText.Inline(ExperimentMessages.Landed(run.Run, run.Accuracy, run.Thresholds, NoPredictions(@case)))}");
        }

        if (experiment.Regularization is { } check)
        {
            md.Blank();
            md.Line($"### {ExperimentMessages.RegularizationHeading(check.Points, check.MaxPoints)}");
            md.Blank();
            md.Line(MarkdownText.Inline(ExperimentMessages.RegularizationVerdict(check.Weaker, check.Stronger, check.WeakerLoss, check.StrongerLoss, check.Held)));
        }

        foreach (var @case in problem.Cases)
        {
            WriteRun(md, problem, @case);
        }
    }

    private static string? NoPredictions(CaseScore? @case) => @case switch
    {
        null => null,
        { Outcome: not CaseOutcome.Returned } => $"your code {ReportText.Describe(@case.Outcome)}",
        { OutputProblems.Count: > 0 } => string.Join(" ", @case.OutputProblems).TrimEnd('.'),
        _ => null,
    };

    /// <summary>What the student's run raised or printed: their own code on their own training data.</summary>
    private static void WriteRun(MarkdownWriter md, ProblemScore problem, CaseScore @case)
    {
        if (@case.Outcome != CaseOutcome.Returned)
        {
            md.Blank();
            md.Line(MarkdownText.Inline(ExperimentMessages.RunEnded(@case.Name, ReportText.Describe(@case.Outcome, problem.Written))));
            md.Code(@case.Traceback ?? @case.Message);
        }

        if (@case.Stdout.Length > 0)
        {
            md.Blank();
            md.Line(MarkdownText.Inline(ExperimentMessages.RunPrinted(@case.Name)));
            md.Code(Shortened(@case.Stdout));
        }
    }

    private static string Shortened(string printed)
    {
        var lines = printed.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return lines.Length <= PrintedLines
            ? printed
            : string.Join('\n', [.. lines[..(PrintedLines / 2)], ExperimentMessages.PrintedCut(lines.Length - PrintedLines), .. lines[^(PrintedLines / 2)..]]);
    }
}
