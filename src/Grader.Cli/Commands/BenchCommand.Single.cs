using Grader.Cli.Bench;
using Grader.Running;

namespace Grader.Cli.Commands;

internal sealed partial class BenchCommand
{
    public const string ThisBuild = "this build";
    public const string ComparedBuild = "compared";

    private async Task<int> ExecuteSingleAsync(Settings settings, CancellationToken ct)
    {
        var submission = settings.Submission is null
            ? Path.Combine(ExamplesDirectory(settings.Examples), SyntheticClass.CorrectTemplate)
            : context.Resolve(settings.Submission);
        if (!Directory.Exists(submission) && !File.Exists(submission))
        {
            throw CliMessages.NoBenchSubmission(submission);
        }

        var builds = new List<(string, GraderCommand)> { (ThisBuild, GraderCommand.Running()) };
        if (settings.Compare is not null)
        {
            builds.Add((ComparedBuild, GraderCommand.Find(context.Resolve(settings.Compare)) ?? throw CliMessages.NoGraderBuild(settings.Compare)));
        }

        // Both builds grade the same problems: those this one would grade.
        List<string> arguments = [submission, .. settings.Problems is null ? [] : new[] { "--problems", context.ProblemsDirectory(settings.Problems) }];
        var shown = Path.GetRelativePath(context.WorkingDirectory, submission);
        var report = await SingleBenchmark.RunAsync(
            builds, arguments, shown.StartsWith("..", StringComparison.Ordinal) ? submission : shown, context.WorkingDirectory,
            PythonLocator.Find(null), settings.Runs ?? Settings.DefaultRuns, ct).ConfigureAwait(false);
        foreach (var line in report.Lines())
        {
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        return 0;
    }
}
