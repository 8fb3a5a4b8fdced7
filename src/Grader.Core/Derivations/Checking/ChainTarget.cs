namespace Grader.Derivations.Checking;

/// <summary>The problem and output a chain derives: its final right side is that output's formula answer.</summary>
/// <param name="Symbol">The derivative the chain starts from; null when a heading names the output and the chain opens with <c>=</c>.</param>
internal sealed record ChainTarget(DerivationProblem Problem, GradientOutput Output, TargetOrigin Origin, DerivativeSymbol? Symbol)
{
    public string ProblemId => Problem.Id;

    public string OutputName => Output.Name;

    /// <summary>As messages name it: <c>softmax-ce: dZ</c>.</summary>
    public string Describe() => $"{ProblemId}: {OutputName}";
}
