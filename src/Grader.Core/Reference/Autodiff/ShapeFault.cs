namespace Grader.Reference.Autodiff;

/// <summary>
/// An operation met arrays whose concrete shapes do not fit. The interpreter turns it into a
/// <see cref="Specs.SpecException"/> at the location of the operation.
/// </summary>
internal sealed class ShapeFault(string problem) : Exception(problem)
{
    public ShapeFault()
        : this("shape error")
    {
    }

    public ShapeFault(string message, Exception innerException)
        : this(message + ": " + innerException.Message)
    {
    }
}
