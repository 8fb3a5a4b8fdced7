using Grader.Formulas.Latex;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;
using static Grader.Formulas.ExprBuild;

namespace Grader.Formulas.Translation;

/// <summary>
/// Translates a LaTeX formula's <see cref="MathNode"/> tree into the model language's tree. Symbols
/// are looked up in the problem; shapes (from the shape checker's static types of the names) decide
/// what a product is; a per-row formula (<c>z^{(3)}_i</c>) becomes its stacked batch form.
/// </summary>
internal sealed partial class Translator(SymbolResolver resolver, ShapeChecker checker, SourceText source)
{
    /// <exception cref="SpecException">an unknown symbol, a shape that does not fit, or a form Grader cannot read, located in the formula.</exception>
    public Term TranslateFormula(MathNode root)
    {
        var term = Materialize(Translate(root), root);
        if (term.IsOuter)
        {
            throw FormulaError.OuterNotSummed(source, root.Offset, root.Length);
        }

        if (term.Column is { } column)
        {
            throw FormulaError.EntryNotSummed(source, root.Offset, root.Length, column.Letter);
        }

        return term;
    }

    private Term Translate(MathNode node) => node switch
    {
        NumberNode n => Term.Scalar(Number(n.Value, n.Offset, n.Length), n.IsInteger),
        SymbolNode s => Symbol(s),
        BinaryNode b => BinaryOperation(b),
        NegateNode n => Negate(Translate(n.Operand), n),
        PowerNode p => Power(p),
        TransposeNode t => Transpose(Translate(t.Operand)),
        ApplyNode a => Apply(a),
        SumNode s => Sum(s),
        NormNode n => Norm(n, squared: false),
        AbsNode a => Map("abs", TranslateValue(a.Operand), a),
        IndicatorNode i => Indicator(i),
        ComponentNode c => Component(c),
        _ => throw new InvalidOperationException($"unexpected node {node.GetType().Name}"),
    };

    private Term Symbol(SymbolNode symbol)
    {
        if (symbol.Subscript is [var row, var label, '_', var again] && row == again && char.IsAsciiLetter(row) && char.IsAsciiLetter(label)
            && resolver.Find(symbol with { Subscript = row.ToString() }, source) is { Index: not null, IsFunction: false })
        {
            // z^{(3)}_{iy_i}: entry y_i of row i
            var labels = new SymbolNode(symbol.Offset, symbol.Length, label.ToString(), null, row.ToString(), 0);
            return Pick(Symbol(symbol with { Subscript = row.ToString() }), Symbol(labels), symbol);
        }

        var meaning = resolver.Find(symbol, source)
            ?? (symbol.Base == @"\nabla" ? throw FormulaError.Derivative(source, symbol.Offset, symbol.Length, symbol.Base) : (SymbolMeaning?)null)
            ?? throw FormulaError.UnknownSymbol(source, symbol.Offset, symbol.Length, symbol.Spelling, resolver.Known);
        if (meaning.IsFunction)
        {
            throw FormulaError.FunctionWithoutArgument(source, symbol.Offset, symbol.Length, symbol.Spelling, meaning.Describe());
        }

        if (symbol.Subscript is not null && meaning.Index is null && !meaning.UsesSubscript)
        {
            throw FormulaError.BadSubscript(source, symbol.Offset, symbol.Length, symbol.Spelling);
        }

        var term = Typed(ExprRelocation.Relocate(meaning.Expr, symbol.Offset, symbol.Length), meaning.Index, symbol);
        return meaning.Column is { } column ? Entry(term, column, symbol) : term;
    }

    /// <summary>A value's term from its static type; with an index, row i of it.</summary>
    private Term Typed(Expr expr, char? index, MathNode at)
    {
        var type = checker.Infer(expr, source);
        if (type.IsList)
        {
            throw FormulaError.Unsupported(source, at.Offset, at.Length, "a list of arrays in LaTeX", "write this output in the numpy-like syntax");
        }

        var shape = type.Shape;
        if (index is not { } letter)
        {
            return new Term(expr, shape, resolver.Notation.Vectors, null, type.IsInteger);
        }

        if (shape is null || shape.Count == 0)
        {
            throw FormulaError.BadSubscript(source, at.Offset, at.Length, "a scalar");
        }

        return new Term(expr, [.. shape.Skip(1)], resolver.Notation.Vectors, new RowIndex(letter, shape[0]), type.IsInteger);
    }

    private Term BinaryOperation(BinaryNode node)
    {
        if (node.Operator == MathOperator.Product && resolver.FindPhrase(node, source) is { } phrase)
        {
            return Typed(ExprRelocation.Relocate(phrase.Expr, node.Offset, node.Length), phrase.Index, node);
        }

        var left = Translate(node.Left);
        var right = Translate(node.Right);
        var column = JoinColumn(left, right, node);
        var result = node.Operator switch
        {
            MathOperator.Add => Elementwise("+", Materialize(left, node.Left), Materialize(right, node.Right), node),
            MathOperator.Subtract => Elementwise("-", Materialize(left, node.Left), Materialize(right, node.Right), node),
            MathOperator.Hadamard => Linear((x, y) => Elementwise("*", x, y, node), left, right, node, divide: false),
            MathOperator.Divide => right.IsOuter
                ? throw FormulaError.Unsupported(source, node.Offset, node.Length, "a division by a matrix", "divide by numbers only")
                : Linear((x, y) => Elementwise("/", x, y, node), left, right, node, divide: true),
            _ => Linear((x, y) => Product(x, y, node), left, right, node, divide: false),
        };
        return column is null ? result : result with { Column = column, Orientation = Orientation.Entries };
    }

    private Term Negate(Term term, MathNode at) => term.IsOuter
        ? term with { Expr = new NegateExpr(at.Offset, at.Length, term.Expr) }
        : term with { Expr = new NegateExpr(at.Offset, at.Length, term.Expr), IsInteger = false };

    private static Term Transpose(Term term) => term switch
    {
        { IsOuter: true } => term with { Expr = term.OuterRight!, OuterRight = term.Expr, Shape = [term.Shape![1], term.Shape[0]] },
        { Rank: 1, Orientation: Orientation.Entries } => term,
        { Rank: 1 } => term with { Orientation = term.Orientation == Orientation.Column ? Orientation.Row : Orientation.Column },
        { Rank: 2 } => term with { Expr = ExprBuild.Transpose(term.Expr), Shape = [term.Shape![1], term.Shape[0]] },
        _ => term,
    };

    /// <summary>An elementwise function of a term, row by row when it has an index.</summary>
    private Term Map(string function, Term argument, MathNode at)
    {
        RequireNotOuter(argument, at);
        return argument with { Expr = Call(function, at.Offset, at.Length, argument.Expr), IsInteger = false };
    }

    private void RequireNotOuter(Term term, MathNode at)
    {
        if (term.IsOuter)
        {
            throw FormulaError.OuterNotSummed(source, at.Offset, at.Length);
        }
    }
}
