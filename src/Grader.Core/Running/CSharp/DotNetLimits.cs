using System.Globalization;

namespace Grader.Running.CSharp;

/// <summary>
/// The hard limits of a .NET worker process (run or compile), as <c>prlimit</c> arguments and runtime
/// settings. Memory is the process's address space (<c>RLIMIT_AS</c>), as for Python, so native
/// allocations (<c>Marshal.AllocHGlobal</c>, <c>NativeMemory</c>, P/Invoke <c>mmap</c>) count as well
/// as the managed heap.
/// </summary>
internal readonly record struct DotNetLimits(long MemoryBytes, TimeSpan CpuTime, int OpenFiles, long FileSizeBytes, int Processes)
{
    /// <summary>Below this the runtime does not start (measured: it reserves about 350 MiB of address space before Main).</summary>
    public const long MinimumAddressSpace = 512L << 20;

    public static DotNetLimits Of(RunLimits limits) =>
        new(limits.MemoryBytes, limits.CpuTime, limits.OpenFiles, limits.FileSizeBytes, limits.Processes);

    public long AddressSpace => Math.Max(MemoryBytes, MinimumAddressSpace);

    /// <summary>
    /// A quarter of the address space for the GC. It reserves its whole region range up front, so the
    /// range must leave room for the runtime itself (code, stacks, libraries, the GC's own tables) and
    /// the code's native memory. Measured with a 1 GiB limit: at half, ordinary managed work (a
    /// million-item list) slowed several times over as the rest ran short; at a quarter, about 190 MiB
    /// of arrays fit, and native allocations stop at about 650 MiB resident.
    /// </summary>
    public long GcHeapBytes => AddressSpace / 4;

    public IEnumerable<string> PrlimitArguments(bool countProcesses)
    {
        // SIGXCPU at the soft limit (a verdict the grader can name), SIGKILL one second later.
        var seconds = (long)Math.Max(1, Math.Ceiling(CpuTime.TotalSeconds));
        yield return string.Create(CultureInfo.InvariantCulture, $"--cpu={seconds}:{seconds + 1}");
        yield return string.Create(CultureInfo.InvariantCulture, $"--as={AddressSpace}");
        yield return string.Create(CultureInfo.InvariantCulture, $"--nofile={OpenFiles}");
        yield return string.Create(CultureInfo.InvariantCulture, $"--fsize={FileSizeBytes}");
        yield return "--core=0";
        if (countProcesses)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"--nproc={Processes}");
        }
    }

    /// <summary>Runtime settings that make .NET live within <see cref="AddressSpace"/> (values are hexadecimal).</summary>
    public IEnumerable<KeyValuePair<string, string>> RuntimeSettings()
    {
        var heap = GcHeapBytes.ToString("X", CultureInfo.InvariantCulture);
        yield return new("DOTNET_GCHeapHardLimit", heap);
        yield return new("DOTNET_GCRegionRange", heap);
        // The JIT's code reservation is 20% of RLIMIT_AS by default; 5% is ample for a worker.
        yield return new("DOTNET_InitialExecMemoryPercent", "5");
        // glibc reserves 64 MiB of address space per thread arena otherwise.
        yield return new("MALLOC_ARENA_MAX", "2");
    }
}
