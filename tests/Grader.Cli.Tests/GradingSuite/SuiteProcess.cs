using System.Diagnostics;
using System.Xml.Linq;

namespace Grader.Cli.Tests.GradingSuite;

/// <summary>
/// The grading suite run as an instructor runs it, <c>dotnet test</c> on its build output with the TRX
/// and JUnit loggers, over a class given by <c>GRADER_SUBMISSIONS</c>; what it wrote is read back.
/// </summary>
internal static class SuiteProcess
{
    /// <summary>The suite's build output: the project reference builds it beside this project's, in the same configuration.</summary>
    public static string Assembly { get; } = Path.Combine(
        CliRun.Repository,
        "grading",
        "Grader.Grading.Tests",
        Path.GetRelativePath(Path.Combine(CliRun.Repository, "tests", "Grader.Cli.Tests"), AppContext.BaseDirectory),
        "Grader.Grading.Tests.dll");

    /// <param name="environment">Variables to set (null: remove) in the suite's environment, on top of a clean one for the suite's own.</param>
    public static async Task<SuiteResults> RunAsync(string submissions, string results, string? filter = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "test", Assembly, "--nologo", "--results-directory", results, "--logger", "trx;LogFileName=suite.trx", "--logger", $"junit;LogFilePath={Path.Combine(results, "junit.xml")}" })
        {
            start.ArgumentList.Add(arg);
        }

        if (filter is not null)
        {
            start.ArgumentList.Add("--filter");
            start.ArgumentList.Add(filter);
        }

        // The suite reads these; a developer's own settings must not leak into what is tested.
        start.Environment["GRADER_ACCEPT_SNAPSHOTS"] = null;
        start.Environment["GRADER_SUBMISSIONS"] = submissions;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        var trx = Path.Combine(results, "suite.trx");
        var junit = Path.Combine(results, "junit.xml");
        var said = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);
        if (!File.Exists(trx) || !File.Exists(junit))
        {
            throw new InvalidOperationException($"the grading suite wrote no TRX or JUnit file (exit {process.ExitCode}):\n{said}");
        }

        return new SuiteResults(process.ExitCode, said, XDocument.Load(trx), XDocument.Load(junit), results);
    }
}

/// <summary>What one run of the suite wrote: its console output, the TRX, the JUnit XML.</summary>
internal sealed record SuiteResults(int ExitCode, string Output, XDocument Trx, XDocument JUnit, string Folder)
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Every test's result in the TRX, by its name (<c>student / problem</c>).</summary>
    public IReadOnlyDictionary<string, TrxResult> Tests => _tests ??= Trx.Descendants(Ns + "UnitTestResult").ToDictionary(
        r => (string)r.Attribute("testName")!,
        r => new TrxResult(
            (string)r.Attribute("outcome")!,
            r.Element(Ns + "Output")?.Element(Ns + "StdOut")?.Value ?? string.Empty,
            r.Element(Ns + "Output")?.Element(Ns + "ErrorInfo")?.Element(Ns + "Message")?.Value ?? string.Empty,
            [.. r.Descendants(Ns + "ResultFile").Select(f => Path.Combine(Folder, RunDeployment ?? string.Empty, "In", (string)r.Attribute("executionId")!, (string)f.Attribute("path")!))]));

    /// <summary>What the run itself printed (the suite's progress lines: which problems each submission's fixture graded).</summary>
    public string RunOutput => Trx.Descendants(Ns + "ResultSummary").Elements(Ns + "Output").Elements(Ns + "StdOut").FirstOrDefault()?.Value ?? string.Empty;

    /// <summary>Each JUnit test case's properties, by its name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> JUnitProperties =>
        JUnit.Descendants("testcase").ToDictionary(
            c => (string)c.Attribute("name")!,
            c => (IReadOnlyDictionary<string, string>)c.Descendants("property").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!));

    private string? RunDeployment => (string?)Trx.Descendants(Ns + "Deployment").FirstOrDefault()?.Attribute("runDeploymentRoot");

    private Dictionary<string, TrxResult>? _tests;
}

/// <param name="Files">The attachments, where the TRX logger copied them.</param>
internal sealed record TrxResult(string Outcome, string Output, string Message, IReadOnlyList<string> Files);
