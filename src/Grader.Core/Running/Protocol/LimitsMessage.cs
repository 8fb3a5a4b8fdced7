using Grader.Worker.Protocol;

namespace Grader.Running.Protocol;

/// <summary>The limits and outputs as the workers read them: numbers and names, no sentences.</summary>
internal static class LimitsMessage
{
    public static WorkerLimits Encode(RunLimits limits) => new(
        limits.WallPerCall.TotalSeconds, Math.Ceiling(limits.CpuTime.TotalSeconds), limits.MemoryBytes, limits.Processes,
        limits.OpenFiles, limits.FileSizeBytes, limits.OutputBytes);

    public static IReadOnlyList<OutputSpec> Outputs(ProblemContract problem) => [.. problem.Outputs.Select(o => new OutputSpec(o.Name, o.IsList))];
}
