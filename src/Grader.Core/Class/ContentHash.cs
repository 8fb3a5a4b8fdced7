using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Grader.Grading;
using Grader.Submissions;
using Grader.Verification;

namespace Grader.Class;

/// <summary>
/// The content hashes a rerun compares to decide whether a graded submission is unchanged: the
/// submission's files, and the problem specs with their verified snapshots and the grading options.
/// </summary>
public static class ContentHash
{
    /// <summary>The grader's version; a record written by another version is regraded.</summary>
    public static string GraderVersion { get; } =
        typeof(ContentHash).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ContentHash).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// A file (zip, .py, …) by its bytes; a folder by the relative path and bytes of every file in it,
    /// in ordinal order. Symbolic links are hashed by their target, never followed, so a link out of
    /// the folder neither leaks into nor slows down the hash.
    /// </summary>
    public static string OfSubmission(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (File.Exists(path))
        {
            AddFile(hash, Path.GetFileName(path), path);
        }
        else
        {
            AddFolder(hash, new DirectoryInfo(path), string.Empty);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The specs (text and verified snapshot) of the plan's problems, in order, and the options that change grades.</summary>
    public static string OfSpecs(GradingPlan plan, string options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddText(hash, "options", options);
        if (plan.Course is { } course)
        {
            // The salt decides every variant, the roster whose variant each submission is and whose numbers a copy is.
            AddText(hash, "course", course.SaltHex + "\n" + string.Join("\n", course.Students.Select(s => $"{s.Id}\t{s.Name}\t{s.Login}\t{string.Join(",", s.Names)}")));
        }

        foreach (var problem in plan.Problems)
        {
            var file = problem.Problem.Spec.File;
            AddText(hash, "spec " + problem.Id, file.Text);
            var verified = ReferenceSnapshot.VerifiedPath(file.FullPath);
            AddText(hash, "verified " + problem.Id, File.Exists(verified) ? File.ReadAllText(verified) : string.Empty);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddFolder(IncrementalHash hash, DirectoryInfo folder, string relative)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var name = relative + "/" + entry.Name;
            if (entry.LinkTarget is { } target)
            {
                AddText(hash, "link " + name, target);
            }
            else if (entry is DirectoryInfo directory)
            {
                AddText(hash, "dir", name);
                AddFolder(hash, directory, name);
            }
            else
            {
                AddFile(hash, name, entry.FullName);
            }
        }
    }

    private static void AddFile(IncrementalHash hash, string name, string path)
    {
        AddText(hash, "file", name);
        if (!File.Exists(path))
        {
            // A name that is not valid UTF-8 cannot be opened again; its name still counts.
            AddText(hash, "unreadable", name);
            return;
        }

        if (Submissions.UnixFileType.Of(path) != Submissions.FileKind.Regular)
        {
            // A named pipe or a device is never opened: reading it could wait, or run, forever.
            AddText(hash, "special", name);
            return;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        AddText(hash, "end", name);
    }

    private static void AddText(IncrementalHash hash, string label, string text)
    {
        // Length-prefixed so that no two different sequences of parts hash alike.
        var bytes = Encoding.UTF8.GetBytes(label + "\0" + text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
