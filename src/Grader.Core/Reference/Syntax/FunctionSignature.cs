using System.Globalization;

namespace Grader.Reference.Syntax;

/// <summary>How a built-in function is called: its number of positional arguments and whether it takes <c>axis=</c>.</summary>
internal sealed record FunctionSignature(string Name, int MinArguments, int MaxArguments, bool TakesAxis = false)
{
    public string DescribeArity()
    {
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " argument" : " arguments");
        return MaxArguments == int.MaxValue ? $"at least {Count(MinArguments)}"
            : MinArguments == MaxArguments ? Count(MinArguments)
            : $"{MinArguments.ToString(CultureInfo.InvariantCulture)} to {Count(MaxArguments)}";
    }
}
