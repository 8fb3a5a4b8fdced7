namespace Grader.Derivations.Checking;

/// <summary>How a chain was bound to a problem's output, so feedback can say why.</summary>
internal enum TargetOrigin
{
    /// <summary>A heading names the problem (<c>## softmax-ce</c>, <c>### two-layer-l2: W2</c>).</summary>
    Heading,

    /// <summary>The chain's first left side is the derivative of one problem's output, and no other's.</summary>
    LeftSide,

    /// <summary>The left side fits several problems equally; the chain's sides read in only one of them.</summary>
    LeftSideAndReading,
}
