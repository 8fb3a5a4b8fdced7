using System.Text.Json;

namespace Grader.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    private static double[] Numbers(JsonElement element) => element.ValueKind == JsonValueKind.Array
        ? [.. element.EnumerateArray().SelectMany(Numbers)]
        : [element.GetDouble()];

    [Test]
    public async Task Show_ToyNetworkPublicJson_GivesTheApprovedGradients()
    {
        var run = await CliRun.InRepository("show", "toy-network", "--case", "public", "--format", "json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var outputs = json.RootElement.GetProperty("outputs");
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("problem").GetString(), Is.EqualTo("toy-network"));
            Assert.That(json.RootElement.GetProperty("case").GetString(), Is.EqualTo("public"));
            Assert.That(outputs.GetProperty("b2").GetDouble(), Is.EqualTo(-2.732).Within(1e-9));
            Assert.That(Numbers(outputs.GetProperty("w2")), Is.EqualTo(new[] { 0.1168, 0, 0.1536 }).Within(1e-9));
            Assert.That(Numbers(outputs.GetProperty("b1")), Is.EqualTo(new[] { 0.0268, 0, 0.134 }).Within(1e-9));
            Assert.That(Numbers(outputs.GetProperty("W1")), Is.EqualTo(new[] { 0.0122, 0, 0.061, -0.0268, 0, -0.134 }).Within(1e-9));
            Assert.That(outputs.GetProperty("W1").GetArrayLength(), Is.EqualTo(2));
            Assert.That(json.RootElement.GetProperty("inputs").GetProperty("X").GetArrayLength(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task Show_All_ListsEveryCaseAsAnArray()
    {
        var run = await CliRun.InRepository("show", "softmax-ce", "--all", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var names = json.RootElement.EnumerateArray().Select(c => c.GetProperty("case").GetString()).ToList();
        Assert.That(names, Has.Count.EqualTo(14));
        Assert.That(names, Does.Contain("large-logits-3"));
    }

    [Test]
    public async Task Show_NielsenPublic_WritesListsOfNestedLists()
    {
        var run = await CliRun.InRepository("show", "nielsen-backprop", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var nablaW = json.RootElement.GetProperty("outputs").GetProperty("nabla_w");
        Assert.That(nablaW.GetArrayLength(), Is.EqualTo(2));
        Assert.That(Numbers(nablaW[1]), Is.EqualTo(new[] { -0.0493134154, -0.0516352975, -0.0346396447 }).Within(1e-9));
    }

    [Test]
    public async Task Show_Table_ListsInputsAndOutputs()
    {
        var run = await CliRun.InRepository("show", "bce");

        Assert.That(run.Output, Does.Contain("bce — case public"));
        Assert.That(run.Output, Does.Contain("-0.3703703704"));
    }

    [Test]
    public async Task Show_UnknownProblem_SuggestsTheClosest()
    {
        var run = await CliRun.InRepository("show", "toy-netwrk");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("no problem 'toy-netwrk'").And.Contain("(did you mean 'toy-network'?)"));
    }

    [Test]
    public async Task Show_UnknownCase_ListsTheCases()
    {
        var run = await CliRun.InRepository("show", "bce", "--case", "hiden-1");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("(did you mean 'hidden-1'?)"));
    }
}
