
using Grader.Class;

namespace Grader.Core.Tests.Class;

public sealed class ShardTests
{
    [TestCase("1/1", 1, 1)]
    [TestCase("2/4", 2, 4)]
    [TestCase("4/4", 4, 4)]
    public void Parse_KOfN_ReadsBoth(string text, int index, int count)
    {
        // When
        var shard = Shard.Parse(text);

        // Then
        Assert.That(shard, Is.EqualTo(new Shard(index, count)));
    }

    [TestCase("5/4", "--shard 5/4: K must be between 1 and 4 (shards are numbered from 1), not 5")]
    [TestCase("0/4", "--shard 0/4: K must be between 1 and 4 (shards are numbered from 1), not 0")]
    [TestCase("1/0", "--shard 1/0: the number of shards must be at least 1")]
    [TestCase("2", "--shard 2: write K/N, e.g. --shard 2/4 for the second of four slices")]
    [TestCase("-1/4", "--shard -1/4: write K/N, e.g. --shard 2/4 for the second of four slices")]
    [TestCase("a/b", "--shard a/b: write K/N, e.g. --shard 2/4 for the second of four slices")]
    public void Parse_NotAShard_ThrowsWithTheReason(string text, string message)
    {
        // When / Then
        Assert.That(() => Shard.Parse(text), Throws.TypeOf<FormatException>().With.Message.EqualTo(message));
    }

    [Test]
    public void Select_FourShards_PartitionTheClassWhateverTheInputOrder()
    {
        // Given a class of 10 listed in two different orders
        var names = Enumerable.Range(1, 10).Select(i => $"/class/s{i:00}").ToList();
        var shuffled = names.OrderByDescending(n => n, StringComparer.Ordinal).ToList();

        // When each of four shards selects its slice
        var slices = Enumerable.Range(1, 4).Select(k => new Shard(k, 4).Select(names, Path.GetFileName!)).ToList();
        var again = Enumerable.Range(1, 4).Select(k => new Shard(k, 4).Select(shuffled, Path.GetFileName!)).ToList();

        // Then the slices are disjoint, cover the class, are balanced, and do not depend on the order given
        Assert.That(slices.SelectMany(s => s).Order(StringComparer.Ordinal), Is.EqualTo(names));
        Assert.That(slices.Select(s => s.Count), Is.EqualTo(new[] { 3, 3, 2, 2 }));
        Assert.That(again, Is.EqualTo(slices));
        Assert.That(slices[0], Is.EqualTo(new[] { "/class/s01", "/class/s05", "/class/s09" }));
    }
}
