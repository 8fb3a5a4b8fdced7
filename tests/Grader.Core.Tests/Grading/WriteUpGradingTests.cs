using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Grader.Checking;
using Grader.Grading;
using Grader.Reference;
using Grader.Reports;
using Grader.Running;
using Grader.Testing;

namespace Grader.Core.Tests.Grading;

/// <summary>
/// Write-ups graded for real: a Markdown file (or a notebook's Markdown cells) in a submission folder,
/// its derivations bound to problems, every step checked, the last side graded as the answer when
/// nothing else answers the problem. A hostile write-up costs nothing but its own derivations.
/// </summary>
[NonParallelizable]
public sealed class WriteUpGradingTests
{
    private const string ElasticNet = """
        ## elastic-net

        $$\frac{\partial R}{\partial W} = \lambda_1 \operatorname{sign}(W) + 2 \lambda_2 W$$
        """;

    private static readonly GradingPlan Plan = SubmissionFolder.Plan("elastic-net", "soft-targets");
    private SubmissionFolder _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = new SubmissionFolder("write-ups-");

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public async Task Grade_WriteUpOnly_ItsResultIsGradedOnEveryCase()
    {
        // Given only a Markdown write-up deriving elastic-net's gradient
        await _folder.Write("hw2.md", ElasticNet);

        // When
        var problem = (await Grade()).Problems.Single(p => p.ProblemId == "elastic-net");

        // Then: graded from the write-up, on the hidden cases too, with the step's verdict
        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed), problem.Feedback);
        Assert.That(problem.Source, Is.EqualTo("write-up: hw2.md:3:35"));
        Assert.That(problem.Cases.Count(c => c.Hidden), Is.GreaterThan(0));
        Assert.That(problem.Derivations.Single().Summary, Does.StartWith("hw2.md:3:3: the derivation of \\frac{\\partial R}{\\partial W} (elastic-net: dW): 1 step, 1 holds"));
    }

    [Test]
    public async Task Grade_CodeAndAWrongDerivation_CodeIsGradedTheDerivationIsFeedback()
    {
        // Given the right answer in answers.yaml, and a write-up whose last step drops the 2
        await _folder.Write("answers.yaml", "elastic-net:\n  dW: l1 * sign(W) + 2 * l2 * W\n");
        await _folder.Write("notes.md", "$$\\nabla_W R = \\lambda_1 \\operatorname{sign}(W) + 2\\lambda_2 W = \\lambda_1 \\operatorname{sign}(W) + \\lambda_2 W$$\n");

        // When
        var report = await Grade();
        var problem = report.Problems.Single(p => p.ProblemId == "elastic-net");

        // Then: full marks from the answer; the second step named as the first wrong one, in every report
        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed));
        Assert.That(problem.Source, Does.StartWith("answers: "));
        Assert.That(problem.Derivations.Single().Check.FirstFailure?.Step, Is.EqualTo(2));
        var markdown = Render(new MarkdownReport(), report);
        Assert.That(markdown, Does.Contain("step 2 → 3 does not hold"));
        using var json = JsonDocument.Parse(Render(new JsonReport(), report));
        var chain = json.RootElement.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "elastic-net").GetProperty("derivations")[0];
        Assert.That((chain.GetProperty("first_failing_step").GetInt32(), chain.GetProperty("steps_holding").GetInt32()), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task Grade_NotebookMarkdownCell_IsAWriteUpLocatedByCell()
    {
        // Given a notebook whose second cell is Markdown with the derivation
        var cells = new object[]
        {
            new { cell_type = "code", metadata = new { }, source = new[] { "import numpy as np\n" }, outputs = Array.Empty<object>(), execution_count = (int?)null },
            new { cell_type = "markdown", metadata = new { }, source = ElasticNet.Split('\n').Select(l => l + "\n").ToArray() },
        };
        var notebook = JsonSerializer.Serialize(new { cells, metadata = new { }, nbformat = 4, nbformat_minor = 5 });
        await _folder.Write("hw2.ipynb", notebook);

        // When
        var problem = (await Grade()).Problems.Single(p => p.ProblemId == "elastic-net");

        // Then
        Assert.That(problem.Status, Is.EqualTo(ProblemStatus.Passed), problem.Feedback);
        Assert.That(problem.Derivations.Single().Summary, Does.StartWith("hw2.ipynb:cell 2:3:3:"));
    }

    [Test]
    public async Task Grade_HugeHostileWriteUp_IsBoundedAndTheOtherProblemIsGraded()
    {
        // Given a 5 MB write-up: 10,000 equations, unbalanced braces, macros, raw HTML; and a real answer
        var text = new StringBuilder("\\newcommand{\\x}{W}\n<script>alert(1)</script>\n");
        for (var k = 0; text.Length < 5_000_000; k++)
        {
            text.Append(k % 3 == 0 ? "$$\\frac{\\partial R}{\\partial W} = {{{\\x$$\n" : "$$\\frac{\\partial E}{\\partial y} = \\psi(y) - t = \\psi(y) \\sum_k t_k - t$$\n");
        }

        await _folder.Write("hostile.md", text.ToString());
        await _folder.Write("answers.yaml", "elastic-net:\n  dW: l1 * sign(W) + 2 * l2 * W\n");

        // When
        var clock = Stopwatch.StartNew();
        var report = await Grade();

        // Then: within seconds, the answered problem graded, the write-up's chains capped
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        Assert.That(report.Problems.Single(p => p.ProblemId == "elastic-net").Status, Is.EqualTo(ProblemStatus.Passed));
        Assert.That(report.Problems.Single(p => p.ProblemId == "soft-targets").Derivations.Count, Is.LessThanOrEqualTo(25));
    }

    [Test]
    public async Task Grade_ManyWriteUps_ShareOneBound()
    {
        // Given 300 write-ups of 50 checkable chains each (15,000 chains), beside a real answer
        var chain = "$$\\frac{\\partial E}{\\partial y} = \\psi(y) \\sum_k t_k - t$$\n";
        for (var k = 0; k < 300; k++)
        {
            await _folder.Write($"notes-{k:000}.md", string.Concat(Enumerable.Repeat(chain, 50)));
        }

        await _folder.Write("answers.yaml", "elastic-net:\n  dW: l1 * sign(W) + 2 * l2 * W\n");

        // When
        var clock = Stopwatch.StartNew();
        var report = await Grade();

        // Then: checked within the bounds of one write-up, and the other problem is graded
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        Assert.That(report.Problems.Single(p => p.ProblemId == "soft-targets").Derivations, Has.Count.EqualTo(25));
        Assert.That(report.Problems.Single(p => p.ProblemId == "elastic-net").Status, Is.EqualTo(ProblemStatus.Passed));
    }

    [TestCase(@"\nabla_W R = \lambda_1 \operatorname{sign}(W) + 2\lambda_2 W", 10)]
    [TestCase(@"\nabla_W R = \lambda_1 \operatorname{sign}(W) = \lambda_1 \operatorname{sign}(W) + 2\lambda_2 W", 5)]
    public async Task Grade_StepsEarnAShare_AWrongStepCostsItsShareOnly(string chain, double expected)
    {
        // Given elastic-net with half its points for the steps, and a write-up whose result is right
        var catalog = ProblemCatalog.Load(TestPaths.Problems);
        var spec = catalog.Problems.Single(p => p.Id == "elastic-net").Spec with { StepsShare = 0.5 };
        var plan = GradingPlan.Create([CompiledProblem.Compile(spec)], RunLimits.Default, catalogue: catalog.Problems);
        await _folder.Write("hw.md", $"$${chain}$$\n");

        // When
        var problem = (await _folder.Grade(plan)).Problems.Single();

        // Then: the result earns its half on every case; the steps before the first wrong one earn theirs
        Assert.That(problem.Score, Is.EqualTo(expected).Within(1e-9), problem.Feedback);
        if (expected < 10)
        {
            Assert.That(problem.Feedback, Is.EqualTo("Steps: 0 of 2 checked steps hold before the first wrong one: 0 of 5 points."));
        }
    }

    [TestCase(@"0.5(\tanh(0.5x) + 1) = \frac{1}{1 + e^{-x}} = \sigma(x)", 5, null)]
    [TestCase(@"0.5(\tanh(0.5x) + 1) = \frac{2}{1 + e^{-x}} = \sigma(x)", 2.5, null)]
    [TestCase(@"\sigma(x) = \frac{1}{1 + e^{-x}} = \sigma(x)", 0, "does not start from the identity's left side")]
    public async Task Grade_Identity_OnlyAChainFromTheGivenSideCounts(string chain, double expected, string? error)
    {
        // Given an identity problem (half the points for the steps), answered in a write-up
        var plan = SubmissionFolder.Plan("sigmoid-from-tanh");
        await _folder.Write("hw.md", $"## sigmoid-from-tanh\n\n$${chain}$$\n");

        // When
        var problem = (await _folder.Grade(plan)).Problems.Single();

        // Then: the right side is given, so a chain that does not start from the left side earns nothing;
        // a wrong step costs the steps' half (the result σ(x) still counts)
        Assert.That(problem.Score, Is.EqualTo(expected).Within(1e-9), problem.Feedback);
        if (error is not null)
        {
            Assert.That(problem.Formulas.Single().Error, Does.Contain(error));
        }
    }

    [Test]
    public async Task Grade_IdentityInAnswersYaml_IsRefusedWithWhereToShowIt()
    {
        // Given the identity's given right side typed as a formula
        var plan = SubmissionFolder.Plan("sigmoid-from-tanh");
        await _folder.Write("answers.yaml", "sigmoid-from-tanh: $\\sigma(x)$\n");

        // When
        var problem = (await _folder.Grade(plan)).Problems.Single();

        // Then
        Assert.That(problem.Score, Is.Zero);
        Assert.That(problem.Feedback, Does.Contain("is an identity: its right side is given").And.Contain("## sigmoid-from-tanh"));
    }

    [Test]
    public async Task Grade_HostileTextInADerivation_IsInertInEveryReport()
    {
        // Given a derivation whose sides carry terminal escapes, markup, HTML and a Markdown link
        // (in a name the reader quotes back: "unknown symbol …")
        var payload = "x<script>alert(1)</script>\u001b]0;pwned\u0007\u001b[2J[red]x[/]\u202eevil";
        await _folder.Write("hw.md", $"## elastic-net\n\n$$\\nabla_W R = \\lambda_1 \\operatorname{{sign}}(W) + \\mathrm{{{payload}}}$$\n");

        // When
        var report = await Grade();

        // Then: nothing acts in the table, Markdown, Gradescope or JUnit; no raw HTML in Markdown
        Assert.That(report.Problems.Single(p => p.ProblemId == "elastic-net").Derivations, Has.Count.EqualTo(1));
        foreach (var format in new[] { "table", "md", "gradescope", "junit" })
        {
            var text = format == "table" ? new TableReport(width: 120).Render(report) : Render(ReportFormats.Get(format), report);
            Assert.That(Core.Tests.Reports.HostileText.ActiveIn(text), Is.Empty, format);
        }

        var markdown = Render(new MarkdownReport(), report);
        Assert.That(markdown, Does.Contain("unknown symbol x\\<script>"));
        var (prose, _) = Core.Tests.Reports.InertOutputTests.SplitFences(markdown);
        var outsideCode = string.Join("\n", prose.Split('\n').Select(Core.Tests.Reports.InertOutputTests.WithoutCodeSpans));
        Assert.That(outsideCode, Does.Not.Match(@"(?<!\\)<script>"), "outside code, every < is escaped");
    }

    private static string Render(IReportFormat format, ScoreReport report) => format.Render(report);

    private Task<ScoreReport> Grade() => _folder.Grade(Plan);
}
