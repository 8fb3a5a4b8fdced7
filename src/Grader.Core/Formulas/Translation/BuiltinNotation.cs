using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Formulas.Translation;

/// <summary>The spellings every problem accepts, unless its notation gives one another meaning.</summary>
internal static class BuiltinNotation
{
    /// <summary>Commands and upright names of functions, and what they are in the model language.</summary>
    public static readonly IReadOnlyDictionary<string, string> Functions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [@"\exp"] = "exp",
        [@"\log"] = "log",
        [@"\ln"] = "log",
        [@"\tanh"] = "tanh",
        [@"\sigma"] = "sigmoid",
        [@"\sqrt"] = "sqrt",
        [@"\max"] = "max",
        [@"\min"] = "min",
        ["relu"] = "relu",
        ["ReLU"] = "relu",
        ["rect"] = "relu",
        ["sigmoid"] = "sigmoid",
        ["softplus"] = "softplus",
        ["softmax"] = "softmax",
        ["log_softmax"] = "log_softmax",
        ["logsoftmax"] = "log_softmax",
        ["log_sigmoid"] = "log_sigmoid",
        ["sign"] = "sign",
        ["sgn"] = "sign",
        ["abs"] = "abs",
        ["exp"] = "exp",
        ["log"] = "log",
        ["ln"] = "log",
        ["tanh"] = "tanh",
        ["sqrt"] = "sqrt",
    };

    /// <summary>Spellings that name a value by convention, used only where the problem has that name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [@"\lambda"] = "lam",
        [@"\eta"] = "lr",
        [@"\lambda_{1}"] = "l1",
        [@"\lambda_{2}"] = "l2",
    };

    /// <summary>The derivative of each elementwise function, as a template in its argument <c>_</c>: <c>\sigma'(z)</c>, <c>f'(u)</c>.</summary>
    public static readonly IReadOnlyDictionary<string, Expr> Derivatives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["relu"] = "sign(relu(_))",
        ["sigmoid"] = "sigmoid(_) * (1 - sigmoid(_))",
        ["tanh"] = "1 - tanh(_)^2",
        ["exp"] = "exp(_)",
        ["log"] = "1 / _",
        ["softplus"] = "sigmoid(_)",
        ["abs"] = "sign(_)",
    }.ToDictionary(p => p.Key, p => Parser.ParseExpression(SourceText.Inline(p.Value, "<built-in>")), StringComparer.Ordinal);
}
