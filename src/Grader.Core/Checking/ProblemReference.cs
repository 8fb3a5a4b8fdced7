using Grader.Reference;
using Grader.Specs;

namespace Grader.Checking;

/// <summary>Everything the checker needs to know about one problem: points, outputs, tolerances, cases and known mistakes.</summary>
/// <param name="OutputWeights">Relative weights of the outputs within a case; <c>null</c> for equal weights.</param>
/// <param name="Mistakes">The problem's classic mistakes, in the order of each case's <see cref="SolvedCase.Mistakes"/>.</param>
/// <param name="BatchDimension">The name of the dimension that means N (batch size), e.g. <c>"N"</c>; used to explain a factor N.</param>
public sealed record ProblemReference(
    string ProblemId,
    string Title,
    double Points,
    IReadOnlyList<string> OutputNames,
    Tolerance Tolerance,
    Tolerance AnswerTolerance,
    IReadOnlyDictionary<string, double>? OutputWeights,
    string? BatchDimension,
    IReadOnlyList<SolvedCase> Cases,
    IReadOnlyList<MistakeReference> Mistakes)
{
    /// <summary>The share of the points the derivation's steps earn (<c>scoring.steps</c>); 0: steps are feedback only.</summary>
    public double StepsShare { get; init; }
}
