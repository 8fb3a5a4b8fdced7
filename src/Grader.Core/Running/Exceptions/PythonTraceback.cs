using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Running.Exceptions;

/// <summary>
/// Reads the text of a Python traceback (<c>traceback.format_exception</c>) forward: frames, then the
/// exception line and its message. A chained traceback ("During handling of the above exception",
/// "The above exception was the direct cause") ends with the exception that was raised, so each new
/// block replaces the one before. The message is the student's: nothing in it is read as a frame.
/// </summary>
internal static partial class PythonTraceback
{
    private const string Header = "Traceback (most recent call last):";

    private static readonly string[] ChainLines =
    [
        "During handling of the above exception, another exception occurred:",
        "The above exception was the direct cause of the following exception:",
    ];

    /// <returns>The last exception, or null when the text ends with none (empty, or not a traceback).</returns>
    public static ParsedException? Parse(string traceback)
    {
        var lines = traceback.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        // The worker keeps a traceback's last 20,000 characters: a cut first line is not read.
        var start = lines.Length > 0 && !lines[0].StartsWith(Header, StringComparison.Ordinal) && !lines[0].StartsWith("  File \"", StringComparison.Ordinal) ? 1 : 0;
        var frames = new List<TracebackFrame>();
        string? type = null;
        var message = new List<string>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (type is not null)
            {
                if (ChainLines.Contains(line) && i > 0 && lines[i - 1].Length == 0)
                {
                    (type, frames) = (null, []);
                    message.Clear();
                    continue;
                }

                message.Add(line);
                continue;
            }

            if (line == Header)
            {
                frames.Clear();
            }
            else if (FrameLine().Match(line) is { Success: true } frame)
            {
                if (int.TryParse(frame.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    frames.Add(new TracebackFrame(frame.Groups["file"].Value, number));
                }
            }
            else if (line.Length > 0 && line[0] != ' ' && ExceptionLine().Match(line) is { Success: true } raised)
            {
                type = raised.Groups["type"].Value;
                message.Add(raised.Groups["message"].Value);
            }
        }

        return type is null ? null : new ParsedException(type, string.Join('\n', message).TrimEnd('\n', ' '), frames);
    }

    [GeneratedRegex("""^  File "(?<file>.*)", line (?<line>\d{1,9})(?:, in .*)?$""")]
    private static partial Regex FrameLine();

    [GeneratedRegex(@"^(?<type>[\p{L}_][\p{L}\p{N}_.]*)(?:: (?<message>.*))?$")]
    private static partial Regex ExceptionLine();
}
