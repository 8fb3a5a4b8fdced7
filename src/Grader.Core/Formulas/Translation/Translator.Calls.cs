using Grader.Formulas.Latex;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using static Grader.Formulas.ExprBuild;

namespace Grader.Formulas.Translation;

internal sealed partial class Translator
{
    private Term Apply(ApplyNode node)
    {
        var function = node.Function;
        var meaning = resolver.Find(function, source)!;
        if (meaning.Expr is NameExpr { Name: "max" or "min" } extreme)
        {
            return Extreme(node, extreme.Name == "max");
        }

        if (node.Arguments.Count != 1)
        {
            throw FormulaError.WrongArguments(source, node.Offset, node.Length, function.Spelling, "one argument");
        }

        var argument = TranslateValue(node.Arguments[0]);
        RequireNotOuter(argument, node);
        var expr = meaning.Expr is NameExpr { Name: var name }
            ? Call(name, node.Offset, node.Length, argument.Expr)
            : ExprRelocation.Relocate(meaning.Expr, function.Offset, function.Length, argument.Expr);
        if (expr is CallExpr { Name: "onehot", Arguments: [_, var classes] })
        {
            // One row of K per label: a label per row is a row vector, a batch of labels a matrix.
            var k = checker.Infer(classes, source) is { IsScalar: true } ? Dim.Parse("K") : Dim.Unknown;
            return argument with { Expr = expr, Shape = [.. argument.Shape ?? [], k], IsInteger = false, Orientation = resolver.Notation.Vectors };
        }

        return argument with { Expr = expr, IsInteger = false };
    }

    /// <summary><c>\max(0, x)</c> is relu(x); <c>\min(0, x)</c> is −relu(−x).</summary>
    private Term Extreme(ApplyNode node, bool max)
    {
        var zero = node.Arguments.FirstOrDefault(a => a is NumberNode { Value: 0 });
        if (node.Arguments.Count != 2 || zero is null)
        {
            throw FormulaError.WrongArguments(source, node.Offset, node.Length, node.Function.Spelling, $"0 and one argument: {node.Function.Spelling}(0, x)");
        }

        var argument = TranslateValue(node.Arguments.First(a => !ReferenceEquals(a, zero)));
        RequireNotOuter(argument, node);
        if (max)
        {
            return argument with { Expr = Call("relu", node.Offset, node.Length, argument.Expr), IsInteger = false };
        }

        var negated = new NegateExpr(node.Offset, node.Length, argument.Expr);
        return argument with { Expr = new NegateExpr(node.Offset, node.Length, Call("relu", node.Offset, node.Length, negated)), IsInteger = false };
    }

    private Term Power(PowerNode node)
    {
        if (node.Base is SymbolNode { Tag: null } layered && LayerOf(node.Exponent) is { } layer && resolver.FindLayered(layered) is { } meaning)
        {
            return Typed(ExprRelocation.AtLayer(meaning, node.Offset, node.Length, layer), null, node); // z^l, w^{l+1}, \delta^L
        }

        if (node.Base is SymbolNode { Tag: null } symbol && node.Exponent is SymbolNode { Tag: null, Subscript: null, Primes: 0 } tag
            && resolver.Find(symbol with { Tag = tag.Base }, source) is not null)
        {
            return Symbol(symbol with { Tag = tag.Base, Length = node.Length }); // o^a, h^s: a superscript that names
        }

        if (node.Base is ApplyNode { Arguments: [var argument] } log && resolver.Find(log.Function, source)?.Expr is NameExpr { Name: "log" })
        {
            // \log(1 + e^{-x})^{-1}: students move a power out of a log this way; it is log((1 + e^{-x})^{-1}), not 1 / log(…).
            return Apply(log with { Arguments = [new PowerNode(argument.Offset, node.End - argument.Offset, argument, node.Exponent)] });
        }

        if (node.Base is SymbolNode { Base: "e", Tag: null, Subscript: null, Primes: 0 } e && resolver.Find(e, source)?.Expr is NumberExpr)
        {
            return Map("exp", TranslateValue(node.Exponent), node);
        }

        if (node.Base is NormNode norm && node.Exponent is NumberNode { Value: 2 })
        {
            return Norm(norm, squared: true);
        }

        var basis = TranslateValue(node.Base);
        var exponent = TranslateValue(node.Exponent);
        if (!exponent.IsScalar || exponent.Index is not null)
        {
            throw FormulaError.Exponent(source, node.Exponent.Offset, node.Exponent.Length);
        }

        RequireNotOuter(basis, node);
        if (basis.Rank == 2 && basis.Index is null && node.Exponent is NegateNode { Operand: NumberNode { Value: 1 } })
        {
            throw FormulaError.MatrixInverse(source, node.Offset, node.Length);
        }

        return basis with { Expr = Binary("^", basis.Expr, exponent.Expr, node.Exponent.Offset), IsInteger = false };
    }

