using Grader.Core.Tests.Running;
using Grader.Core.Tests.Specs;
using Grader.Reference;
using Grader.Specs;
using Grader.Testing;
using Grader.Verification;

namespace Grader.Core.Tests.Verification;

public sealed class ProblemVerifierTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("grader-verify-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private ProblemSolution Solve(string text)
    {
        var path = Path.Combine(_directory, "tiny.yaml");
        File.WriteAllText(path, text);
        return ProblemSolver.Solve(CompiledProblem.Compile(SpecLoader.LoadFile(path)));
    }

    [Test]
    public void Verify_NoSnapshotYet_FailsAndWritesTheReceivedFile()
    {
        var solution = Solve(SpecText.Valid);

        var result = ProblemVerifier.Verify(solution);

        Assert.That(result.Passed, Is.False);
        Assert.That(result.Snapshot!.State, Is.EqualTo(SnapshotState.Missing));
        Assert.That(File.Exists(Path.Combine(_directory, "tiny.received.json")), Is.True);
        Assert.That(result.Failures.Single(), Does.Contain("./grader approve tiny"));
    }

    [Test]
    public void Verify_AfterApprove_PassesAndRemovesTheReceivedFile()
    {
        // Given
        var solution = Solve(SpecText.Valid);
        ProblemVerifier.Verify(solution);
        ReferenceSnapshot.Approve(solution, solution.Problem.Spec.File.FullPath);

        // When
        var result = ProblemVerifier.Verify(solution);

        // Then
        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Snapshot!.State, Is.EqualTo(SnapshotState.Equal));
        Assert.That(File.Exists(Path.Combine(_directory, "tiny.received.json")), Is.False);
        Assert.That(result.Checks, Has.Some.StartsWith("finite differences: 4 gradient outputs over 4 cases"));
    }

    [Test]
    public void Verify_ReferenceChangedSinceApproval_ShowsADiff()
    {
        // Given: approved with one seed, then the seed changes
        var before = Solve(SpecText.Valid);
        ReferenceSnapshot.Approve(before, before.Problem.Spec.File.FullPath);
        var after = Solve(SpecText.With("seed: 7", "seed: 9"));

        // When
        var result = ProblemVerifier.Verify(after);

        // Then
        Assert.That(result.Snapshot!.State, Is.EqualTo(SnapshotState.Changed));
        Assert.That(result.Snapshot.Diff, Does.Contain("- ").And.Contain("+ "));
        Assert.That(File.Exists(result.Snapshot.ReceivedPath), Is.True);
    }

    [Test]
    public void Verify_WrongApprovedValue_NamesTheEntryAndItsLine()
    {
        var solution = Solve(SpecText.With("w: [-9, -13]", "w: [-9, -13.001]"));

        var result = ProblemVerifier.Verify(solution, checkSnapshot: false);

        Assert.That(result.Failures.Single(), Is.EqualTo("problems/tiny.yaml:20:7: case public: output 'w' entry 1 is -13 in the reference but -13.001 approved".Replace("problems/tiny.yaml", solution.Problem.Spec.File.Path, StringComparison.Ordinal)));
    }

    [Test]
    public void Verify_MistakeThatChangesNothing_IsReported()
    {
        var text = SpecText.Valid + "\nmistakes:\n  - id: same\n    message: m\n    outputs:\n      w: grad(L, w)\n";

        var result = ProblemVerifier.Verify(Solve(text), checkSnapshot: false);

        Assert.That(result.Failures.Single(), Does.Contain("mistake 'same' gives the same outputs as the reference on every case"));
    }

    [Test]
    public void Verify_DescentIntervalTooWide_IsCaughtBySimulation()
    {
        // Given: the catalogue's lr-range with the upper end doubled (2/a instead of 1/a)
        var text = File.ReadAllText(Path.Combine(TestPaths.Problems, "lr-range.yaml"))
            .Replace("hi: 2 / curvature", "hi: 4 / curvature", StringComparison.Ordinal)
            .Replace("hi: 0.2", "hi: 0.4", StringComparison.Ordinal)
            .Replace("id: lr-range", "id: tiny", StringComparison.Ordinal);

        // When
        var result = ProblemVerifier.Verify(Solve(text), checkSnapshot: false);

        // Then
        Assert.That(result.Failures, Has.Some.Contains("just below hi").And.Contains("does not converge from every start"));
    }

    [Test]
    public void Verify_CatalogueLrRange_PassesTheDescentCheck()
    {
        var problem = CompiledProblem.Compile(SpecLoader.LoadFile(Path.Combine(TestPaths.Problems, "lr-range.yaml")));

        var result = ProblemVerifier.Verify(ProblemSolver.Solve(problem), checkSnapshot: false);

        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Checks, Has.Some.StartsWith("gradient descent: "));
    }
}
