using Grader.Submissions;

namespace Grader.Core.Tests.Submissions;

[TestFixture]
internal sealed class NotebookSyntaxTests
{
    [TestCase("!ls -la", "get_ipython().system('ls -la')")]
    [TestCase("    !rm -rf /", "    get_ipython().system('rm -rf /')")]
    [TestCase("files = !ls *.csv", "files = get_ipython().getoutput('ls *.csv')")]
    [TestCase("a, b = !!cat x", "a, b = get_ipython().getoutput('cat x')")]
    [TestCase("%matplotlib inline", "get_ipython().run_line_magic('matplotlib', 'inline')")]
    [TestCase("r = %timeit -o f(x)", "r = get_ipython().run_line_magic('timeit', '-o f(x)')")]
    [TestCase("np.dot?", "get_ipython().run_line_magic('pinfo', 'np.dot')")]
    [TestCase("??np.dot", "get_ipython().run_line_magic('pinfo', 'np.dot')")]
    [TestCase("!echo 'it''s' \\ done", "get_ipython().system('echo \\'it\\'\\'s\\' \\\\ done')")]
    [TestCase("x = a % b", "x = a % b")]
    [TestCase("x != !y", "x != !y")]
    [TestCase("s = '%d' % n", "s = '%d' % n")]
    public void Transform_OneLine_IsIPythonsCallOnTheSameLine(string line, string python)
    {
        // When
        var transformed = NotebookSyntax.Transform([line]);

        // Then
        Assert.That(transformed, Is.EqualTo(new[] { python }));
    }

    [Test]
    public void Transform_CellMagicThatRunsPython_KeepsItsBodyAsCode()
    {
        // Given a %%time cell that defines a function
        string[] cell = ["%%time", "def f(x):", "    return x"];

        // When
        var transformed = NotebookSyntax.Transform(cell);

        // Then the body stays code (so the function is found and defined), line for line
        Assert.That(transformed, Is.EqualTo(new[] { "get_ipython().run_cell_magic('time', '', None)", "def f(x):", "    return x" }));
    }

    [Test]
    public void Transform_CellMagicInAnotherLanguage_GivesItsBodyAsAStringLineForLine()
    {
        // Given a %%bash cell
        string[] cell = ["%%bash", "rm -rf / # it's", "echo \"done\""];

        // When
        var transformed = NotebookSyntax.Transform(cell);

        // Then each body line is a literal on its own line, inside the call
        Assert.That(transformed, Is.EqualTo(new[]
        {
            "get_ipython().run_cell_magic('bash', '', (",
            "'rm -rf / # it\\'s\\n'",
            "'echo \"done\"\\n'))",
        }));
    }

    [Test]
    public void Literal_ControlAndFormatCharacters_AreEscaped()
    {
        // When
        var literal = NotebookSyntax.Literal("a\u0000b\u202ec\u2028");

        // Then
        Assert.That(literal, Is.EqualTo("'a\\x00b\\u202ec\\u2028'"));
    }
}
