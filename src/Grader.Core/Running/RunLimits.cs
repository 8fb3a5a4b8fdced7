namespace Grader.Running;

/// <summary>Limits for running a submission's code; exceeding one fails that case with a verdict naming it.</summary>
public sealed record RunLimits(
    TimeSpan WallPerCall,
    TimeSpan CpuTime,
    long MemoryBytes,
    int Processes,
    int OpenFiles,
    long FileSizeBytes,
    long OutputBytes)
{
    public static RunLimits Default { get; } = new(
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), 1L << 30, 64, 256, 16L << 20, 1L << 20);
}
