namespace Grader.Reference.Autodiff;

/// <summary>A value while a model runs: an array on the tape (<see cref="Node"/>) or a list of them (<see cref="NodeList"/>).</summary>
internal abstract class Datum
{
    public abstract string Describe();
}
