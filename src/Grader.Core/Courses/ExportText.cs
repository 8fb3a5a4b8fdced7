using System.Buffers;
using System.Text;

namespace Grader.Courses;

/// <summary>
/// A gradebook export's bytes as text: UTF-8 (with or without its byte-order mark), or UTF-16 when a
/// byte-order mark says so. Anything else (Excel's "CSV (Comma delimited)" in a Windows code page)
/// is refused at the line of its first bad byte rather than read into wrong names.
/// </summary>
internal static class ExportText
{
    public static string Decode(byte[] bytes, string file)
    {
        ReadOnlySpan<byte> data = bytes;
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(data[3..], file);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16(data, file);
        }

        return Utf8(data, file);
    }

    private static string Utf8(ReadOnlySpan<byte> data, string file)
    {
        var nul = data.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(data, nul);
            throw CourseError.NulByte(file, line, column);
        }

        var chars = new char[data.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(data, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, column) = Position(data, read);
            throw CourseError.NotUtf8(file, line, column);
        }

        return new string(chars, 0, written);
    }

    private static string Utf16(ReadOnlySpan<byte> data, string file)
    {
        var encoding = new UnicodeEncoding(bigEndian: data[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return encoding.GetString(data[2..]);
        }
        catch (DecoderFallbackException)
        {
            throw CourseError.NotUtf16(file);
        }
    }

    /// <summary>The physical line and character column of a byte in valid UTF-8 before it.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> data, int offset)
    {
        var before = data[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
