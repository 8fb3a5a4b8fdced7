using System.Text;

namespace Grader.Worker;

/// <summary>
/// Console.Out and Console.Error of the submission: kept in memory for the current call, up to a
/// limit. Past the limit every write throws, and the call is reported as an output-limit failure.
/// </summary>
internal sealed class BoundedWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public long Limit { get; set; } = 1 << 20;

    public bool Overflowed { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            if (_text.Length >= Limit)
            {
                Overflowed = true;
                throw new IOException("output limit exceeded");
            }

            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            if (value is null)
            {
                return;
            }

            if (_text.Length + value.Length > Limit)
            {
                _text.Append(value.AsSpan(0, (int)Math.Max(0, Limit - _text.Length)));
                Overflowed = true;
                throw new IOException("output limit exceeded");
            }

            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <summary>What was printed since the last call, and starts afresh.</summary>
    public string Take()
    {
        lock (_text)
        {
            var text = _text.ToString();
            _text.Clear();
            Overflowed = false;
            return text;
        }
    }
}
