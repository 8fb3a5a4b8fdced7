using Grader.Class;
using Grader.Class.Outputs;

namespace Grader.Cli.Commands;

/// <summary>
/// The parallel loop of a class run: <paramref name="jobs"/> submissions at once through the
/// <see cref="ClassGrader"/>, each reported to the progress display as it is done.
/// </summary>
internal sealed class ClassRun(CliContext context, ClassGrader grader, int jobs)
{
    /// <summary>What a finished run did.</summary>
    internal sealed record Result(int Graded, int Unchanged, int NotGraded, int InClassFiles);

    /// <summary>Submissions graded (or found not gradable) and written by this run so far.</summary>
    public int Graded => grader.Graded;

    /// <param name="folders">This run's submissions (path → folder under <c>students/</c>).</param>
    /// <exception cref="OutputWriteException">an output file could not be written; <see cref="Graded"/> says how many were kept.</exception>
    public async Task<Result> RunAsync(IReadOnlyDictionary<string, string> folders, CancellationToken ct)
    {
        grader.Start(folders.Values);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = ct };
        await BatchProgress.RunAsync(context, folders.Count, progress => Parallel.ForEachAsync(
            folders,
            parallel,
            async (entry, token) => progress.Done(await grader.GradeAsync(entry.Key, entry.Value, token).ConfigureAwait(false)))).ConfigureAwait(false);
        var count = grader.Finish(folders.Values);
        return new Result(grader.Graded, folders.Count - grader.Graded, grader.NotGraded, count);
    }
}
