namespace Grader.Derivations.Checking;

/// <summary>A write-up's chains checked: those bound to a target with their steps' verdicts, and every other chain with the reason.</summary>
internal sealed record WriteUpCheck(WriteUp WriteUp, IReadOnlyList<ChainCheck> Checked, IReadOnlyList<SkippedChain> Skipped)
{
    public int Steps => Checked.Sum(c => c.Steps.Count);

    public int Holding => Checked.Sum(c => c.Holding);

    public int Failing => Checked.Sum(c => c.Failing);

    public int NotCheckable => Checked.Sum(c => c.NotCheckable);
}
