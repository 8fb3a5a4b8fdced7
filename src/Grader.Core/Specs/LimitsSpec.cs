namespace Grader.Specs;

/// <summary>Per-problem overrides of the sandbox limits; null keeps the default.</summary>
public sealed record LimitsSpec(TimeSpan? WallPerCall, TimeSpan? CpuTime, long? MemoryBytes, int? Processes, long? OutputBytes);
