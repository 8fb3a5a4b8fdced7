using System.Text;

namespace Grader.Courses;

/// <summary>
/// RFC 4180 CSV, as LMS and spreadsheets write it: quoted cells with doubled quotes and line breaks
/// inside, CRLF, LF or CR line ends, and the delimiter the header uses (a comma; a semicolon from a
/// European Moodle or Excel; a tab). Every record and cell keeps its physical line for messages.
/// </summary>
internal sealed class CsvReader
{
    private readonly string _file;
    private readonly string _text;
    private readonly string[] _lines;
    private int _at;
    private int _line = 1;
    private int _column = 1;

    public CsvReader(string file, string text)
    {
        _file = file;
        _text = text;
        _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        Delimiter = DetectDelimiter(_lines[0]);
    }

    public char Delimiter { get; }

    /// <summary>A physical line of the file, for quoting under a message; null when it is too long to be read there.</summary>
    public string? LineText(int line) => line >= 1 && line <= _lines.Length && _lines[line - 1].Length <= 200 ? _lines[line - 1] : null;

    /// <summary>Every record but blank lines, the header first; at most <paramref name="maxRecords"/> of them.</summary>
    public List<CsvRecord> Records(int maxRecords)
    {
        var records = new List<CsvRecord>();
        while (_at < _text.Length)
        {
            var record = ReadRecord();
            if (record.IsBlank)
            {
                continue;
            }

            if (records.Count == maxRecords)
            {
                throw CourseError.TooManyRows(_file, record.Line, maxRecords - 1);
            }

            records.Add(record);
        }

        return records;
    }

    /// <summary>The delimiter outside quotes that the header line uses most: ',' unless ';' or a tab wins.</summary>
    private static char DetectDelimiter(string header)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && counts.TryGetValue(c, out var count))
            {
                counts[c] = count + 1;
            }
        }

        return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key == ',' ? 0 : 1).First().Key;
    }

    private CsvRecord ReadRecord()
    {
        var line = _line;
        var cells = new List<CsvCell>();
        while (true)
        {
            cells.Add(Peek() == '"' ? ReadQuoted() : ReadPlain());
            if (Peek() == Delimiter)
            {
                Advance();
                continue;
            }

            SkipLineEnd();
            return new CsvRecord(cells, line);
        }
    }

    private CsvCell ReadPlain()
    {
        var (line, column) = (_line, _column);
        var start = _at;
        while (Peek() is { } c && c != Delimiter && c is not '\r' and not '\n')
        {
            Advance();
        }

        return new CsvCell(_text[start.._at], line, column);
    }

    private CsvCell ReadQuoted()
    {
        var (line, column) = (_line, _column);
        Advance();
        var builder = new StringBuilder();
        while (true)
        {
            if (Peek() is not { } c)
            {
                throw CourseError.UnterminatedQuote(_file, line, column, LineText(line));
            }

            Advance();
            if (c != '"')
            {
                builder.Append(c);
            }
            else if (Peek() == '"')
            {
                Advance();
                builder.Append('"');
            }
            else
            {
                break;
            }
        }

        if (Peek() is { } next && next != Delimiter && next is not '\r' and not '\n')
        {
            throw CourseError.TextAfterQuote(_file, _line, _column, LineText(_line));
        }

        return new CsvCell(builder.ToString(), line, column);
    }

    private char? Peek() => _at < _text.Length ? _text[_at] : null;

    /// <summary>One character forward, counting lines as the file's reader sees them (CRLF, LF or a lone CR ends one).</summary>
    private void Advance()
    {
        var c = _text[_at++];
        if (c == '\n' || (c == '\r' && Peek() != '\n'))
        {
            (_line, _column) = (_line + 1, 1);
        }
        else if (c != '\r')
        {
            _column++;
        }
    }

    private void SkipLineEnd()
    {
        if (Peek() == '\r')
        {
            Advance();
        }

        if (Peek() == '\n')
        {
            Advance();
        }
    }
}