    /// <summary>A layer as a superscript writes it: l, L, a number, or a sum or difference of them (<c>l+1</c>, <c>L-1</c>).</summary>
    private Expr? LayerOf(MathNode exponent) => resolver.Notation.Layers is null ? null : exponent switch
    {
        SymbolNode { Base: NotationLayers.Layer or NotationLayers.Last, Tag: null, Subscript: null, Primes: 0 } s => new NameExpr(s.Offset, s.Length, s.Base),
        NumberNode { IsInteger: true } n => Number(n.Value, n.Offset, n.Length),
        BinaryNode { Operator: MathOperator.Add or MathOperator.Subtract } b when LayerOf(b.Left) is { } left && LayerOf(b.Right) is { } right
            => Binary(b.Operator == MathOperator.Add ? "+" : "-", left, right, b.Offset),
        _ => null,
    };

    /// <summary>
    /// <c>\|W\|_F</c>, and <c>\|W\|_2</c> as the seeds mean it (Frobenius); squared without the root.
    /// A per-row vector's norm is one number per row.
    /// </summary>
    private Term Norm(NormNode node, bool squared)
    {
        var argument = TranslateValue(node.Operand);
        RequireNotOuter(argument, node);
        var perRow = argument.Index is not null && argument.Rank == 1;
        Expr Reduce(Expr expr) => perRow ? CallOnAxis("sum", 1, node.Offset, node.Length, expr) : Call("sum", node.Offset, node.Length, expr);
        if (node.Kind == "1")
        {
            var l1 = Reduce(Call("abs", node.Offset, node.Length, argument.Expr));
            return Term.Scalar(squared ? Binary("^", l1, Number(2, node.Offset, node.Length), node.Offset) : l1) with { Index = argument.Index };
        }

        var sumOfSquares = Reduce(Binary("^", argument.Expr, Number(2, node.Offset, node.Length), node.Offset));
        return Term.Scalar(squared ? sumOfSquares : Call("sqrt", node.Offset, node.Length, sumOfSquares)) with { Index = argument.Index };
    }

    /// <summary><c>\mathbb{1}[u > 0]</c> is the ReLU mask, written with the model's functions: sign(relu(u)).</summary>
    private Term Indicator(IndicatorNode node)
    {
        if (node.Relation == "=")
        {
            throw FormulaError.UnknownOnehot(source, node.Offset, node.Length, @"\mathbb{1}[j = y_i]");
        }

        var (side, positive) = (node.Left, node.Right) switch
        {
            (var u, NumberNode { Value: 0 }) => (u, node.Relation is ">" or ">="),
            (NumberNode { Value: 0 }, var u) => (u, node.Relation is "<" or "<="),
            _ => throw FormulaError.Indicator(source, node.Offset, node.Length),
        };
        var argument = TranslateValue(side);
        RequireNotOuter(argument, node);
        var inner = positive ? argument.Expr : new NegateExpr(node.Offset, node.Length, argument.Expr);
        var mask = Call("sign", node.Offset, node.Length, Call("relu", node.Offset, node.Length, inner));
        return argument with { Expr = mask, IsInteger = false };
    }

    /// <summary><c>\psi(z^{(3)}_i)_{y_i}</c>: the entry y_i of each row, picked.</summary>
}
