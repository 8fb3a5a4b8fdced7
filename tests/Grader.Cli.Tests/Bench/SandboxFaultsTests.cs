using Grader.Cli.Bench;

namespace Grader.Cli.Tests.Bench;

internal sealed class SandboxFaultsTests
{
    private const int Worker = 100;

    [Test]
    public void Count_SandboxWithASubmission_SplitsTheFaultsByRole()
    {
        // Given setpriv (exec'd into bwrap), bwrap's init, the entry, the server, a zygote that has
        // reaped one child (cminflt 1,000) and has a live one, which has a live child and reaped one of its own
        var tree = ProcessTree.Of(
        [
            Stat(Worker, "bwrap", 1, faults: 90),
            Stat(101, "bwrap", Worker, faults: 80),
            Stat(102, "python3", 101, faults: 70, childFaults: 5),
            Stat(103, "python3", 102, faults: 380, childFaults: 9_000),
            Stat(110, "python3", 103, faults: 1_100, childFaults: 1_000),
            Stat(111, "python3", 110, faults: 300, childFaults: 40),
            Stat(112, "sh", 111, faults: 20),
            Stat(200, "unrelated", 1, faults: 5_000),
        ]);

        // When
        var counts = SandboxFaults.Count(tree, Worker);

        // Then the server is the entry's child, the zygote its child, and the child role is all below the zygote
        Assert.That(counts, Is.Not.Null);
        var (server, zygote, child) = counts!.Value;
        Assert.That(server.Pid, Is.EqualTo(103));
        Assert.That(server.Faults, Is.EqualTo(380));
        Assert.That(zygote, Is.EqualTo(1_100));
        Assert.That(child, Is.EqualTo(1_000 + 300 + 40 + 20));
    }

    [Test]
    public void Count_WithoutSetpriv_FindsTheSameRoles()
    {
        // Given bwrap started directly (the grader not running as root)
        var tree = ProcessTree.Of(
        [
            Stat(101, "bwrap", 1, faults: 80),
            Stat(102, "python3", 101, faults: 70),
            Stat(103, "python3", 102, faults: 380),
            Stat(110, "python3", 103, faults: 1_100, childFaults: 1_400),
        ]);

        // When
        var counts = SandboxFaults.Count(tree, 101);

        // Then
        Assert.That(counts?.Server.Pid, Is.EqualTo(103));
        Assert.That(counts?.Zygote, Is.EqualTo(1_100));
        Assert.That(counts?.Child, Is.EqualTo(1_400));
    }

    [Test]
    public void Count_IdleServerOrEndedWorker_IsNull()
    {
        // Given a server with no submission open
        var tree = ProcessTree.Of([Stat(Worker, "bwrap", 1), Stat(101, "bwrap", Worker), Stat(102, "python3", 101), Stat(103, "python3", 102)]);

        // Then there is nothing to count, and nothing for a worker that has ended
        Assert.That(SandboxFaults.Count(tree, Worker), Is.Null);
        Assert.That(SandboxFaults.Count(tree, 999), Is.Null);
    }

    [Test]
    public void Record_ServerReused_CountsItsFaultsSinceItsPreviousSubmission()
    {
        // Given two servers, the first serving two submissions and a warm-up before them
        var faults = new SandboxFaults();
        faults.Record(Stat(103, "python3", 102, faults: 10_000), zygote: 1_000, child: 1_500);
        faults.Clear();

        // When
        faults.Record(Stat(103, "python3", 102, faults: 10_400), zygote: 1_100, child: 1_300);
        faults.Record(Stat(203, "python3", 202, faults: 9_000), zygote: 1_200, child: 1_400);
        faults.Record(Stat(103, "python3", 102, faults: 10_700), zygote: 1_000, child: 1_500);
        var summary = faults.Summarize(submissions: 3);

        // Then a server's first submission after the warm-up has its baseline; the other server's first has none
        Assert.That(summary.Sampled, Is.EqualTo(3));
        Assert.That(summary.ServerSampled, Is.EqualTo(2));
        Assert.That(summary.Server, Is.EqualTo(300), "median of 400 and 300 (nearest rank)");
        Assert.That(summary.Zygote, Is.EqualTo(1_100));
        Assert.That(summary.Child, Is.EqualTo(1_400));
        Assert.That(summary.Total, Is.EqualTo(2_800), "median of 2,800 and 2,800");
    }

    private static ProcStat Stat(int pid, string command, int parent, long faults = 0, long childFaults = 0) =>
        new(pid, command, parent, faults, childFaults, 0, 0);
}
