using System.Text;
using Grader.Class.Outputs;
using Grader.Submissions;
using Grader.Verification;

namespace Grader.Class.GradeSnapshots;

/// <summary>
/// Where a submission's grades are kept and how a regrade is held to them, after Verify's
/// conventions: <c>alice.grades.verified.json</c> beside the submission <c>alice/</c> (<c>alice.zip</c>:
/// <c>alice.zip.grades.verified.json</c>). Grades that differ, or that have no verified file yet, are
/// written to <c>.grades.received.json</c> beside it until they are accepted; a stale received file is
/// deleted first.
/// </summary>
public static class GradeSnapshotFile
{
    /// <summary>Accepts every snapshot a run compares, as the project's other snapshot tests do.</summary>
    public const string AcceptVariable = "GRADER_ACCEPT_SNAPSHOTS";

    public const string VerifiedSuffix = ".grades.verified.json";

    public const string ReceivedSuffix = ".grades.received.json";

    /// <summary>Whether the environment asks to accept snapshots (<c>GRADER_ACCEPT_SNAPSHOTS=1</c>).</summary>
    public static bool AcceptRequested => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    public static string VerifiedPath(string submission) => Beside(submission, VerifiedSuffix);

    public static string ReceivedPath(string submission) => Beside(submission, ReceivedSuffix);

    /// <summary>Compares the grades with the verified file; writes the received file when they differ, or the verified one when <paramref name="accept"/>.</summary>
    /// <exception cref="OutputWriteException">a file could not be written.</exception>
    public static GradeSnapshotResult Compare(string submission, GradeSnapshot grades, bool accept)
    {
        var verified = VerifiedPath(submission);
        var received = ReceivedPath(submission);
        var text = grades.ToJson();
        Delete(received);
        var accepted = File.Exists(verified) ? Normalize(File.ReadAllText(verified, Encoding.UTF8)) : null;
        var outcome = accepted is null ? GradeSnapshotOutcome.New : accepted == text ? GradeSnapshotOutcome.Equal : GradeSnapshotOutcome.Changed;
        var diff = outcome == GradeSnapshotOutcome.Changed ? LineDiff.Render(accepted!, text) : null;
        if (outcome == GradeSnapshotOutcome.Equal)
        {
            return new GradeSnapshotResult(outcome, false, null, verified, null);
        }

        if (accept)
        {
            AtomicFile.Write(verified, text);
            return new GradeSnapshotResult(outcome, true, diff, verified, null);
        }

        AtomicFile.Write(received, text);
        return new GradeSnapshotResult(outcome, false, diff, verified, received);
    }

    private static string Beside(string submission, string suffix)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(submission));
        return Path.Combine(Path.GetDirectoryName(path) ?? ".", SubmissionName.Entry(path) + suffix);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, e);
        }
    }
}
