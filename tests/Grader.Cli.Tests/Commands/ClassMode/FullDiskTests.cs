namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>A class graded onto a disk that is full: a clear message, a non-zero exit, nothing half-written counted as done, and a rerun that finishes.</summary>
[TestFixture]
[NonParallelizable]
internal sealed class FullDiskTests
{
    [Test]
    public async Task Grade_OutOnAFullDisk_SaysSoAndARerunAfterFreeingSpaceFinishes()
    {
        // Given a class of two and an output folder on a disk with no space left
        using var generated = GeneratedClass.Create(2, ["python-correct"]);
        using var disk = Tmpfs.Mount(kib: 256);
        disk.Fill();
        var output = Path.Combine(disk.Path, "out");

        // When the class is graded there
        var run = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output, "--problem", "toy-network"));

        // Then the grader says what happened and what to do, without a stack trace, and exits non-zero
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.Incomplete), run.Output + run.Error);
        Assert.That(run.Error, Does.StartWith($"grader: no space left on device while writing {output}")
            .And.Contain("free space and run the same command again: graded submissions are kept"));
        Assert.That(run.Error, Does.Not.Contain("   at "));
        Assert.That(Directory.GetFiles(disk.Path, "*.grader.json", SearchOption.AllDirectories), Is.Empty);

        // When space is freed and the same command runs again
        File.Delete(Path.Combine(disk.Path, "filler"));
        disk.Resize(kib: 16 * 1024);
        var rerun = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output, "--problem", "toy-network"));

        // Then the class is finished
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        Assert.That(File.ReadAllLines(Path.Combine(output, "gradebook.csv")), Has.Length.EqualTo(3));
        Assert.That(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories), Is.Empty);
    }
}
