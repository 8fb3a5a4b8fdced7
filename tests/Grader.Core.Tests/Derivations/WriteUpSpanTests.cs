using Grader.Derivations;
using static Grader.Core.Tests.Derivations.WriteUpTesting;

namespace Grader.Core.Tests.Derivations;

/// <summary>Every side and relation is located exactly: offset and length into the file, 1-based line and column.</summary>
internal sealed class WriteUpSpanTests
{
    [Test]
    public void Read_SidesAndRelations_AreLocatedExactly()
    {
        // Given a heading, prose, and an align over three lines
        const string markdown = "# p\n\ntext\n$$\\begin{aligned}\n  A &= B_1 \\\\\n    &\\le C \\tag{2}\n\\end{aligned}$$\n";

        // When
        var chain = Read(markdown).Chains[0];

        // Then: each span's text is the side as written, at its line and column
        var a = chain.First;
        var b = chain.Steps[0].Right;
        var c = chain.Steps[1].Right;
        Assert.Multiple(() =>
        {
            Assert.That(a.Span, Is.EqualTo(new WriteUpSpan(markdown.IndexOf('A'), 1, 5, 3)));
            Assert.That(b.Span, Is.EqualTo(new WriteUpSpan(markdown.IndexOf("B_1", StringComparison.Ordinal), 3, 5, 8)));
            Assert.That(c.Span, Is.EqualTo(new WriteUpSpan(markdown.IndexOf('C'), 1, 6, 10)));
            Assert.That(chain.Steps[1].Relation.Span, Is.EqualTo(new WriteUpSpan(markdown.IndexOf(@"\le", StringComparison.Ordinal), 3, 6, 6)));
            Assert.That(chain.Steps.Select(s => markdown.Substring(s.Right.Span.Offset, s.Right.Span.Length)), Is.EqualTo(new[] { "B_1", "C" }));
            Assert.That(c.Span.Describe(FileName), Is.EqualTo("write-up.md:6:10"));
        });
    }

    [Test]
    public void Read_CrLfAndTabs_CountAsOneLineBreakAndOneColumn()
    {
        // Given Windows line breaks and a tab before the side
        const string markdown = "line one\r\n\r\n$$\r\n\tx = y\r\n$$\r\n";

        // When
        var chain = Read(markdown).Chains[0];

        // Then
        Assert.That(chain.First.Span, Is.EqualTo(new WriteUpSpan(17, 1, 4, 2)));
        Assert.That(chain.Last.Span, Is.EqualTo(new WriteUpSpan(21, 1, 4, 6)));
    }

    [Test]
    public void Read_SideOverLines_SpansFromItsStartToItsEnd()
    {
        // Given a right side broken over two lines of a $$ block
        const string markdown = "$$A = \\frac{1}{2}\n   + b.$$";

        // When
        var side = Read(markdown).Chains[0].Last;

        // Then: one space where the line broke, the period gone, the span over both lines
        Assert.That(side.Latex, Is.EqualTo(@"\frac{1}{2} + b"));
        Assert.That(side.Span, Is.EqualTo(new WriteUpSpan(6, 18, 1, 7)));
    }

    [Test]
    public void ReadNotebook_Cells_AreLocatedByCellAndLine()
    {
        // Given two adjacent Markdown cells, the second continuing the first, then one after a code cell
        NotebookCell[] cells =
        [
            new(2, "## bce-minimum\n$$A = B$$"),
            new(3, "so\n$$= C$$"),
            new(5, "$$= D$$"),
        ];

        // When
        var writeUp = WriteUpReader.ReadNotebook("hw.ipynb", cells);

        // Then
        Assert.That(writeUp.Chains.Select(Line), Is.EqualTo(new[] { "A | = | B | = | C", "(missing) | = | D" }));
        var c = writeUp.Chains[0].Last;
        Assert.That((c.Span.Cell, c.Span.Line, c.Span.Column, c.Span.Offset), Is.EqualTo((3, 2, 5, 7)));
        Assert.That(c.Span.Describe("hw.ipynb"), Is.EqualTo("hw.ipynb:cell 3:2:5"));
        Assert.That(writeUp.Chains.Select(ch => ch.Heading?.Text), Is.EqualTo(new[] { "bce-minimum", "bce-minimum" }));
    }
}
