using Grader.Cli.Handouts;
using Grader.Values;

namespace Grader.Cli.Tests.Handouts;

public sealed class NamedTensorTests
{
    [Test]
    public void Split_List_GivesOneArrayPerItemWithItsIndex()
    {
        // Given
        var weights = new TensorList([Tensor.Matrix(new double[,] { { 1, 2 } }), Tensor.Vector(3)]);

        // When
        var items = NamedTensor.Split("weights", weights).ToList();

        // Then
        Assert.That(items.Select(i => i.Index.Single()), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(items.Select(i => i.Name), Is.All.EqualTo("weights"));
        Assert.That(items[1].Rows(), Is.EqualTo(new[] { new[] { "3" } }));
    }

    [Test]
    public void Split_RankThree_GivesOneMatrixPerSlice()
    {
        // Given
        var cube = new Tensor([2, 1, 2], [1, 2, 3, 4]);

        // When
        var items = NamedTensor.Split("T", cube).ToList();

        // Then
        Assert.That(items, Has.Count.EqualTo(2));
        Assert.That(items[1].Index, Is.EqualTo(new[] { 1 }));
        Assert.That(items[1].Rows(), Is.EqualTo(new[] { new[] { "3", "4" } }));
    }

    [Test]
    public void Rows_Matrix_GivesItsRowsAndAVectorOneRow()
    {
        // Given
        var matrix = new NamedTensor("X", [], Tensor.Matrix(new double[,] { { 0.5, -1 }, { 2, 0.25 } }));
        var vector = new NamedTensor("y", [], Tensor.IntVector(1, 0, 2));

        // Then
        Assert.That(matrix.Rows(), Is.EqualTo(new[] { new[] { "0.5", "-1" }, new[] { "2", "0.25" } }));
        Assert.That(vector.Rows(), Is.EqualTo(new[] { new[] { "1", "0", "2" } }));
        Assert.That(new NamedTensor("b", [], Tensor.Scalar(-0.7)).IsScalar, Is.True);
    }
}
