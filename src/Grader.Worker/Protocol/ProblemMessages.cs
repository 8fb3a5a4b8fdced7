using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

// Compiled into both Grader.Worker and Grader.Core (linked), so both ends read the same records; the
// Python worker reads and writes the same JSON (docs/runner-protocol.md).
namespace Grader.Worker.Protocol;

/// <summary>The limits as a worker enforces them: numbers only (the grader writes every sentence that names one).</summary>
internal sealed record WorkerLimits(
    double WallSeconds, double CpuSeconds, long MemoryBytes, int Processes, int OpenFiles, long FileSizeBytes, long OutputBytes);

/// <summary>One output of the problem's function, by name; <see cref="IsList"/>: a list of arrays.</summary>
internal sealed record OutputSpec(string Name, bool IsList);

/// <summary>
/// Grader → worker: <c>load</c> (a problem: Python's file and source, or C#'s assembly and type),
/// <c>call</c> (C# only: one case's arguments) or <c>end</c>.
/// </summary>
internal sealed record WorkerRequest(
    string Op,
    string? Problem = null,
    string? Function = null,
    string? File = null,
    string? Source = null,
    string? Assembly = null,
    string? Type = null,
    IReadOnlyList<OutputSpec>? Outputs = null,
    WorkerLimits? Limits = null,
    JsonArray? Args = null);

/// <summary>
/// Worker → grader: <c>loaded</c>, <c>load-error</c> or one case's <c>result</c>, as a kind and the
/// particulars behind it, never a sentence (the grader's <c>RunMessages</c> writes those).
/// <see cref="Outcome"/> is a case outcome's name in camelCase; <see cref="Reason"/> tells apart what
/// one outcome covers (<c>sysExit</c>, <c>compile</c>, <c>wall</c>, <c>cpu</c>, <c>signal</c>, <c>exited</c>,
/// <c>fileSize</c>, <c>frameTooLarge</c>, <c>corrupt</c>, <c>unknownRequest</c>); <see cref="During"/>
/// is the phase (<c>start</c>, <c>import</c>, <c>load</c>, <c>call</c>).
/// </summary>
internal sealed record WorkerReport(
    string Op,
    string? Outcome = null,
    string? Reason = null,
    string? During = null,
    JsonElement? Outputs = null,
    IReadOnlyList<string>? Problems = null,
    string? Error = null,
    string? Text = null,
    string? Code = null,
    int? Status = null,
    string? Signal = null,
    long? Bytes = null,
    int? Fd = null,
    string? Traceback = null,
    string? Stdout = null,
    double? Seconds = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerReport))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class ProblemJson : JsonSerializerContext;
