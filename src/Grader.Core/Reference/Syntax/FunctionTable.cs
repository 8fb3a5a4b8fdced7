using Grader.Specs;
using Grader.Values;

namespace Grader.Reference.Syntax;

/// <summary>The built-in functions of the model language, and the checks every call to one must pass.</summary>
internal static class FunctionTable
{
    private static readonly Dictionary<string, FunctionSignature> Signatures = new FunctionSignature[]
    {
        new("relu", 1, 1),
        new("sigmoid", 1, 1),
        new("log_sigmoid", 1, 1),
        new("tanh", 1, 1),
        new("exp", 1, 1),
        new("log", 1, 1),
        new("abs", 1, 1),
        new("sign", 1, 1),
        new("softplus", 1, 1),
        new("sqrt", 1, 1),
        new("detach", 1, 1),
        new("sum", 1, 1, TakesAxis: true),
        new("mean", 1, 1, TakesAxis: true),
        new("logsumexp", 1, 1, TakesAxis: true),
        new("log_softmax", 1, 1, TakesAxis: true),
        new("softmax", 1, 1, TakesAxis: true),
        new("onehot", 2, 2),
        new("diag", 1, 1),
        new("pick", 2, 2),
        new("grad", 2, 2),
        new("len", 1, 1),
        new("min", 2, int.MaxValue),
        new("max", 2, int.MaxValue),
        new("range", 1, 3),
    }.ToDictionary(s => s.Name);

    public static IEnumerable<string> Names => Signatures.Keys;

    /// <summary>Checks the function exists, the argument count and the keywords; returns the signature.</summary>
    public static FunctionSignature Check(CallExpr call, SourceText source, bool inForHeader = false)
    {
        var fn = call.Function;
        if (!Signatures.TryGetValue(fn.Name, out var signature) || (fn.Name == "range") != inForHeader)
        {
            throw SpecError.UnknownFunction(source, fn.Offset, fn.Length, fn.Name, Signatures.Keys.Where(k => k != "range"));
        }

        var count = call.Arguments.Count;
        if (count < signature.MinArguments || count > signature.MaxArguments)
        {
            throw SpecError.ArgumentCount(source, fn.Offset, call.Length, fn.Name, signature.DescribeArity(), count);
        }

        string[] allowed = signature.TakesAxis ? ["axis"] : [];
        var seen = new HashSet<string>();
        foreach (var keyword in call.Keywords)
        {
            var name = keyword.Keyword;
            if (!allowed.Contains(name.Name) || !seen.Add(name.Name))
            {
                throw SpecError.UnknownKeyword(source, name.Offset, name.Length, fn.Name, name.Name, allowed);
            }

            _ = Axis(call, source);
        }

        return signature;
    }

    /// <summary>The literal <c>axis=</c> of a call, or null when absent.</summary>
    public static int? Axis(CallExpr call, SourceText source)
    {
        var keyword = call.Keywords.FirstOrDefault(k => k.Keyword.Name == "axis");
        return keyword?.Value switch
        {
            null => null,
            NumberExpr { IsInteger: true } n => (int)n.Value,
            NegateExpr { Operand: NumberExpr { IsInteger: true } n } => -(int)n.Value,
            var other => throw SpecError.AxisNotLiteral(source, other.Offset, other.Length),
        };
    }
}
