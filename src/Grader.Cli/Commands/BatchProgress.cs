using System.Globalization;
using Grader.Class;
using Grader.Reports;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary>
/// Progress of a class run, reported by many workers at once: a progress bar on a terminal, plain
/// <c>[k/N] name: score</c> lines otherwise (logs and CI read those).
/// </summary>
internal sealed class BatchProgress
{
    private readonly CliContext _context;
    private readonly int _total;
    private readonly Lock _lock = new();
    private int _done;
    private ProgressTask? _bar;

    private BatchProgress(CliContext context, int total)
    {
        _context = context;
        _total = total;
    }

    public static async Task RunAsync(CliContext context, int total, Func<BatchProgress, Task> work)
    {
        var progress = new BatchProgress(context, total);
        if (!context.IsTerminal)
        {
            await work(progress).ConfigureAwait(false);
            return;
        }

        await context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                progress._bar = ctx.AddTask("grading", maxValue: Math.Max(1, total));
                await work(progress).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>One submission is finished (graded, unchanged, or failed on); its name and result are shown inert.</summary>
    public void Done(SubmissionResult submission)
    {
        var score = $"{ReportText.Points(submission.Score)} / {ReportText.Points(submission.MaxScore)}";
        var result = submission switch
        {
            { Failure: { } failure } => CliMessages.NotGradedResult(failure),
            { Unchanged: true } => score + " (unchanged)",
            _ => score,
        };
        Write(submission.Name, result);
    }

    private void Write(string name, string result)
    {
        lock (_lock)
        {
            _done++;
            var line = InertText.Escape(string.Create(CultureInfo.InvariantCulture, $"[{_done}/{_total}] {name}: {result}"));
            if (_bar is { } bar)
            {
                bar.Description = Markup.Escape(line);
                bar.Increment(1);
            }
            else
            {
                _context.Console.WriteLine(line);
            }
        }
    }
}
