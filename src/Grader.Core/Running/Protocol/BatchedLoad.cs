using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Reference;
using Grader.Worker.Protocol;

namespace Grader.Running.Protocol;

/// <summary>
/// A load request carrying every case of the problem as <c>"calls": [{"args"}, …]</c>, in order.
/// Arrays are packed (<see cref="PackedArray"/>). The calls are encoded once per list of cases
/// (a grading plan's list is shared by every submission of a run), not once per submission.
/// </summary>
internal static class BatchedLoad
{
    private static readonly ConditionalWeakTable<IReadOnlyList<SolvedCase>, byte[]> Encoded = [];

    public static byte[] Encode(WorkerRequest load, IReadOnlyList<SolvedCase> cases)
    {
        var calls = Encoded.GetValue(cases, EncodeCalls);
        var request = ProblemDriver.Encode(load);
        // The request's object with one more member, the calls as they were encoded.
        ReadOnlySpan<byte> member = ""","calls":"""u8;
        var body = new byte[request.Length - 1 + member.Length + calls.Length + 1];
        request.AsSpan(0, request.Length - 1).CopyTo(body);
        member.CopyTo(body.AsSpan(request.Length - 1));
        calls.CopyTo(body.AsSpan(request.Length - 1 + member.Length));
        body[^1] = (byte)'}';
        return body;
    }

    private static byte[] EncodeCalls(IReadOnlyList<SolvedCase> cases) => JsonSerializer.SerializeToUtf8Bytes(
        new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject { ["args"] = ArgumentEncoder.Encode(c.Arguments, packed: true) })]), ProblemJson.Default.JsonNode);
}
