using System.Globalization;
using System.Reflection;
using Spectre.Console.Cli;

namespace Grader.Cli.Parsing;

/// <summary>The values of the options marked <see cref="ChangesGradesAttribute"/>, as one text for the class run's specs hash.</summary>
internal static class GradingKey
{
    public static string Of(CommandSettings settings) => string.Join(
        "\n",
        Options(settings.GetType()).Select(p => $"{Name(p)}={Text(p.GetValue(settings))}"));

    /// <summary>The properties that carry <see cref="ChangesGradesAttribute"/>, by option name (the native build has no metadata tokens to keep declaration order by).</summary>
    public static IEnumerable<PropertyInfo> Options(Type settings) =>
        settings.GetProperties().Where(p => p.IsDefined(typeof(ChangesGradesAttribute))).OrderBy(Name, StringComparer.Ordinal);

    private static string Name(PropertyInfo property) =>
        property.GetCustomAttribute<CommandOptionAttribute>()?.LongNames.FirstOrDefault() ?? property.Name;

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable<string> values => string.Join(",", values),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
