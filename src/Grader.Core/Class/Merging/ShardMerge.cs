using Grader.Class.Outputs;
using Grader.Class.Reports;

namespace Grader.Class.Merging;

/// <summary>
/// Combines the output folders of shards (<c>grade --shard K/N</c>) into one: copies every graded
/// submission's folder and rebuilds the gradebook, summary and report. Shards that overlap, were
/// graded on other problems or did not finish are refused before anything is written.
/// </summary>
internal static class ShardMerge
{
    /// <param name="inputs">The shards' output folders, absolute.</param>
    /// <exception cref="ClassException">the shards cannot be merged; nothing was written.</exception>
    /// <exception cref="OutputWriteException">the merged folder could not be written (a full disk).</exception>
    public static MergeResult Merge(IReadOnlyList<string> inputs, string outDirectory)
    {
        if (inputs.FirstOrDefault(i => Path.TrimEndingDirectorySeparator(i) == Path.TrimEndingDirectorySeparator(outDirectory)) is { } same)
        {
            throw ClassErrors.OutIsInput(same);
        }

        var (owners, problemIds, stale) = ShardCheck.Check(inputs);
        ClassOutputs.Prepare(outDirectory);
        foreach (var (folder, input) in owners)
        {
            CopyFolder(ClassOutputs.StudentFolder(input, folder), ClassOutputs.StudentFolder(outDirectory, folder));
        }

        // The class files hold exactly the merged submissions, whatever else the folder held before.
        ClassOutputs.WriteSlice(outDirectory, owners.Keys);
        var count = ClassOutputs.Rebuild(outDirectory, owners.Keys, problemIds);
        return new MergeResult(owners.Count, count, stale);
    }

    /// <summary>Copies beside the target, then swaps it in, so the target is never half-copied.</summary>
    /// <exception cref="OutputWriteException">the copy could not be written (a full disk).</exception>
    private static void CopyFolder(string source, string target)
    {
        try
        {
            CopyFolderOrThrow(source, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(target, e);
        }
    }

    private static void CopyFolderOrThrow(string source, string target)
    {
        var staging = target + AtomicFile.TemporaryMarker + "merge";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }

        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(staging, target);
    }
}
