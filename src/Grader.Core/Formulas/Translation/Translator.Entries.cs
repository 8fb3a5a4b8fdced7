using Grader.Formulas.Latex;
using Grader.Specs;
using static Grader.Formulas.ExprBuild;

namespace Grader.Formulas.Translation;

/// <summary>Entries of rows: a picked entry (<c>\psi(z_i)_{y_i}</c>), an entry k of each row (<c>\Delta_{ik}</c>), an entry of a vector.</summary>
internal sealed partial class Translator
{
    /// <summary>Entry <paramref name="letter"/> of each row of a per-row vector: the row read entry by entry.</summary>
    private Term Entry(Term row, char letter, MathNode at)
    {
        if (row.Index is null || row.Rank != 1 || row.IsOuter || row.Column is not null)
        {
            throw FormulaError.BadSubscript(source, at.Offset, at.Length, source.Text.Substring(at.Offset, at.Length));
        }

        return row with { Column = new RowIndex(letter, row.Shape![0]), Orientation = Orientation.Entries };
    }

    /// <summary>Entries of rows meet entries of the same rows, or a number per row; never a whole row or matrix.</summary>
    private RowIndex? JoinColumn(Term a, Term b, BinaryNode at)
    {
        if (a.Column is null && b.Column is null)
        {
            return null;
        }

        if (a.Column is { } first && b.Column is { } second)
        {
            return first.Letter == second.Letter ? first : throw FormulaError.TwoIndices(source, at.Offset, at.Length, first.Letter, second.Letter);
        }

        var (entry, other) = a.Column is not null ? (a, b) : (b, a);
        return other.Rank is 0 || other.IsScalar ? entry.Column
            : throw FormulaError.EntryWithRow(source, at.Offset, at.Length, entry.Column!.Value.Letter, other.Describe());
    }

    private Term Component(ComponentNode node)
    {
        var target = TranslateValue(node.Target);
        if (node.Index is SymbolNode { Base: [var letter], Tag: null, Subscript: null, Primes: 0 } free && char.IsAsciiLetter(letter)
            && resolver.Find(free, source) is null && target is { Rank: 1, IsOuter: false, Column: null })
        {
            // (…)_k: an entry of a vector, k a free index like the rows of t_k; of a per-row vector, entry k of each row.
            return target.Index is null
                ? target with { Expr = target.Expr, Shape = [], Index = new RowIndex(letter, target.Shape![0]) }
                : Entry(target, letter, node);
        }

        return Pick(target, TranslateValue(node.Index), node);
    }

    /// <summary>The entry of each row that a label picks: <c>\psi(z_i)_{y_i}</c>, <c>z^{(3)}_{iy_i}</c>.</summary>
    private Term Pick(Term target, Term index, MathNode at)
    {
        if (target.Index is not { } rows || target.Rank != 1 || target.IsOuter || !index.IsInteger || !index.IsScalar || index.Index?.Letter != rows.Letter)
        {
            throw FormulaError.BadSubscript(source, at.Offset, at.Length, source.Text.Substring(at.Offset, at.Length));
        }

        return Term.Scalar(Call("pick", at.Offset, at.Length, target.Expr, index.Expr)) with { Index = JoinIndex(target, index, at) };
    }
}
