using System.Buffers.Binary;
using System.Text.Json;

// Compiled into both Grader.Worker and Grader.Core (linked): the grader and the C# worker frame alike.
// The Python worker has its own reading of the same format (framing.py).
namespace Grader.Worker.Protocol;

/// <summary>
/// The wire format between the grader and a worker: a 4-byte big-endian length, then that many
/// bytes of UTF-8 JSON. Frames larger than <see cref="MaxBytes"/> (or the reader's own bound) are refused.
/// </summary>
internal static class Frame
{
    public const int MaxBytes = 32 << 20;

    /// <param name="body">A JSON object, already encoded.</param>
    public static async Task WriteAsync(Stream stream, byte[] body, CancellationToken ct)
    {
        // One write: the reader never sees half a frame and waits for the rest.
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        await stream.WriteAsync(frame, ct).ConfigureAwait(false);
        await stream.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>For the worker, which serves one request at a time on its own thread.</summary>
    public static void Write(Stream stream, byte[] body) => WriteAsync(stream, body, CancellationToken.None).GetAwaiter().GetResult();

    /// <returns>The frame's JSON bytes, or null at the end of the stream.</returns>
    /// <exception cref="InvalidDataException">an oversized frame.</exception>
    public static async Task<byte[]?> ReadBodyAsync(Stream stream, int maxBytes, CancellationToken ct)
    {
        var header = new byte[4];
        if (!await ReadExactAsync(stream, header, ct).ConfigureAwait(false))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length < 0 || length > maxBytes)
        {
            throw new InvalidDataException($"the worker sent a frame of {length} bytes");
        }

        var body = new byte[length];
        return await ReadExactAsync(stream, body, ct).ConfigureAwait(false) ? body : null;
    }

    /// <summary>For the worker (see <see cref="Write"/>).</summary>
    public static byte[]? ReadBody(Stream stream, int maxBytes = MaxBytes) =>
        ReadBodyAsync(stream, maxBytes, CancellationToken.None).GetAwaiter().GetResult();

    /// <returns>The message, or null at the end of the stream.</returns>
    /// <exception cref="InvalidDataException">an oversized or malformed frame.</exception>
    public static async Task<JsonDocument?> ReadAsync(Stream stream, CancellationToken ct)
    {
        if (await ReadBodyAsync(stream, MaxBytes, ct).ConfigureAwait(false) is not { } body)
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
