namespace Grader.Derivations;

/// <summary>
/// Bounds on reading a write-up, which is student data. The seeds are 10–40 KB with at most ~60 display
/// blocks and sides of a few hundred characters; each bound is far above an honest write-up and keeps a
/// hostile one linear in time and memory. Past a bound, what was read is kept and a
/// <see cref="WriteUpIssue"/> says what was skipped.
/// </summary>
internal static class WriteUpLimits
{
    /// <summary>Characters of Markdown read (all cells together for a notebook); the rest is skipped.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>Characters in one display-math block; a longer block is skipped whole.</summary>
    public const int MaxBlockLength = 50_000;

    /// <summary>Characters in one side of an equality; the chain ends before a longer side.</summary>
    public const int MaxSideLength = 4_000;

    /// <summary>Braces, <c>\left…\right</c> and environments nested in one block; a deeper block is skipped.</summary>
    public const int MaxNesting = 100;

    /// <summary>Chains kept from one write-up; the display math after the last one is skipped.</summary>
    public const int MaxChains = 1_000;

    /// <summary>Steps kept in one chain; the rest of that chain is skipped.</summary>
    public const int MaxStepsPerChain = 200;

    /// <summary>Steps kept from one write-up, all chains together.</summary>
    public const int MaxSteps = 5_000;

    /// <summary>Issues listed; one last issue counts the ones not listed.</summary>
    public const int MaxIssues = 50;

    /// <summary>Macro definitions listed (<c>\newcommand</c>, <c>\def</c>, …).</summary>
    public const int MaxMacros = 200;

    /// <summary>Characters of a heading's text kept.</summary>
    public const int MaxHeadingLength = 200;

    /// <summary>
    /// Non-blank lines of prose a block that opens with <c>=</c> may follow and still continue the chain
    /// of the block before the prose ("which gives", an equation number on its own line).
    /// </summary>
    public const int MaxProseLinesBetween = 3;
}
