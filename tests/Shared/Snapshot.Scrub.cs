using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Grader.Testing;

public static partial class Snapshot
{
    /// <summary>
    /// Replaces what varies between runs and machines: the test project's directory with
    /// <c>{ProjectDirectory}</c>, the solution's with <c>{SolutionDirectory}</c>, the temp directory with
    /// <c>{TempPath}</c>; ISO-8601 times with <c>Time_1</c>, <c>Time_2</c>… (equal times, equal names);
    /// durations such as <c>0.123 s</c>, <c>12 ms</c>, <c>"execution_time": 1.23</c> or <c>time="0.5"</c>
    /// with <c>Duration</c>; then each of <paramref name="replacements"/>.
    /// </summary>
    public static string Scrub(
        string text,
        IReadOnlyDictionary<string, string>? replacements = null,
        [CallerFilePath] string file = "")
    {
        var paths = new List<(string Path, string Name)>();
        if (FindUp(Path.GetDirectoryName(file), "*.csproj") is { } project)
        {
            paths.Add((project, "{ProjectDirectory}"));
        }

        if (FindUp(Path.GetDirectoryName(file), "*.sln") is { } solution)
        {
            paths.Add((solution, "{SolutionDirectory}"));
        }

        paths.Add((Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), "{TempPath}"));
        foreach (var (path, name) in paths.OrderByDescending(p => p.Path.Length))
        {
            text = text.Replace(path, name, StringComparison.Ordinal);
        }

        var times = new Dictionary<string, string>();
        text = IsoTime().Replace(text, m =>
        {
            if (!times.TryGetValue(m.Value, out var name))
            {
                name = $"Time_{times.Count + 1}";
                times[m.Value] = name;
            }

            return name;
        });
        text = JsonDuration().Replace(text, "${key}Duration");
        text = XmlDuration().Replace(text, "${key}\"Duration\"");
        text = TextDuration().Replace(text, "Duration");

        foreach (var (from, to) in replacements ?? new Dictionary<string, string>())
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static string? FindUp(string? directory, string pattern)
    {
        for (var dir = directory; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir) && Directory.EnumerateFiles(dir, pattern).Any())
            {
                return dir;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"(?<key>""(execution_time|duration|duration_seconds|time|elapsed)""\s*:\s*)-?\d+(\.\d+)?([eE][-+]?\d+)?")]
    private static partial Regex JsonDuration();

    [GeneratedRegex(@"(?<key>\btime=)""[^""]*""")]
    private static partial Regex XmlDuration();

    [GeneratedRegex(@"(?<![\w.])\d+(\.\d+)?\s?(ms|s)\b")]
    private static partial Regex TextDuration();
}
