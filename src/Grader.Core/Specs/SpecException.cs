using System.Globalization;
using System.Text;

namespace Grader.Specs;

/// <summary>
/// A problem found in a spec (YAML or the model inside it), reported like a compiler does:
/// <c>file:line:col: message</c>, then the source line with a caret under the spot, then a hint.
/// Build these with the factories of <see cref="SpecError"/> so every message lives in one place.
/// </summary>
public sealed class SpecException : Exception
{
    public SpecException(SourceLocation location, string problem, string? hint = null, string? sourceLine = null, int caretLength = 1)
        : base($"{location}: {problem}")
    {
        Location = location;
        Problem = problem;
        Hint = hint;
        SourceLine = sourceLine;
        CaretLength = Math.Max(1, caretLength);
    }

    public SourceLocation Location { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>What to do about it, when there is something to say.</summary>
    public string? Hint { get; }

    /// <summary>The line of the file at <see cref="Location"/>, when known.</summary>
    public string? SourceLine { get; }

    public int CaretLength { get; }

    /// <summary>The full compiler-style report: location and message, source line, caret, hint.</summary>
    public string Render()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{Location}: error: {Problem}");
        if (SourceLine is not null)
        {
            var gutter = Location.Line.ToString(CultureInfo.InvariantCulture);
            var pad = new string(' ', gutter.Length);
            var expanded = SourceLine.Replace('\t', ' ');
            builder.Append('\n').Append(CultureInfo.InvariantCulture, $" {gutter} | {expanded}");
            var caretColumn = Math.Clamp(Location.Column - 1, 0, expanded.Length);
            var length = Math.Clamp(CaretLength, 1, Math.Max(1, expanded.Length - caretColumn));
            builder.Append('\n').Append(CultureInfo.InvariantCulture, $" {pad} | {new string(' ', caretColumn)}{new string('^', length)}");
        }

        if (Hint is not null)
        {
            builder.Append('\n').Append(CultureInfo.InvariantCulture, $"  hint: {Hint}");
        }

        return builder.ToString();
    }
}
