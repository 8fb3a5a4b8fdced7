namespace Grader.Derivations.Checking;

/// <summary>Why a chain has no target. Only the later ones are worth telling the student: the chain looked like a derivation of an output.</summary>
internal enum UnassignedKind
{
    /// <summary>Its first left side is no derivative (a definition, a loss written out): not a derivation of an output.</summary>
    NotADerivative,

    /// <summary>A derivative of something no problem outputs (<c>\partial a_i / \partial z_i</c>, a second derivative's factor).</summary>
    NoSuchOutput,

    /// <summary>Its heading names a problem or output that the left side contradicts.</summary>
    HeadingConflict,

    /// <summary>Several problems fit as well, and nothing decides between them.</summary>
    Ambiguous,

    /// <summary>Beyond the number of chains checked per write-up or problem.</summary>
    OverLimit,

    /// <summary>Something unexpected in Grader itself; reported, never thrown.</summary>
    Internal,
}
