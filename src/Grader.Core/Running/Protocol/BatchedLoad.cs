using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Reference;

namespace Grader.Running.Protocol;

/// <summary>
/// A load request carrying every case of the problem as <c>"calls": [{"where", "args"}, …]</c>.
/// Arrays are packed (<see cref="PackedArray"/>). The calls are encoded once per list of cases
/// (a grading plan's list is shared by every submission of a run), not once per submission.
/// </summary>
internal static class BatchedLoad
{
    private static readonly ConditionalWeakTable<IReadOnlyList<SolvedCase>, byte[]> Encoded = [];

    public static byte[] Encode(JsonObject load, IReadOnlyList<SolvedCase> cases)
    {
        var calls = Encoded.GetValue(cases, EncodeCalls);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in load)
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }

            writer.WritePropertyName("calls");
            writer.WriteRawValue(calls, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static byte[] EncodeCalls(IReadOnlyList<SolvedCase> cases) => JsonSerializer.SerializeToUtf8Bytes(
        new JsonArray([.. cases.Select((c, i) => (JsonNode)new JsonObject { ["where"] = RunMessages.Where(cases, i), ["args"] = ArgumentEncoder.Encode(c.Arguments, packed: true) })]));
}
