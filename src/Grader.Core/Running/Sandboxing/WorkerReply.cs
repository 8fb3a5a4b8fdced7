using System.Text.Json;

namespace Grader.Running.Sandboxing;

/// <summary>A worker's answer to one request, or why there was none.</summary>
internal sealed record WorkerReply(JsonDocument? Message, WorkerFailure Failure, int? ExitCode, string Diagnostics)
{
    public static WorkerReply Of(JsonDocument message) => new(message, WorkerFailure.None, null, string.Empty);
}
