using System.Text.Json;
using Grader.Cli.Tests.Commands.ClassMode;

namespace Grader.Cli.Tests;

/// <summary>The grader process runs with a managed-heap limit, so a runaway allocation is an exception the class run catches, not the kernel's kill.</summary>
[TestFixture]
[NonParallelizable]
internal sealed class HeapLimitTests
{
    private const long OneGiB = 1L << 30;

    [Test]
    public void RuntimeConfig_GraderCli_HasAOneGiBHeapLimit()
    {
        // Given the runtime configuration the grader starts with (./grader and the tests use the same build output)
        var config = Path.ChangeExtension(GraderProcess.Assembly, ".runtimeconfig.json");

        // When it is read
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // Then it caps the GC heap at 1 GiB
        Assert.That(properties.TryGetProperty("System.GC.HeapHardLimit", out var limit), Is.True, config);
        Assert.That(limit.GetInt64(), Is.EqualTo(OneGiB));
    }

    [Test]
    public async Task Bench_GraderProcess_RunsUnderTheHeapLimit()
    {
        // Given the grader started as its own process, as ./grader starts it
        using var process = GraderProcess.Start(CliRun.Repository, "bench", "--students", "1", "--jobs", "1");

        // When it benchmarks one submission
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Then the runtime applied the limit
        Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
        Assert.That(output.Split('\n'), Has.Some.StartsWith("heap limit: 1024 MiB"));
    }
}
