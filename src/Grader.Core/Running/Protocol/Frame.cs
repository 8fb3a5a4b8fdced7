using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Running.Protocol;

/// <summary>
/// The wire format between the grader and a worker: a 4-byte big-endian length, then that many
/// bytes of UTF-8 JSON. Frames larger than <see cref="MaxBytes"/> are refused.
/// </summary>
internal static class Frame
{
    public const int MaxBytes = 32 << 20;

    public static Task WriteAsync(Stream stream, JsonNode message, CancellationToken ct) =>
        WriteAsync(stream, JsonSerializer.SerializeToUtf8Bytes(message), ct);

    /// <param name="body">A JSON object, already encoded.</param>
    public static async Task WriteAsync(Stream stream, byte[] body, CancellationToken ct)
    {
        // One write: the worker never sees half a frame and waits for the rest.
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        await stream.WriteAsync(frame, ct).ConfigureAwait(false);
        await stream.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <returns>The message, or null at the end of the stream.</returns>
    /// <exception cref="InvalidDataException">an oversized or malformed frame.</exception>
    public static async Task<JsonDocument?> ReadAsync(Stream stream, CancellationToken ct)
    {
        var header = new byte[4];
        if (!await ReadExactAsync(stream, header, ct).ConfigureAwait(false))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length is < 0 or > MaxBytes)
        {
            throw new InvalidDataException($"the worker sent a frame of {length} bytes");
        }

        var body = new byte[length];
        if (!await ReadExactAsync(stream, body, ct).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException("the worker sent malformed JSON: " + error.Message, error);
        }
    }

    private static async Task<bool> ReadExactAsync(Stream stream, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }
}
