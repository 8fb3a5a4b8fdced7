using Grader.Class.Outputs;
using Grader.Class.Reports;
using Grader.Reports;

namespace Grader.Class;

/// <summary>
/// Grades a class into an output folder, one submission at a time (the caller runs them in
/// parallel): each one's reports are written as soon as it is done and its completion record last;
/// unchanged submissions with a record are skipped (unless forced); then the class files are rebuilt
/// from the records. Whatever goes wrong grading one submission (a bug, an OutOfMemoryException under
/// the grader's heap limit) costs only that submission: it gets a report with the reason and a record
/// that the next run does not trust.
/// </summary>
/// <param name="grade">Grades one submission (the sandbox and checks in the real command; a stand-in in tests).</param>
/// <param name="notGraded">The report of a submission that could not be graded, with the reason.</param>
internal sealed class ClassGrader(
    string outDirectory,
    ClassGradingOptions options,
    Func<string, CancellationToken, Task<ScoreReport>> grade,
    Func<string, string, ScoreReport> notGraded)
{
    /// <summary>The files hash recorded for a submission the grader failed on: it never matches, so a rerun grades it again.</summary>
    internal const string NotGradedHash = "not graded";

    private int _graded;
    private int _failed;

    /// <summary>Submissions graded (or found not gradable) and written so far.</summary>
    public int Graded => Volatile.Read(ref _graded);

    /// <summary>Of those, the ones the grader failed on.</summary>
    public int NotGraded => Volatile.Read(ref _failed);

    /// <summary>Prepares the output folder for this run's submissions (their folders under <c>students/</c>).</summary>
    /// <exception cref="OutputWriteException">the folder could not be prepared.</exception>
    public void Start(IEnumerable<string> folders)
    {
        ClassOutputs.Prepare(outDirectory);
        // Written first: until every submission of this run has its record, merge sees the run as unfinished.
        ClassOutputs.WriteSlice(outDirectory, folders);
    }

    /// <param name="folder">The submission's folder name under <c>students/</c>.</param>
    /// <exception cref="OutputWriteException">an output file could not be written; <see cref="Graded"/> says how many were kept.</exception>
    public async Task<SubmissionResult> GradeAsync(string path, string folder, CancellationToken ct)
    {
        var target = ClassOutputs.StudentFolder(outDirectory, folder);
        var recordPath = Path.Combine(target, CompletionRecord.FileName);
        var filesHash = HashOrReason(path);
        if (!options.Force && CompletionRecord.TryRead(recordPath) is { } done
            && done.Matches(filesHash, options.SpecsHash, ContentHash.GraderVersion)
            && options.Formats.All(f => File.Exists(Path.Combine(target, f.FileName))))
        {
            return new SubmissionResult(done.Submission, done.Score, done.MaxScore, Unchanged: true, Failure: null);
        }

        // The old record goes first: from here until the new one is written, a crash leaves none, so a rerun regrades.
        try
        {
            Directory.CreateDirectory(target);
            File.Delete(recordPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(target, e);
        }

        var (report, files, failure) = await GradeAndRenderAsync(path, ct).ConfigureAwait(false);
        foreach (var (name, text) in files)
        {
            AtomicFile.Write(Path.Combine(target, name), text);
        }

        AtomicFile.Write(recordPath, CompletionRecord.From(report, failure is null ? filesHash : NotGradedHash, options.SpecsHash, ContentHash.GraderVersion).ToJson());
        Interlocked.Increment(ref _graded);
        if (failure is not null)
        {
            Interlocked.Increment(ref _failed);
        }

        return new SubmissionResult(report.Submission, report.Score, report.MaxScore, Unchanged: false, failure);
    }

    /// <summary>Rebuilds the class files from the records of these submissions' folders.</summary>
    /// <returns>How many submissions the class files hold.</returns>
    public int Finish(IEnumerable<string> folders) => ClassOutputs.Rebuild(outDirectory, folders, options.ProblemIds, options.Lms);

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
            var report = notGraded(path, ClassErrors.NotGraded(e));
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
