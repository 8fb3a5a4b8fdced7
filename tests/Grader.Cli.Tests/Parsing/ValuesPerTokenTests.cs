using Grader.Cli.Commands;
using Grader.Cli.Parsing;

namespace Grader.Cli.Tests.Parsing;

internal sealed class ValuesPerTokenTests
{
    [TestCase("grade a --format json md", "grade a --format json --format md")]
    [TestCase("grade a -f json md --out o b", "grade a -f json -f md --out o b")]
    [TestCase("grade a --format=json md", "grade a --format=json --format md")]
    [TestCase("grade a --problem bce toy --timeout 1s", "grade a --problem bce --problem toy --timeout 1s")]
    [TestCase("grade a --out o b c", "grade a --out o b c")]
    [TestCase("grade --format json -- md", "grade --format json -- md")]
    public void Expand_RepeatableOptionWithSeveralValues_NamesEachValue(string given, string expected)
    {
        var expanded = ValuesPerToken.Expand(given.Split(' '), typeof(GradeCommand.Settings));

        Assert.That(string.Join(' ', expanded), Is.EqualTo(expected));
    }
}
