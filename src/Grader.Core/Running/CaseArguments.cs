using Grader.Values;

namespace Grader.Running;

/// <summary>
/// The inputs of one case in the catalogue's argument order. Integer tensors reach Python as int64
/// arrays (rank 0: Python ints), float scalars as Python floats, a <see cref="TensorList"/> as a list of
/// float64 arrays.
/// </summary>
public sealed record CaseArguments(string CaseName, bool Hidden, IReadOnlyList<Value> Arguments);
