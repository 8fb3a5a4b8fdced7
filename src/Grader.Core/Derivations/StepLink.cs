namespace Grader.Derivations;

/// <summary>How a step's relation follows the left side, so a message can say where the continuation came from.</summary>
internal enum StepLink
{
    /// <summary>On the same line of the equation: <c>A = B</c>.</summary>
    Inline,

    /// <summary>A later line of the same block (<c>\\ &amp;= B</c>).</summary>
    NextLine,

    /// <summary>A block that opens with <c>=</c>, right after the block with the left side.</summary>
    NextBlock,

    /// <summary>A block that opens with <c>=</c> after a few lines of prose (at most <see cref="WriteUpLimits.MaxProseLinesBetween"/>).</summary>
    AfterText,
}
