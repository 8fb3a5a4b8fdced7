using Grader.Values;

namespace Grader.Specs.Generators;

/// <summary>
/// The syntax tree of the small expressions used to draw hidden cases: sizes such as
/// <c>N + 1</c> or <c>n[i+1]</c>, and distributions such as <c>randint(1, N + 1)</c>.
/// </summary>
public abstract record GeneratorNode(int Offset);

public sealed record NumberNode(int Offset, double Value) : GeneratorNode(Offset);

public sealed record NameNode(int Offset, string Name) : GeneratorNode(Offset);

public sealed record IndexNode(int Offset, string Name, GeneratorNode Index) : GeneratorNode(Offset);

public sealed record BinaryNode(int Offset, char Operator, GeneratorNode Left, GeneratorNode Right) : GeneratorNode(Offset);

public sealed record NegateNode(int Offset, GeneratorNode Operand) : GeneratorNode(Offset);

public sealed record CallNode(int Offset, string Function, IReadOnlyList<GeneratorNode> Arguments) : GeneratorNode(Offset);
