using Grader.Cli.Handouts;
using Grader.Values;

namespace Grader.Cli.Tests.Handouts;

public sealed class MarkdownHandoutTests
{
    [Test]
    [SetCulture("de-DE")]
    public void Section_ListInput_IsOneDisplayBlockPerLayerAndAPythonList()
    {
        // Given
        var nielsen = CourseFixture.Catalog.Find("nielsen-backprop")!;
        var problem = HandoutProblem.For(nielsen, seed: 7);

        // When
        var section = MarkdownHandout.Section(problem);

        // Then
        var layers = ((TensorList)problem.Inputs["weights"]).Count;
        Assert.That(section, Does.StartWith("## nielsen-backprop (20 points)"));
        Assert.That(Enumerable.Range(0, layers).Select(l => $@"$$ \mathrm{{weights}}[{l}] = \begin{{bmatrix}}"), Has.All.Matches<string>(section.Contains));
        Assert.That(section, Does.Contain("weights = [np.array([["));
        Assert.That(section, Does.Not.Match(@"\d,\d"), "numbers are written with a point under any culture");
    }

    [Test]
    public void Section_Scalars_AreInlineMath()
    {
        // Given
        var problem = HandoutProblem.For(CourseFixture.Catalog.Find("parameter-count")!, seed: 1);

        // When
        var section = MarkdownHandout.Section(problem);

        // Then
        Assert.That(section, Does.Match(@"\n\$d = \d+\$\n"));
        Assert.That(section, Does.Match(@"\n\$\\mathrm\{dh\} = \d+\$\n"));
        Assert.That(section, Does.Match(@"\ndh = \d+\n"));
    }

    [TestCase("<script>alert(1)</script>")]
    [TestCase("[red]x[/]")]
    [TestCase(@"$$\input{x}$$")]
    public async Task Markdown_HostileName_IsInert(string name)
    {
        // Given
        using var course = CourseFixture.Create(CourseFixture.Student("1`2", name));

        // When
        var run = await course.Handout("--student", "1`2", "--problem", "bce");

        // Then: rendered with raw HTML allowed, the title is the name as text, and no math opens in it
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var title = run.Output.Split('\n')[0];
        var html = Markdig.Markdown.ToHtml(title);
        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(System.Net.WebUtility.HtmlDecode(html), Does.Contain("Homework of " + name));
        Assert.That(title, Does.Not.Contain("$$"));
        Assert.That(run.Output, Does.Contain("Student id ``1`2``."));
    }
}
