namespace Grader.Derivations;

/// <summary>A step's relation as written (<c>=</c>, <c>&amp;=</c> without the mark, <c>\stackrel{*}{=}</c>, <c>\le</c>) and where.</summary>
internal sealed record StepRelation(RelationKind Kind, string Latex, WriteUpSpan Span)
{
    public bool IsEquality => Kind == RelationKind.Equals;
}
