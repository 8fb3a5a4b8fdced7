using System.Diagnostics;
using System.Text.Json;
using Grader.Cli.Handouts;
using Grader.Values;

namespace Grader.Cli.Tests.Handouts;

public sealed class PythonValueTests
{
    [Test]
    public void Literal_Values_AreNumpyArraysOfFloatsAndInts()
    {
        Assert.That(PythonValue.Literal(Tensor.Matrix(new double[,] { { 0.6, -1 }, { 2, 0.25 } })), Is.EqualTo("np.array([[0.6, -1.0], [2.0, 0.25]])"));
        Assert.That(PythonValue.Literal(Tensor.IntVector(1, 0, 2)), Is.EqualTo("np.array([1, 0, 2])"));
        Assert.That(PythonValue.Literal(Tensor.Scalar(3)), Is.EqualTo("3.0"));
        Assert.That(PythonValue.Literal(Tensor.IntScalar(784)), Is.EqualTo("784"));
        Assert.That(PythonValue.Literal(new TensorList([Tensor.Vector(1), Tensor.Vector(0.5, 1e-5)])), Is.EqualTo("[np.array([1.0]), np.array([0.5, 0.00001])]"));
    }

    [Test]
    public void Block_Inputs_ImportsNumpyThenAssignsEachInOrder()
    {
        // Given
        var inputs = new Dictionary<string, Value> { ["X"] = Tensor.Vector(1.5), ["lr"] = Tensor.Scalar(0.1) };

        // When
        var block = PythonValue.Block(inputs);

        // Then
        Assert.That(block, Is.EqualTo("import numpy as np\n\nX = np.array([1.5])\nlr = 0.1\n"));
    }

    [Test]
    public async Task Block_RunByPythonWithNumpy_GivesBackTheSameNumbersAndTypes()
    {
        // Given the block of some inputs, run by the Python with numpy that grades submissions
        var inputs = new Dictionary<string, Value>
        {
            ["X"] = Tensor.Matrix(new double[,] { { -0.58, 1e-7 }, { 2, 0.1 + 0.2 } }),
            ["y"] = Tensor.IntVector(2, 0),
            ["weights"] = new TensorList([Tensor.Vector(1), Tensor.Vector(-3.25)]),
            ["b2"] = Tensor.Scalar(-1.3),
        };
        var script = PythonValue.Block(inputs)
            + "import json\nprint(json.dumps([X.tolist(), str(X.dtype), y.tolist(), y.dtype.kind, [w.tolist() for w in weights], b2]))\n";

        // When
        var printed = await RunPython(script);

        // Then numpy holds the same numbers, floats as float64 and ints as ints
        using var json = JsonDocument.Parse(printed);
        var values = json.RootElement;
        Assert.That(values[0][1][1].GetDouble(), Is.EqualTo(0.1 + 0.2));
        Assert.That(values[0][0][1].GetDouble(), Is.EqualTo(1e-7));
        Assert.That(values[0][1][0].GetDouble(), Is.EqualTo(2));
        Assert.That(values[1].GetString(), Is.EqualTo("float64"), "a float input stays a float");
        Assert.That(values[2][0].GetRawText(), Is.EqualTo("2"));
        Assert.That(values[3].GetString(), Is.EqualTo("i"), "an int input stays an int");
        Assert.That(values[4][1][0].GetDouble(), Is.EqualTo(-3.25));
        Assert.That(values[5].GetDouble(), Is.EqualTo(-1.3));
    }

    /// <summary>The Python that grades submissions (numpy is there; the first python3 on PATH may lack it).</summary>
    private static async Task<string> RunPython(string script)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, error);
        return output;
    }
}
