using System.Text.Json;
using Grader.Running;
using Grader.Running.Protocol;
using Grader.Values;

namespace Grader.Core.Tests.Running.Protocol;

[TestFixture]
internal sealed class PackedArrayTests
{
    [Test]
    public void Encode_ThenRead_GivesTheSameValuesAndShape()
    {
        // Given values text would have to spell out
        var tensor = new Tensor([2, 3], [0.1, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon]);

        // When
        var read = PackedArray.Read(Parse(PackedArray.Encode(tensor).ToJsonString()));

        // Then every bit survives
        Assert.That(read.ShapeArray(), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(read.ToArray().Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(tensor.ToArray().Select(BitConverter.DoubleToInt64Bits)));
    }

    [Test]
    public void Encode_IntegerTensor_IsPackedAsInt64()
    {
        // Given
        var labels = Tensor.IntVector(1, 0, 3);

        // When
        var json = PackedArray.Encode(labels).ToJsonString();
        var read = PackedArray.Read(Parse(json));

        // Then
        Assert.That(json, Does.Contain("\"kind\":\"int\"").And.Contain("\"i8\":\"AQAAAAAAAAAAAAAAAAAAAAMAAAAAAAAA\""));
        Assert.That(read.IsInteger, Is.True);
        Assert.That(read.ToArray(), Is.EqualTo(new[] { 1.0, 0.0, 3.0 }));
    }

    [TestCase("""{"shape": [2, 2], "f8": "AAAAAAAA8D8="}""", "a packed array of shape (2, 2) does not match its 8 bytes", TestName = "Read_ShapeDoesNotMatchTheBytes_Refused")]
    [TestCase("""{"shape": [1], "f8": "not base64!"}""", "not base64", TestName = "Read_NotBase64_Refused")]
    [TestCase("""{"shape": [-1], "f8": ""}""", "a bad shape", TestName = "Read_NegativeDimension_Refused")]
    [TestCase("""{"f8": "AAAAAAAA8D8="}""", "without a shape", TestName = "Read_NoShape_Refused")]
    [TestCase("""{"shape": [65536, 65536, 65536, 65536], "f8": "AAAAAAAA8D8="}""", "a packed array of shape", TestName = "Read_ShapeOverflowingALong_Refused")]
    public void Read_Malformed_ThrowsFormatException(string json, string message)
    {
        // When
        var error = Assert.Throws<FormatException>(() => PackedArray.Read(Parse(json)));

        // Then
        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void Read_EmptyArray_HasItsShape()
    {
        // When
        var read = PackedArray.Read(Parse("""{"shape": [0, 3], "f8": ""}"""));

        // Then
        Assert.That(read.ShapeArray(), Is.EqualTo(new[] { 0, 3 }));
        Assert.That(read.Count, Is.Zero);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
