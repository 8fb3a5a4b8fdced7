using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Parsing;

/// <summary>An option that takes one of a fixed set of words (each of them, for a repeatable option).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OneOfAttribute(params string[] allowed) : ParameterValidationAttribute(errorMessage: null!)
{
    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override ValidationResult Validate(CommandParameterContext context) => Check(context.Value, Allowed);

    /// <summary>Whether <paramref name="value"/> (a word, or the words of a repeatable option) is among <paramref name="allowed"/>.</summary>
    internal static ValidationResult Check(object? value, IReadOnlyList<string> allowed)
    {
        IEnumerable<string> values = value switch
        {
            string one => [one],
            IEnumerable<string> many => many,
            _ => [],
        };
        return values.FirstOrDefault(v => !allowed.Contains(v, StringComparer.Ordinal)) is { } bad
            ? ValidationResult.Error(CliMessages.NotOneOf(bad, allowed))
            : ValidationResult.Success();
    }
}
