namespace Grader.Experiments;

/// <summary>A training problem cannot be graded on this machine (its dataset or a module it needs is missing): the reason, for every report.</summary>
public sealed class ExperimentUnavailableException(string message) : Exception(message);
