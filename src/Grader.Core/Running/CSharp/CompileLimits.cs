namespace Grader.Running.CSharp;

/// <summary>How long and in how much memory Roslyn may work on one submission's C# files.</summary>
internal sealed record CompileLimits(TimeSpan Wall, long MemoryBytes)
{
    /// <summary>
    /// An honest submission compiles in well under a second once the compiler is warm (a few seconds
    /// cold) and in about 300 MiB of address space; a 2 MiB file of data in under 1 GiB.
    /// </summary>
    public static CompileLimits Default { get; } = new(TimeSpan.FromSeconds(30), 2L << 30);

    /// <summary>
    /// The compile worker's process limits. It serves many submissions: its CPU limit only stops a
    /// runaway (the wall limit is per compile). Roslyn keeps its ~170 reference assemblies open, and the
    /// runtime keeps JIT code in a memory file, so neither open files nor file size can be small.
    /// </summary>
    public DotNetLimits Process => new(MemoryBytes, TimeSpan.FromHours(1), 1024, MemoryBytes, 64);
}
