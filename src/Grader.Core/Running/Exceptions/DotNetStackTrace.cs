using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Running.Exceptions;

/// <summary>
/// Reads a .NET exception's <c>ToString()</c>: <c>Type: message</c>, then <c>   at Method(...) in
/// File.cs:line 12</c> frames, innermost first (file and line where the assembly carries its PDB).
/// With inner exceptions (<c> ---> </c>), the frames after the last "End of inner exception stack
/// trace" are the outer exception's, the one that was thrown out of the student's method.
/// </summary>
internal static partial class DotNetStackTrace
{
    private const string InnerEnd = "--- End of inner exception stack trace ---";

    public static ParsedException? Parse(string stackTrace)
    {
        var lines = stackTrace.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (ExceptionLine().Match(lines[0]) is not { Success: true } first)
        {
            return null;
        }

        var message = new List<string> { first.Groups["message"].Value };
        var i = 1;
        for (; i < lines.Length && !IsStructure(lines[i]); i++)
        {
            message.Add(lines[i]);
        }

        var frames = new List<TracebackFrame>();
        for (; i < lines.Length; i++)
        {
            if (lines[i].Trim() == InnerEnd)
            {
                frames.Clear();
            }
            else if (FrameLine().Match(lines[i]) is { Success: true } frame
                && int.TryParse(frame.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                frames.Add(new TracebackFrame(frame.Groups["file"].Value, number));
            }
        }

        frames.Reverse();
        return new ParsedException(first.Groups["type"].Value, string.Join('\n', message).TrimEnd('\n', ' '), frames);
    }

    private static bool IsStructure(string line) =>
        line.StartsWith("   at ", StringComparison.Ordinal) || line.StartsWith(" ---> ", StringComparison.Ordinal) || line.Trim() == InnerEnd;

    [GeneratedRegex(@"^(?<type>[\p{L}_][\p{L}\p{N}_.`+]*): ?(?<message>.*)$")]
    private static partial Regex ExceptionLine();

    [GeneratedRegex(@"^   at .* in (?<file>.+):line (?<line>\d{1,9})$")]
    private static partial Regex FrameLine();
}
