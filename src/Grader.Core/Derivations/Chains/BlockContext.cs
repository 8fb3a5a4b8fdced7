namespace Grader.Derivations.Chains;

/// <summary>What a block's chains need from around it: its text, its heading, and whether (and how) it may continue the chain before it.</summary>
/// <param name="Continues">How a block that opens with <c>=</c> joins the previous block's chain; null when nothing may be continued.</param>
internal sealed record BlockContext(LineIndex Lines, WriteUpHeading? Heading, StepLink? Continues);
