namespace Grader.Cli.Bench;

/// <summary>One build's wall times in <see cref="SingleBenchmark"/>: each a whole <c>grade</c> process, start to exit.</summary>
/// <param name="Label">"this build", or "compared" for the other build of an A/B.</param>
/// <param name="Command">The command line that ran it, up to the verb.</param>
internal sealed record SingleTimes(string Label, string Command, IReadOnlyList<double> Milliseconds)
{
    public double P50 => Percentile.Of(Milliseconds, 0.5);

    public double P95 => Percentile.Of(Milliseconds, 0.95);

    public double Min => Milliseconds.Count == 0 ? 0 : Milliseconds.Min();
}
