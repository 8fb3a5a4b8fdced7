using System.Security.Cryptography;
using System.Text;
using Grader.Class;

namespace Grader.Cli.Handouts;

/// <summary>
/// The file each student's handout is written to by <c>--all --out</c>: the id made safe for a file
/// name (<see cref="OutputFolders.SafeName"/>: letters, digits, <c>- _ .</c>, never hidden), and
/// distinct from every other student's even where the disk ignores case. Ids that become the same
/// name (<c>a/b</c>, <c>a:b</c>, <c>A_B</c>) are told apart: the one written as it is (else the first,
/// ordinal) keeps the name, the others get <c>-</c> and 8 hex digits of the SHA-256 of their id,
/// which does not depend on the rest of the roster.
/// </summary>
internal static class HandoutFiles
{
    /// <summary>Each id's file name, without the extension.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> ids)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var taken = new HashSet<string>(distinct.Select(OutputFolders.SafeName), StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in distinct.GroupBy(OutputFolders.SafeName, StringComparer.OrdinalIgnoreCase))
        {
            var ordered = group
                .OrderBy(id => id == OutputFolders.SafeName(id) ? 0 : 1)
                .ThenBy(id => id, StringComparer.Ordinal)
                .ToList();
            names[ordered[0]] = OutputFolders.SafeName(ordered[0]);
            foreach (var other in ordered.Skip(1))
            {
                var name = OutputFolders.SafeName(other) + "-" + ShortHash(other);
                for (var n = 2; !taken.Add(name); n++)
                {
                    // Only an id chosen to collide with a hashed name gets here.
                    name = OutputFolders.SafeName(other) + "-" + ShortHash(other) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                names[other] = name;
            }
        }

        return names;
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
