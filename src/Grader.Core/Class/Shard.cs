using System.Globalization;

namespace Grader.Class;

/// <summary>
/// One of <see cref="Count"/> deterministic slices of a class (<c>--shard K/N</c>): the submissions
/// sorted by name, every N-th from the K-th. Every machine that sees the same class agrees on it.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    /// <exception cref="FormatException">not <c>K/N</c> with 1 ≤ K ≤ N.</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new FormatException(NotAShard(text));
        }

        return count < 1 || index < 1 || index > count ? throw new FormatException(OutOfRange(text, index, count)) : new Shard(index, count);
    }

    /// <summary>This shard's submissions, in name order; <paramref name="name"/> gives the name a path is sorted by.</summary>
    public IReadOnlyList<string> Select(IEnumerable<string> paths, Func<string, string> name)
    {
        var self = this;
        return [.. paths
            .OrderBy(name, StringComparer.Ordinal)
            .Where((_, i) => i % self.Count == self.Index - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    internal static string NotAShard(string text) =>
        $"--shard {text}: write K/N, e.g. --shard 2/4 for the second of four slices";

    internal static string OutOfRange(string text, int index, int count) => count < 1
        ? $"--shard {text}: the number of shards must be at least 1"
        : string.Create(CultureInfo.InvariantCulture, $"--shard {text}: K must be between 1 and {count} (shards are numbered from 1), not {index}");
}
