namespace Grader.Derivations.Checking;

/// <summary>Why a step is not checkable: what a student wrote that Grader does not evaluate, counted across a class.</summary>
internal enum UncheckedKind
{
    /// <summary>The formula reader could not read a side; its message is the reason.</summary>
    Unreadable,

    /// <summary>A side holds a derivative other than the chain's target (a chain rule's factors, <c>\frac{\partial}{\partial z}[…]</c>).</summary>
    OtherDerivative,

    /// <summary>A side uses a macro the write-up defines; macros are not expanded.</summary>
    Macro,

    /// <summary>A relation other than <c>=</c>.</summary>
    Relation,

    /// <summary>The chain opens with <c>=</c>: its first left side is not written.</summary>
    MissingLeft,

    /// <summary>The two sides have shapes that cannot be compared entry by entry.</summary>
    Shapes,

    /// <summary>A side is a list of arrays (a value per layer).</summary>
    List,

    /// <summary>A side read, but does not evaluate on a case (too costly, a shape error on that case).</summary>
    Evaluation,

    /// <summary>On every case some entry of a side is not finite.</summary>
    NotFinite,

    /// <summary>Beyond the number of steps checked per chain.</summary>
    OverLimit,

    /// <summary>Something unexpected in Grader itself; reported, never thrown.</summary>
    Internal,
}
