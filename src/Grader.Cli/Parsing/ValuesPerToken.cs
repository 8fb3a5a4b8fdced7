using System.Reflection;
using Spectre.Console.Cli;

namespace Grader.Cli.Parsing;

/// <summary>
/// A repeatable option takes every value up to the next option (<c>--format json md</c>), as the
/// command line always has; Spectre.Console.Cli takes one value per option name, so the tokens are
/// rewritten (<c>--format json --format md</c>) before it parses them.
/// </summary>
internal static class ValuesPerToken
{
    /// <param name="settings">The settings type of the verb in <paramref name="args"/>[0].</param>
    public static string[] Expand(IReadOnlyList<string> args, Type settings)
    {
        var repeatable = settings.GetProperties()
            .Where(p => p.PropertyType.IsArray)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n)))
            .ToHashSet(StringComparer.Ordinal);
        var expanded = new List<string>(args.Count);
        string? current = null;
        var index = 0;
        for (; index < args.Count && args[index] != "--"; index++)
        {
            var arg = args[index];
            if (arg.StartsWith('-'))
            {
                var name = arg.Split('=', ':')[0];
                current = repeatable.Contains(name) ? name : null;
            }
            else if (current is not null && expanded[^1] != current)
            {
                // A value right after the option's name is its own; each later one gets the name again.
                expanded.Add(current);
            }

            expanded.Add(arg);
        }

        expanded.AddRange(args.Skip(index));
        return [.. expanded];
    }
}
