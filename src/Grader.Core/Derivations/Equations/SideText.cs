using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Derivations.Equations;

/// <summary>
/// Cuts a side out of its block: without the layout's removed ranges, trimmed of spacing, trailing
/// punctuation and equation numbers (<c>(3)</c> after a space at the end, <c>(5)</c> before a space at the
/// start), with whitespace across line breaks made one space.
/// </summary>
internal static partial class SideText
{
    /// <returns>The side, empty when nothing is left; null when it is longer than <see cref="WriteUpLimits.MaxSideLength"/>.</returns>
    public static EquationSide? Read(LineIndex lines, IReadOnlyList<(int Start, int End)> removed, int start, int end)
    {
        var kept = new StringBuilder(end - start);
        var offsets = new List<int>(end - start);
        var cut = FirstRemovedAfter(removed, start);
        for (var i = start; i < end; i++)
        {
            while (cut < removed.Count && removed[cut].End <= i)
            {
                cut++;
            }

            if (cut < removed.Count && removed[cut].Start <= i)
            {
                i = removed[cut].End - 1;
                continue;
            }

            kept.Append(lines.Text[i]);
            offsets.Add(i);
        }

        var text = kept.ToString();
        if (text.AsSpan().Trim().Length > WriteUpLimits.MaxSideLength)
        {
            return null;
        }

        var (from, to) = Trim(text);
        return from >= to
            ? new EquationSide(lines, string.Empty, start, start)
            : new EquationSide(lines, LineBreaks().Replace(text[from..to], " "), offsets[from], offsets[to - 1] + 1);
    }

    /// <summary>The range of <paramref name="text"/> left once spacing, punctuation and equation numbers are trimmed from both ends.</summary>
    private static (int From, int To) Trim(string text)
    {
        var from = 0;
        var to = text.Length;
        while (true)
        {
            var before = (from, to);
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            var inner = text[from..to];
            if (TrailingJunk().Match(inner) is { Success: true } tail)
            {
                to = from + tail.Index;
            }

            if (LeadingJunk().Match(inner) is { Success: true } head && head.Length < inner.Length)
            {
                from += head.Length;
            }

            if ((from, to) == before)
            {
                return (from, to);
            }
        }
    }

    private static int FirstRemovedAfter(IReadOnlyList<(int Start, int End)> removed, int start)
    {
        int low = 0, high = removed.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = removed[middle].End <= start ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>One trailing piece: punctuation (not a <c>...</c>), spacing, or a number in parentheses after a space.</summary>
    [GeneratedRegex(@"(?:(?<![.\\])[.,;]|\\[,;:! ]|~|\\q?quad|\s\(\d{1,3}[a-z]?\))$")]
    private static partial Regex TrailingJunk();

    /// <summary>One leading piece: spacing, or a number in parentheses before a space.</summary>
    [GeneratedRegex(@"^(?:\\[,;:! ]|~|\\q?quad\b|\(\d{1,3}[a-z]?\)\s)")]
    private static partial Regex LeadingJunk();

    [GeneratedRegex(@"[ \t]*[\r\n]\s*")]
    private static partial Regex LineBreaks();
}
