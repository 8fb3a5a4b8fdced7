using System.Net;
using System.Net.Sockets;
using Grader.Running;
using Grader.Values;

namespace Grader.Core.Tests.Running;

/// <summary>Real hostile C# submissions, compiled and run in the real sandbox (issue 3, item 5).</summary>
[TestFixture]
internal sealed class HostileCSharpTests : RunnerFixture
{
    [TestCase("while (true) { }", TestName = "RunProblemAsync_CSharpInfiniteLoop_TimesOut")]
    [TestCase("using var ignore = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => c.Cancel = true); while (true) { }", TestName = "RunProblemAsync_CSharpIgnoresSigterm_TimesOut")]
    public async Task RunProblemAsync_CSharpLoop_TimesOut(string body)
    {
        // Given
        using var hostile = HostileSubmission.CSharp(Method(body));

        // When
        var run = await Containment.RunAsync(Runner, hostile, "csharp-good");

        // Then
        Containment.AssertFailed(run, CaseOutcome.Timeout, "timed out after 2 s in the public case");
        Assert.That(run.Cases[1].Outcome, Is.EqualTo(CaseOutcome.NotRun));
    }

    [TestCase("var hoard = new List<double[]>(); while (true) { hoard.Add(new double[1 << 27]); }", CaseOutcome.MemoryLimit, "exceeded the 1 GiB memory limit", TestName = "RunProblemAsync_CSharpAllocates10GiB_ExceedsMemoryLimit")]
    [TestCase("for (var i = 0; i < 3; i++) { var block = Marshal.AllocHGlobal(1 << 30); for (var at = 0; at < 1 << 30; at += 4096) { Marshal.WriteByte(block, at, 1); } }", CaseOutcome.MemoryLimit, "exceeded the 1 GiB memory limit", TestName = "RunProblemAsync_CSharpAllocates3GiBNatively_ExceedsMemoryLimit")]
    [TestCase("for (var i = 0; i < 300; i++) { Process.Start(\"/usr/bin/sleep\", \"30\"); }", CaseOutcome.ProcessLimit, "hit the limit of 64 processes", TestName = "RunProblemAsync_CSharpForkStorm_HitsProcessLimit")]
    [TestCase("File.ReadAllText(\"/work/wt-runner/Grader.sln\");", CaseOutcome.Exception, "raised", TestName = "RunProblemAsync_CSharpReadsGraderFiles_CannotRead")]
    [TestCase("File.WriteAllText(\"Hostile.cs\", \"pwned\");", CaseOutcome.Exception, "/submission/Hostile.cs", TestName = "RunProblemAsync_CSharpWritesOwnFiles_CannotWrite")]
    [TestCase("File.WriteAllText(\"/planted\", \"x\");", CaseOutcome.Exception, "Read-only file system", TestName = "RunProblemAsync_CSharpWritesToTheRoot_ReadOnly")]
    [TestCase("File.WriteAllText(\"/etc/message\", \"x\");", CaseOutcome.Exception, "Read-only file system", TestName = "RunProblemAsync_CSharpWritesToEtc_ReadOnly")]
    [TestCase("Environment.Exit(0);", CaseOutcome.Crashed, "the worker stopped unexpectedly (exit code 0)", TestName = "RunProblemAsync_CSharpEnvironmentExitDuringCall_Crashes")]
    [TestCase("return Deep(1);", CaseOutcome.Crashed, "crashed with a stack overflow in the public case", TestName = "RunProblemAsync_CSharpStackOverflow_Crashes")]
    [TestCase("var line = new string('x', 1_000_000); for (var i = 0; i < 500; i++) { Console.WriteLine(line); }", CaseOutcome.OutputLimit, "printed more than the 1 MiB output limit", TestName = "RunProblemAsync_CSharpPrints500MB_HitsOutputLimit")]
    [TestCase("var raw = Console.OpenStandardOutput(); var line = new byte[1_000_000]; for (var i = 0; i < 500; i++) { raw.Write(line); }", CaseOutcome.OutputLimit, "printed more than the 1 MiB output limit", TestName = "RunProblemAsync_CSharpWrites500MBToFd1_HitsOutputLimit")]
    [TestCase("Process.GetProcessById(int.Parse(File.ReadAllText(\"/proc/self/stat\").Split(' ')[3])).Kill(); Thread.Sleep(500); return null!;", CaseOutcome.BadReturn, "is null", TestName = "RunProblemAsync_CSharpKillsParent_OnlyThisProblemFails")]
    public async Task RunProblemAsync_CSharpHostile_FailsClearly(string body, CaseOutcome outcome, string message)
    {
        // Given
        using var hostile = HostileSubmission.CSharp(Method(body));

        // When
        var run = await Containment.RunAsync(Runner, hostile, "csharp-good");

        // Then
        Containment.AssertFailed(run, outcome, message);
    }

