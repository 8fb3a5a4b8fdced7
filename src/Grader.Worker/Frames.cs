using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Worker;

/// <summary>Length-prefixed JSON frames, the same format as the grader's (docs/runner-protocol.md).</summary>
internal static class Frames
{
    private const int MaxBytes = 32 << 20;

    public static void Write(Stream stream, JsonNode message) => WriteBytes(stream, JsonSerializer.SerializeToUtf8Bytes(message));

    public static void WriteBytes(Stream stream, byte[] body)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, body.Length);
        stream.Write(header);
        stream.Write(body);
        stream.Flush();
    }

    public static JsonNode? Read(Stream stream) => ReadBytes(stream, MaxBytes) is { } body ? JsonNode.Parse(body) : null;

    /// <returns>The frame's JSON bytes, or null at the end of the stream.</returns>
    public static byte[]? ReadBytes(Stream stream, int maxBytes)
    {
        var header = new byte[4];
        if (!Fill(stream, header))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length < 0 || length > maxBytes)
        {
            throw new InvalidDataException("oversized frame");
        }

        var body = new byte[length];
        return Fill(stream, body) ? body : null;
    }

    private static bool Fill(Stream stream, byte[] buffer)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }
}
