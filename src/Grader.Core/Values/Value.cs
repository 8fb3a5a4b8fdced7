namespace Grader.Values;

/// <summary>
/// A value that flows through grading: an input of a case, an output of the reference or of a
/// submission. Either a <see cref="Tensor"/> (scalars are rank-0 tensors) or a
/// <see cref="TensorList"/> (for problems such as a network of variable depth).
/// </summary>
public abstract class Value
{
    private protected Value()
    {
    }

    /// <summary>A short human description of the shape, e.g. <c>(4, 2)</c>, <c>scalar</c> or <c>list of 3</c>.</summary>
    public abstract string Describe();
}
