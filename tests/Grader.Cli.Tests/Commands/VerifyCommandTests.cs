namespace Grader.Cli.Tests.Commands;

public sealed class VerifyCommandTests
{
    [Test]
    public async Task Verify_Catalogue_PassesEveryCheck()
    {
        var run = await CliRun.InRepository("verify");

        Assert.That(run.ExitCode, Is.Zero, run.Output + run.Error);
        Assert.That(run.Output, Does.Contain("verified 21 problem(s)"));
        Assert.That(Directory.GetFiles(Path.Combine(CliRun.Repository, "problems"), "*.received.json"), Is.Empty);
    }

    [Test]
    public async Task Verify_Variants_EveryProblemsVariantsAgreeWithFiniteDifferences()
    {
        var run = await CliRun.InRepository("verify", "--variants", "10");

        Assert.That(run.ExitCode, Is.Zero, run.Output + run.Error);
        Assert.That(run.Output, Does.Contain("verified 21 problem(s)"));
        Assert.That(CountOf(run.Output, "variants: 10 drawn and solved"), Is.EqualTo(17));
        Assert.That(CountOf(run.Output, "variants: finite differences: "), Is.EqualTo(12), "every problem with a gradient output");
        Assert.That(run.Output, Does.Contain("variants: gradient descent: 200 runs over 10 cases"));
        Assert.That(run.Output, Does.Contain("variants: identity: identity_from equals 'sigma' on 10 cases"));
    }

    [Test]
    public async Task Verify_VariantThatCannotBeDrawn_FailsNamingTheStudentAndSeed()
    {
        // Given: toy-network asking its variants to keep every kink 100 away from 0
        var folder = Directory.CreateTempSubdirectory("grader-verify-").FullName;
        var spec = Path.Combine(folder, "toy-network.yaml");
        File.WriteAllText(spec, File.ReadAllText(Path.Combine(CliRun.Repository, "problems", "toy-network.yaml")) + "variant: {margin: 100}\n");

        // When
        var run = await CliRun.Run(folder, "verify", spec, "--variants", "2");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain("variant of sample 1 (seed ").And.Contain("could not draw a variant with every kink argument at least 100 away from 0"));
        Directory.Delete(folder, recursive: true);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Test]
    public async Task Verify_SpecWithAShapeError_FailsNamingBothShapes()
    {
        // Given: a copy of toy-network whose second layer multiplies the wrong way round
        var folder = Directory.CreateTempSubdirectory("grader-verify-").FullName;
        var spec = Path.Combine(folder, "toy-network.yaml");
        File.WriteAllText(spec, File.ReadAllText(Path.Combine(CliRun.Repository, "problems", "toy-network.yaml"))
            .Replace("  U = X @ W1 + b1", "  U = W1 @ X + b1", StringComparison.Ordinal));

        // When
        var run = await CliRun.Run(folder, "verify", spec);

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("toy-network.yaml:21:10: error: shapes (2, H) and (N, 2) do not align").And.Contain("(2, H)").And.Contain("(N, 2)"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Verify_MissingSpecFile_IsABadInput()
    {
        var run = await CliRun.InRepository("verify", "problems/nope.yaml");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("no spec file at problems/nope.yaml"));
    }
}
