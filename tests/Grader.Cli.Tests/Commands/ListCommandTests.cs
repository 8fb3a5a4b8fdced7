using System.Text.Json;

namespace Grader.Cli.Tests.Commands;

public sealed class ListCommandTests
{
    [Test]
    public async Task List_Catalogue_ShowsTwentyOneProblemsWorth245Points()
    {
        var run = await CliRun.InRepository("list");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("21 problems, 245 points"));
        Assert.That(run.Output, Does.Contain("toy-network").And.Contain("W1, b1, w2, b2"));
    }

    [Test]
    public async Task List_Json_HasIdsPointsAndCaseCounts()
    {
        var run = await CliRun.InRepository("list", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var problems = json.RootElement.EnumerateArray().ToList();
        Assert.That(problems.Select(p => p.GetProperty("id").GetString()), Is.EqualTo(new[]
        {
            "toy-network", "softmax-ce", "soft-targets", "lr-range", "two-layer-l2", "activations",
            "elastic-net", "logistic-l2", "bce", "nielsen-backprop", "sgd-epoch", "parameter-count", "sigmoid-derivative", "delta-output-layer", "bce-minimum", "sigmoid-from-tanh", "log-sigmoid",
            "digits-softmax-sgd", "digits-two-layer", "cancer-logistic-l2", "digits-mlp-torch",
        }));
        Assert.That(problems.Sum(p => p.GetProperty("points").GetDouble()), Is.EqualTo(245));
        Assert.That(problems[1].GetProperty("cases").GetInt32(), Is.EqualTo(14));
    }

    [Test]
    public async Task List_Markdown_IsAHandoutWithSignatures()
    {
        var run = await CliRun.InRepository("list", "--format", "md");

        Assert.That(run.Output, Does.Contain("## toy-network (20 points)"));
        Assert.That(run.Output, Does.Contain("def toy_network_gradients(X, t, W1, b1, w2, b2):"));
        Assert.That(run.Output, Does.Contain("ToyNetworkGradients(double[,] X, double[] t, double[,] W1, double[] b1, double[] w2, double b2)"));
        Assert.That(run.Output, Does.Contain("Backprop(double[,] x, double[,] y, List<double[,]> weights, List<double[,]> biases)"));
    }

    [Test]
    public async Task List_FolderWithABrokenSpec_ListsTheRestAndNamesTheError()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("grader-list-").FullName;
        File.Copy(Path.Combine(CliRun.Repository, "problems", "bce.yaml"), Path.Combine(folder, "bce.yaml"));
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), File.ReadAllText(Path.Combine(CliRun.Repository, "problems", "softmax-ce.yaml"))
            .Replace("id: softmax-ce", "id: broken", StringComparison.Ordinal)
            .Replace("log_softmax(Z", "log_sofmax(Z", StringComparison.Ordinal));

        // When
        var run = await CliRun.Run(folder, "list", "--problems", ".");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Does.Contain("bce"));
        Assert.That(run.Error, Does.Match(@"broken\.yaml:\d+:\d+: error: unknown function 'log_sofmax' \(did you mean 'log_softmax'\?\)"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task List_Markdown_IsTheCommittedHandout()
    {
        // docs/problems.md is what instructors hand out: it must follow the specs.
        var run = await CliRun.InRepository("list", "--format", "md");

        var committed = File.ReadAllText(Path.Combine(CliRun.Repository, "docs", "problems.md"));
        Assert.That(run.Output, Is.EqualTo(committed), "regenerate with: ./grader list --format md > docs/problems.md");
    }
}
