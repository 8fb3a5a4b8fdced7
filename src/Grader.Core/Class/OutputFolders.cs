using System.Security.Cryptography;
using System.Text;
using Grader.Submissions;

namespace Grader.Class;

/// <summary>
/// Each submission's output folder in a class run: its name made safe for a folder, and distinct from
/// every other submission's. Computed over the whole class, before it is cut into shards, and from
/// the names alone, so every rerun, every shard and merge agree on it.
/// </summary>
public static class OutputFolders
{
    /// <summary>In the names of files being written (see <see cref="Outputs.AtomicFile"/>); no safe name contains it.</summary>
    public const string TemporaryMarker = ".tmp-";

    /// <summary>A file name's 255 bytes less room for "-", 8 hex digits and a counter.</summary>
    private const int MaxSafeBytes = 240;

    /// <summary>
    /// Every path's folder. Names that become the same safe name (<c>alice smith</c>, <c>alice_smith</c>)
    /// are told apart: the one written as it is (else the first by entry name, ordinal) keeps the safe
    /// name, the others get <c>-</c> and 8 hex digits of the SHA-256 of their entry name
    /// (<c>alice_smith-038bd15a</c>), which does not depend on what else is in the class.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> paths)
    {
        var entries = paths.Distinct(StringComparer.Ordinal).Select(p => new Entry(p)).ToList();
        var taken = entries.Select(e => e.Safe).ToHashSet(StringComparer.Ordinal);
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in entries.GroupBy(e => e.Safe, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group
                .OrderBy(e => e.Name == e.Safe ? 0 : 1)
                .ThenBy(e => e.EntryName, StringComparer.Ordinal)
                .ThenBy(e => e.Path, StringComparer.Ordinal)
                .ToList();
            folders[ordered[0].Path] = group.Key;
            foreach (var other in ordered.Skip(1))
            {
                var folder = group.Key + "-" + ShortHash(other.EntryName);
                for (var n = 2; !taken.Add(folder); n++)
                {
                    // Only a name chosen to collide with a hashed one gets here.
                    folder = group.Key + "-" + ShortHash(other.EntryName) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                folders[other.Path] = folder;
            }
        }

        return folders;
    }

    /// <summary>
    /// A name usable as a folder name: letters, digits, <c>- _ .</c>, no leading or trailing dot (so never
    /// hidden, <c>.</c> or <c>..</c>), never the temporary marker; other characters become <c>_</c>; at
    /// most <see cref="MaxSafeBytes"/> bytes, so a hash suffix still fits a file name (255 bytes).
    /// </summary>
    public static string SafeName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var safe = builder.ToString().Trim('.').Replace(TemporaryMarker, "_tmp-", StringComparison.Ordinal);
        while (Encoding.UTF8.GetByteCount(safe) > MaxSafeBytes)
        {
            // No surrogate is left to split: characters outside the BMP are not letters to char.IsLetterOrDigit.
            safe = safe[..^1].TrimEnd('.');
        }

        return safe.Length == 0 ? "submission" : safe;
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    private sealed record Entry(string Path)
    {
        public string Name { get; } = SubmissionName.Of(Path);

        public string EntryName { get; } = SubmissionName.Entry(Path);

        public string Safe => SafeName(Name);
    }
}
