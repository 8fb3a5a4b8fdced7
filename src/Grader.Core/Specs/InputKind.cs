namespace Grader.Specs;

/// <summary>What an input of a model holds. A scalar is a Float or Int with an empty shape.</summary>
public enum InputKind
{
    Float,
    Int,
    FloatList,
}
