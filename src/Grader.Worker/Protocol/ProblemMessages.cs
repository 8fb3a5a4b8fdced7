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
/// <c>call</c> (C# only: one case's arguments) or <c>end</c>. <see cref="Cells"/>: a notebook's code
/// cells, each by its first line in the source, run one by one.
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
    JsonArray? Args = null,
    IReadOnlyList<int>? Cells = null);

/// <summary>
/// Worker → grader: <c>loaded</c>, <c>load-error</c> or one case's <c>result</c>, as a kind and the
/// particulars behind it, never a sentence (the grader's <c>RunMessages</c> writes those).
/// <see cref="Outcome"/> is a case outcome's name in camelCase; <see cref="Reason"/> tells apart what
/// one outcome covers (<c>sysExit</c>, <c>compile</c>, <c>wall</c>, <c>cpu</c>, <c>signal</c>, <c>exited</c>,
/// <c>fileSize</c>, <c>frameTooLarge</c>, <c>corrupt</c>, <c>unknownRequest</c>); <see cref="During"/>
/// is the phase (<c>start</c>, <c>import</c>, <c>load</c>, <c>call</c>). A notebook's <c>loaded</c> or
/// <c>load-error</c> carries the <see cref="CellErrors"/> of the cells that raised.
/// </summary>
internal sealed record WorkerReport(
    string Op,
    string? Outcome = null,
    string? Reason = null,
    string? During = null,
    JsonElement? Outputs = null,
    IReadOnlyList<ReturnProblem>? Problems = null,
    string? Error = null,
    string? Text = null,
    string? Code = null,
    int? Status = null,
    string? Signal = null,
    long? Bytes = null,
    int? Fd = null,
    string? Traceback = null,
    string? Stdout = null,
    double? Seconds = null,
    IReadOnlyList<CellError>? CellErrors = null);

/// <summary>A notebook cell that raised while the notebook ran (the cells after it still ran): the cell by its first line, the exception's type, text and traceback.</summary>
internal sealed record CellError(int Line, string Error, string? Text = null, string? Traceback = null);

/// <summary>
/// Why a returned value cannot be graded, as a kind and its particulars; the grader writes the sentence
/// (<c>RunMessages.Returned</c>). Of the whole result: <c>missing</c> (an <see cref="Output"/>),
/// <c>count</c> (<see cref="Count"/> values returned), <c>unbound</c> (a <see cref="Type"/> neither mapping
/// nor sequence), <c>unencodable</c>. Of one <see cref="Output"/>: <c>nestedTooDeeply</c>, <c>tooManyItems</c>,
/// <c>null</c>, <c>complex</c>, <c>notNumber</c> and <c>notList</c> (the <see cref="Type"/>, if known),
/// <c>dtype</c> (the array's dtype in <see cref="Type"/>), <c>unreadable</c> (the exception's <see cref="Type"/>).
/// </summary>
internal sealed record ReturnProblem(string Kind, string? Output = null, int? Count = null, string? Type = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerReport))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class ProblemJson : JsonSerializerContext;
