namespace Grader.Specs;

/// <summary>The interval of accepted derivatives of a kinked function at its kink, e.g. relu'(0) in [0, 1].</summary>
public readonly record struct SubgradientSet(double Low, double High);
