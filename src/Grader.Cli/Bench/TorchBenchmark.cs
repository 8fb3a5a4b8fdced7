using System.Diagnostics;
using System.Globalization;
using Grader.Grading;
using Grader.Running;

namespace Grader.Cli.Bench;

/// <summary>
/// <c>bench --torch</c>: what a PyTorch submission costs next to a numpy one on the same problems (the
/// examples <c>torch-correct</c> and <c>python-correct</c>, graded on toy-network and softmax-ce), one at
/// a time on one runner, warm, as multiples of the floor measured in the same run: first numpy
/// submissions, then the first torch submission (its server imports torch), then torch submissions,
/// then the two kinds taking turns (each goes to a server of its kind).
/// </summary>
internal static class TorchBenchmark
{
    public const string TorchExample = "torch-correct";

    /// <summary>The problems both examples answer; the plan given is of these.</summary>
    public static readonly string[] Problems = ["toy-network", "softmax-ce"];

    public static async Task<IReadOnlyList<string>> RunAsync(GradingPlan plan, string examples, int runs, CancellationToken ct)
    {
        // Their Python files only, as the generated class has: the numpy example's write-up would be checked too.
        using var folder = new TemporaryFolder();
        var numpy = CopyPython(Path.Combine(examples, SyntheticClass.CorrectTemplate), Path.Combine(folder.Path, "numpy"));
        var torch = CopyPython(Path.Combine(examples, TorchExample), Path.Combine(folder.Path, "torch"));
        var sandbox = new SandboxOptions();
        using var runner = new SubmissionRunner(sandbox);
        var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox));
        var floor = PythonFloor.Measure(PythonLocator.Find(null), 7).TotalMilliseconds;

        async Task<double> Time(string path)
        {
            var clock = Stopwatch.StartNew();
            var report = await grader.GradeAsync(path, ct).ConfigureAwait(false);
            if (report.Score < report.MaxScore)
            {
                throw new InvalidOperationException($"{Path.GetFileName(path)} scored {report.Score} of {report.MaxScore}: is python3-torch installed?");
            }

            return clock.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < ClassBenchmark.WarmUp; i++)
        {
            await Time(numpy).ConfigureAwait(false);
        }

        var numpyTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            numpyTimes.Add(await Time(numpy).ConfigureAwait(false));
        }

        var first = await Time(torch).ConfigureAwait(false);
        var torchTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            torchTimes.Add(await Time(torch).ConfigureAwait(false));
        }

        var mixedNumpy = new List<double>();
        var mixedTorch = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            mixedNumpy.Add(await Time(numpy).ConfigureAwait(false));
            mixedTorch.Add(await Time(torch).ConfigureAwait(false));
        }

        string Row(string what, IReadOnlyList<double> times)
        {
            var p50 = Percentile.Of(times, 50);
            return string.Create(CultureInfo.InvariantCulture, $"  {what,-44} p50 {p50,7:F1} ms   {p50 / floor,5:F2} floors");
        }

        return
        [
            string.Create(CultureInfo.InvariantCulture, $"torch: {TorchExample} against {SyntheticClass.CorrectTemplate} (their .py files), graded on {string.Join(" and ", Problems)}, one at a time, {runs} of each"),
            string.Create(CultureInfo.InvariantCulture, $"  floor (python3 -c \"import numpy\")             {floor,7:F1} ms"),
            Row("numpy submission, warm", numpyTimes),
            string.Create(CultureInfo.InvariantCulture, $"  {"first torch submission (server imports torch)",-44}     {first,7:F1} ms   {first / floor,5:F2} floors"),
            Row("torch submission, warm", torchTimes),
            Row("numpy, taking turns with torch", mixedNumpy),
            Row("torch, taking turns with numpy", mixedTorch),
            string.Create(CultureInfo.InvariantCulture, $"  torch / numpy, warm: {Percentile.Of(torchTimes, 50) / Percentile.Of(numpyTimes, 50):F2}"),
        ];
    }

    private static string CopyPython(string example, string copy)
    {
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(example, "*.py"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("grader-bench-torch-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
