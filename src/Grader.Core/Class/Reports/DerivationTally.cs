namespace Grader.Class.Reports;

/// <summary>One output's derivations across a class: how many students derived it in a write-up, and in how many of those a step is wrong.</summary>
public sealed record DerivationTally(string ProblemId, string Output, int Students, int Broken);
