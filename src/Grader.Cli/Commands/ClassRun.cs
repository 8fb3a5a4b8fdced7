using Grader.Class;
using Grader.Class.Reports;
using Grader.Reports;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Cli.Commands;

/// <summary>
/// Grades a class into an output folder: submissions in parallel, each one's reports written as soon
/// as it is done and its completion record last; unchanged submissions with a record are skipped
/// (unless forced); then the class files are rebuilt from the records. Whatever goes wrong grading
/// one submission (a bug, an OutOfMemoryException under the grader's heap limit) costs only that
/// submission: it gets a report with the reason and a record that the next run does not trust.
/// </summary>
/// <param name="grade">Grades one submission (the sandbox and checks in the real command; a stand-in in tests).</param>
/// <param name="notGraded">The report of a submission that could not be graded, with the reason.</param>
internal sealed class ClassRun(
    CliContext context,
    string outDirectory,
    ClassRun.Options options,
    Func<string, CancellationToken, Task<ScoreReport>> grade,
    Func<string, string, ScoreReport> notGraded)
{
    /// <summary>The files hash recorded for a submission the grader failed on: it never matches, so a rerun grades it again.</summary>
    internal const string NotGradedHash = "not graded";

    private int _graded;
    private int _failed;

    internal sealed record Options(IReadOnlyList<IReportFormat> Formats, IReadOnlyList<string> ProblemIds, string SpecsHash, bool Force, int Jobs);

    /// <summary>What a finished run did.</summary>
    internal sealed record Result(int Graded, int Unchanged, int NotGraded, int InClassFiles);

    /// <param name="folders">This run's submissions (path → folder under <c>students/</c>).</param>
    /// <exception cref="OutputWriteException">an output file could not be written; <see cref="Graded"/> says how many were kept.</exception>
    public async Task<Result> RunAsync(IReadOnlyDictionary<string, string> folders, CancellationToken ct)
    {
        ClassOutputs.Prepare(outDirectory);
        // Written first: until every submission of this run has its record, merge sees the run as unfinished.
        ClassOutputs.WriteSlice(outDirectory, folders.Values);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = ct };
        await BatchProgress.RunAsync(context, folders.Count, progress => Parallel.ForEachAsync(
            folders,
            parallel,
            (entry, token) => GradeOneAsync(entry.Key, ClassOutputs.StudentFolder(outDirectory, entry.Value), progress, token))).ConfigureAwait(false);
        var count = ClassOutputs.Rebuild(outDirectory, folders.Values, options.ProblemIds);
        return new Result(_graded, folders.Count - _graded, _failed, count);
    }

    /// <summary>Submissions graded (or found not gradable) and written by this run so far.</summary>
    public int Graded => Volatile.Read(ref _graded);

    private async ValueTask GradeOneAsync(string path, string folder, BatchProgress progress, CancellationToken ct)
    {
        var recordPath = Path.Combine(folder, CompletionRecord.FileName);
        var filesHash = HashOrReason(path);
        if (!options.Force && CompletionRecord.TryRead(recordPath) is { } done
            && done.Matches(filesHash, options.SpecsHash, ContentHash.GraderVersion)
            && options.Formats.All(f => File.Exists(Path.Combine(folder, f.FileName))))
        {
            progress.Done(done.Submission, $"{ReportText.Points(done.Score)} / {ReportText.Points(done.MaxScore)} (unchanged)");
            return;
        }

        // The old record goes first: from here until the new one is written, a crash leaves none, so a rerun regrades.
        try
        {
            Directory.CreateDirectory(folder);
            File.Delete(recordPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(folder, e);
        }

        var (report, files, failure) = await GradeAndRenderAsync(path, ct).ConfigureAwait(false);
        foreach (var (name, text) in files)
        {
            AtomicFile.Write(Path.Combine(folder, name), text);
        }

        AtomicFile.Write(recordPath, CompletionRecord.From(report, failure is null ? filesHash : NotGradedHash, options.SpecsHash, ContentHash.GraderVersion).ToJson());
        Interlocked.Increment(ref _graded);
        if (failure is not null)
        {
            Interlocked.Increment(ref _failed);
        }

        progress.Done(report.Submission, failure is null ? $"{ReportText.Points(report.Score)} / {ReportText.Points(report.MaxScore)}" : BatchErrors.NotGradedResult(failure));
    }

    /// <summary>The report and its files in every format; a fault grading or rendering this submission becomes its not-graded report.</summary>
    private async Task<(ScoreReport Report, List<(string Name, string Text)> Files, Exception? Failure)> GradeAndRenderAsync(string path, CancellationToken ct)
    {
        try
        {
            var report = await grade(path, ct).ConfigureAwait(false);
            return (report, Render(report), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var report = notGraded(path, BatchErrors.NotGraded(e));
            return (report, Render(report), e);
        }
    }

    private List<(string Name, string Text)> Render(ScoreReport report) => [.. options.Formats.Select(f => (f.FileName, f.Render(report)))];

    /// <summary>
    /// The submission's content hash; for one that cannot even be read, the reason (the grader then
    /// reports it as unreadable; one student's broken folder must not stop the class).
    /// </summary>
    private static string HashOrReason(string path)
    {
        try
        {
            return ContentHash.OfSubmission(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable: " + e.Message;
        }
    }
}
