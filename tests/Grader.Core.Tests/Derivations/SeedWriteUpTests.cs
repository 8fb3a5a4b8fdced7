using Grader.Derivations;
using Grader.Testing;

namespace Grader.Core.Tests.Derivations;

/// <summary>
/// The five seed write-ups (real students' Markdown, names removed), read into chains: the chains a grader
/// needs are found, and a snapshot of every chain keeps the whole reading in view.
/// </summary>
internal sealed class SeedWriteUpTests
{
    private static readonly string Seeds = Path.Combine(TestPaths.Repository, "tests", "Grader.Core.Tests", "Derivations", "Seeds");

    [TestCase("seed-000")]
    [TestCase("seed-001")]
    [TestCase("seed-002")]
    [TestCase("seed-003")]
    [TestCase("seed-004")]
    public void Read_Seed_MatchesSnapshot(string seed)
    {
        // Given a seed write-up
        var writeUp = ReadSeed(seed);

        // When its chains are listed
        var listing = ChainListing.Render(writeUp);

        // Then they are the reviewed ones
        Snapshot.Verify(listing, methodName: $"Read_{seed}");
    }

    internal static WriteUp ReadSeed(string seed) =>
        WriteUpReader.Read(File.ReadAllText(Path.Combine(Seeds, seed + ".md")), seed + ".md");
}
