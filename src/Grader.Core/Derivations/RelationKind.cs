namespace Grader.Derivations;

/// <summary>
/// The relation between two sides of a step. Only <see cref="Equals"/> is checked as an equality; every
/// other relation ends its chain (the next chain starts at its right side) and its step is not checkable.
/// </summary>
internal enum RelationKind
{
    /// <summary><c>=</c>, also annotated: <c>\stackrel{*}{=}</c>, <c>\overset{(a)}{=}</c>.</summary>
    Equals,
    NotEqual,
    Approx,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,

    /// <summary><c>:=</c>, <c>\coloneqq</c>, <c>\triangleq</c>, <c>\equiv</c>: a definition or identity.</summary>
    Defines,
    Proportional,

    /// <summary><c>\Rightarrow</c>, <c>\implies</c>, <c>\Leftrightarrow</c>, <c>\iff</c>.</summary>
    Implies,

    /// <summary><c>\rightarrow</c>, <c>\to</c>, <c>\mapsto</c>, <c>\leftarrow</c> (an update), …</summary>
    Arrow,

    /// <summary><c>\in</c>, <c>\subset</c>, …</summary>
    Member,
}