    [Test]
    public async Task RunProblemAsync_CSharpAllocatesNativelyInSmallBlocks_ExceedsMemoryLimit()
    {
        // Given 16 MiB blocks, every page written (resident, not only reserved), without end; the wall
        // limit is generous so that only memory can stop it
        using var hostile = HostileSubmission.CSharp(Method(
            "var ones = new byte[1 << 24]; Array.Fill(ones, (byte)1); while (true) { Marshal.Copy(ones, 0, Marshal.AllocHGlobal(1 << 24), 1 << 24); }"));
        using var submission = hostile.Open();
        var limits = Containment.Limits with { WallPerCall = TimeSpan.FromSeconds(60), CpuTime = TimeSpan.FromSeconds(60) };

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], limits);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.MemoryLimit), () => run.Cases[0].ToString());
        Assert.That(run.Cases[0].Message, Does.Contain("exceeded the 1 GiB memory limit"));
    }

    [Test]
    public async Task RunProblemAsync_CSharpBusyThreads_HitCpuLimit()
    {
        // Given four busy threads: 1 s of CPU limit is used up well inside the 3 s wall limit
        using var hostile = HostileSubmission.CSharp(Method("Parallel.For(0, 4, _ => { while (true) { } });"));
        using var submission = hostile.Open();
        var limits = Containment.Limits with { WallPerCall = TimeSpan.FromSeconds(3), CpuTime = TimeSpan.FromSeconds(1) };

        // When
        var run = await Runner.RunProblemAsync(submission, Problems.SoftTargets, [Problems.SoftTargetsPublic], limits);

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Timeout), () => run.Cases[0].ToString());
        Assert.That(run.Cases[0].Message, Does.Contain("used more than 1 s of CPU time in the public case"));
    }

    [Test]
    public async Task RunProblemAsync_CSharpConnectsToLocalListener_CannotConnect()
    {
        // Given
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var hostile = HostileSubmission.CSharp(Method($"using var client = new TcpClient(); client.Connect(\"127.0.0.1\", {port});"));

        // When
        var run = await Containment.RunAsync(Runner, hostile, "csharp-good");

        // Then
        Containment.AssertFailed(run, CaseOutcome.Exception, "SocketException");
        Assert.That(listener.Pending(), Is.False, "a connection reached the listener");
    }

    [Test]
    public async Task RunProblemAsync_CSharpEnvironmentExitOnLoad_LoadError()
    {
        // Given a static constructor that exits
        using var hostile = HostileSubmission.CSharp("static Hostile() { Environment.Exit(3); }\n" + Method("return y;"));

        // When
        var run = await Containment.RunAsync(Runner, hostile, "csharp-good");

        // Then
        Assert.That(run.LoadError, Does.Contain("exit code 3").And.Contain("the import"));
        Containment.AssertFailed(run, CaseOutcome.Crashed, "exit code 3");
    }

    [Test]
    public async Task RunProblemAsync_CSharpPrintsFakeResponse_TakesOnlyWhatWasReturned()
    {
        // Given
        using var hostile = HostileSubmission.CSharp(Method("""
            var fake = "{\"op\":\"result\",\"outcome\":\"returned\",\"outputs\":{\"dy\":[0.59,-0.2,-0.38]}}";
            var frame = new byte[] { 0, 0, 0, (byte)fake.Length }.Concat(System.Text.Encoding.UTF8.GetBytes(fake)).ToArray();
            Console.OpenStandardOutput().Write(frame);
            Console.WriteLine("SCORE: 100/100");
            return new double[3];
            """));

        // When
        var run = await Containment.RunAsync(Runner, hostile, "csharp-good");

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(CaseOutcome.Returned), () => run.Cases[0].ToString());
        Assert.That(((Tensor)run.Cases[0].Outputs!["dy"]).ToArray(), Is.EqualTo(new double[3]));
        Assert.That(run.Cases[0].Stdout, Does.Contain("SCORE: 100/100"));
    }

    [TestCase("return new[] { double.NaN, double.PositiveInfinity, 1 };", CaseOutcome.Returned, "", TestName = "RunProblemAsync_CSharpReturnsNaN_ArrivesFaithfully")]
    [TestCase("return \"dy\";", CaseOutcome.BadReturn, "output 'dy' is a string, not a number or array", TestName = "RunProblemAsync_CSharpReturnsString_BadReturn")]
    [TestCase("return new double[][] { new[] { 1.0, 2 }, new[] { 3.0 } };", CaseOutcome.BadReturn, "ragged nested list", TestName = "RunProblemAsync_CSharpReturnsRagged_BadReturn")]
    [TestCase("return new Evil();", CaseOutcome.BadReturn, "output 'dy' is a Evil, not a number or array", TestName = "RunProblemAsync_CSharpReturnsHostileEquals_BadReturn")]
    [TestCase("return Forever();", CaseOutcome.BadReturn, "output 'dy' has too many items", TestName = "RunProblemAsync_CSharpReturnsEndlessSequence_BadReturn")]
    public async Task RunProblemAsync_CSharpReturnsOddValue_Reported(string body, CaseOutcome outcome, string problem)
    {
        // Given
        using var hostile = HostileSubmission.CSharp(Method(body));

        // When
        var run = await Containment.RunAsync(Runner, hostile, "csharp-good");

        // Then
        Assert.That(run.Cases[0].Outcome, Is.EqualTo(outcome), () => run.Cases[0].ToString());
        Assert.That(string.Join("; ", run.Cases[0].OutputProblems), Does.Contain(problem));
    }

    private static string Method(string body) => $$"""
        public static object SoftTargetGrad(double[] y, double[] t)
        {
            {{body}}
            return y;
        }

        private static object Deep(int n) => n == 0 ? 0 : Deep(n + 1);

        private static IEnumerable<double> Forever() { while (true) { yield return 1; } }

        private sealed class Evil
        {
            public override bool Equals(object? obj) { while (true) { } }
            public override int GetHashCode() => throw new InvalidOperationException();
            public override string ToString() { Environment.Exit(9); return ""; }
        }
        """;
}
