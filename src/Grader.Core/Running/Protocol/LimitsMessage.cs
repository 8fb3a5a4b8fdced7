using System.Text.Json.Nodes;

namespace Grader.Running.Protocol;

/// <summary>The limits as the workers read them (numbers, and texts for their verdicts).</summary>
internal static class LimitsMessage
{
    public static JsonObject Encode(RunLimits limits) => new()
    {
        ["wallSeconds"] = limits.WallPerCall.TotalSeconds,
        ["wallText"] = RunLimits.FormatDuration(limits.WallPerCall),
        ["cpuSeconds"] = Math.Ceiling(limits.CpuTime.TotalSeconds),
        ["cpuText"] = RunLimits.FormatDuration(limits.CpuTime),
        ["memoryBytes"] = limits.MemoryBytes,
        ["memoryText"] = RunLimits.FormatBytes(limits.MemoryBytes),
        ["processes"] = limits.Processes,
        ["openFiles"] = limits.OpenFiles,
        ["fileSizeBytes"] = limits.FileSizeBytes,
        ["fileSizeText"] = RunLimits.FormatBytes(limits.FileSizeBytes),
        ["outputBytes"] = limits.OutputBytes,
        ["outputText"] = RunLimits.FormatBytes(limits.OutputBytes),
    };

    public static JsonArray Outputs(ProblemContract problem) =>
        new([.. problem.Outputs.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["isList"] = o.IsList })]);
}
