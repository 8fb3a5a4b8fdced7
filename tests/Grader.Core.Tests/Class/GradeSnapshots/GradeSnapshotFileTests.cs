using Grader.Class.GradeSnapshots;

namespace Grader.Core.Tests.Class.GradeSnapshots;

/// <summary>A submission's grades held to the accepted ones beside it: new and changed grades fail with a received file and a diff until accepted.</summary>
internal sealed class GradeSnapshotFileTests
{
    private string _class = null!;
    private string _alice = null!;

    [SetUp]
    public void CreateClass()
    {
        _class = Directory.CreateTempSubdirectory("grader-grades-").FullName;
        _alice = Directory.CreateDirectory(Path.Combine(_class, "alice")).FullName;
    }

    [TearDown]
    public void DeleteClass() => Directory.Delete(_class, recursive: true);

    [Test]
    public void Paths_FolderAndZip_AreBesideTheSubmissionByEntryName()
    {
        Assert.That(GradeSnapshotFile.VerifiedPath(_alice + "/"), Is.EqualTo(Path.Combine(_class, "alice.grades.verified.json")));
        Assert.That(GradeSnapshotFile.ReceivedPath(Path.Combine(_class, "alice.zip")), Is.EqualTo(Path.Combine(_class, "alice.zip.grades.received.json")));
    }

    [Test]
    public void Compare_NoVerifiedFile_IsNewAndWritesTheReceivedOne()
    {
        // Given grades never accepted
        var grades = GradeSnapshot.From(GradeSnapshotTests.Report());

        // When they are compared
        var result = GradeSnapshotFile.Compare(_alice, grades, accept: false);

        // Then the check fails, and the received file holds them
        Assert.That(result.Outcome, Is.EqualTo(GradeSnapshotOutcome.New));
        Assert.That(result.Fails, Is.True);
        Assert.That(File.ReadAllText(result.Received!), Is.EqualTo(grades.ToJson()));
        Assert.That(File.Exists(result.Verified), Is.False);
        Assert.That(GradeSnapshotMessages.Failure("alice", result, "./grader approve-grades submissions"), Does.Contain("no accepted grades yet"));
    }

    [Test]
    public void Compare_ScoreMoved_FailsWithALineDiffOfThatProblem()
    {
        // Given accepted grades, and a regrade in which toy-network's score moved
        File.WriteAllText(GradeSnapshotFile.VerifiedPath(_alice), GradeSnapshot.From(GradeSnapshotTests.Report(toyScore: 7.5)).ToJson());
        var regraded = GradeSnapshot.From(GradeSnapshotTests.Report(toyScore: 10));

        // When it is compared
        var result = GradeSnapshotFile.Compare(_alice, regraded, accept: false);
        var message = GradeSnapshotMessages.Failure("alice", result, "./grader approve-grades submissions");

        // Then it fails with a diff of the one line that moved, and says how to accept
        Assert.That(result.Outcome, Is.EqualTo(GradeSnapshotOutcome.Changed));
        Assert.That(result.Diff, Does.Contain("- ").And.Contain("\"score\": 7.5").And.Contain("+ ").And.Contain("\"score\": 10"));
        Assert.That(result.Diff!.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)), Is.EqualTo(2), "the line of toy-network and the total");
        Assert.That(message, Does.Contain("./grader approve-grades submissions").And.Contain("GRADER_ACCEPT_SNAPSHOTS=1"));
        Assert.That(File.ReadAllText(result.Received!), Is.EqualTo(regraded.ToJson()));
    }

    [Test]
    public void Compare_Accepting_UpdatesTheVerifiedFileAndRemovesTheReceivedOne()
    {
        // Given accepted grades, a stale received file, and a regrade that moved a score
        File.WriteAllText(GradeSnapshotFile.VerifiedPath(_alice), GradeSnapshot.From(GradeSnapshotTests.Report(toyScore: 7.5)).ToJson());
        File.WriteAllText(GradeSnapshotFile.ReceivedPath(_alice), "stale");
        var regraded = GradeSnapshot.From(GradeSnapshotTests.Report(toyScore: 10));

        // When it is compared with accepting on
        var result = GradeSnapshotFile.Compare(_alice, regraded, accept: true);

        // Then the verified file holds the new grades, and the check passes from now on
        Assert.That(result is { Outcome: GradeSnapshotOutcome.Changed, Accepted: true, Fails: false });
        Assert.That(File.ReadAllText(result.Verified), Is.EqualTo(regraded.ToJson()));
        Assert.That(File.Exists(GradeSnapshotFile.ReceivedPath(_alice)), Is.False);
        Assert.That(GradeSnapshotFile.Compare(_alice, regraded, accept: false).Outcome, Is.EqualTo(GradeSnapshotOutcome.Equal));
    }

    [Test]
    public void Compare_CrlfVerifiedFile_IsEqual()
    {
        // Given accepted grades checked out with Windows line endings
        var grades = GradeSnapshot.From(GradeSnapshotTests.Report());
        File.WriteAllText(GradeSnapshotFile.VerifiedPath(_alice), grades.ToJson().Replace("\n", "\r\n", StringComparison.Ordinal));

        // When the same grades are compared, then they are equal and nothing is written
        var result = GradeSnapshotFile.Compare(_alice, grades, accept: false);
        Assert.That(result.Outcome, Is.EqualTo(GradeSnapshotOutcome.Equal));
        Assert.That(File.Exists(GradeSnapshotFile.ReceivedPath(_alice)), Is.False);
    }
}
