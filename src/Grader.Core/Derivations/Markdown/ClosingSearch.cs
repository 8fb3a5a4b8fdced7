namespace Grader.Derivations.Markdown;

/// <summary>
/// Finds the closer of a construct (<c>$$</c>, <c>\]</c>, <c>\end{align}</c>, <c>--&gt;</c>) and remembers
/// where a search failed: a closer missing after one offset is missing after every later one, so a
/// write-up of ten thousand unclosed openers is read in linear time.
/// </summary>
internal sealed class ClosingSearch(string text)
{
    private readonly Dictionary<string, int> _missingFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int From, int Found)> _lastFound = new(StringComparer.Ordinal);

    /// <summary>The offset of the first <paramref name="closer"/> at or after <paramref name="from"/> not escaped by a backslash; -1 when none.</summary>
    public int Find(string closer, int from, bool escapable = false)
    {
        if (_missingFrom.TryGetValue(closer, out var missing) && from >= missing)
        {
            return -1;
        }

        // The first closer after an earlier start is the first after this one too, if it lies beyond it.
        if (_lastFound.TryGetValue(closer, out var last) && from >= last.From && from <= last.Found)
        {
            return last.Found;
        }

        var at = from;
        while (at <= text.Length - closer.Length)
        {
            var found = text.IndexOf(closer, at, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            if (!escapable || !IsEscaped(found))
            {
                _lastFound[closer] = (from, found);
                return found;
            }

            at = found + 1;
        }

        // Searches from later offsets returned early above, so this one started before any failed search.
        _missingFrom[closer] = from;
        return -1;
    }

    /// <summary>An odd run of backslashes before <paramref name="offset"/> escapes it.</summary>
    public bool IsEscaped(int offset)
    {
        var backslashes = 0;
        for (var i = offset - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
