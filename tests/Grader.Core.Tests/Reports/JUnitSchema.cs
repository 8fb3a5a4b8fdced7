using System.Globalization;
using System.Xml.Linq;
using Grader.Values;

namespace Grader.Core.Tests.Reports;

/// <summary>
/// A strict structural check after the JUnit XSD (Ant's junit.xsd as Jenkins reads it): the element
/// tree, required attributes, numeric counts and times, and counts that add up.
/// </summary>
internal static class JUnitSchema
{
    public static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        var root = document.Root!;
        if (root.Name != "testsuites")
        {
            return [$"root element is <{root.Name}>, expected <testsuites>"];
        }

        CheckAttributes(root, ["name", "tests", "failures", "errors", "time"], required: ["tests", "failures", "errors"], errors);
        var suites = root.Elements().ToList();
        foreach (var other in suites.Where(e => e.Name != "testsuite"))
        {
            errors.Add($"<testsuites> may only hold <testsuite>, found <{other.Name}>");
        }

        foreach (var suite in suites.Where(e => e.Name == "testsuite"))
        {
            ValidateSuite(suite, errors);
        }

        foreach (var count in new[] { "tests", "failures", "errors" })
        {
            if (Int(root, count) != suites.Sum(s => Int(s, count)))
            {
                errors.Add($"<testsuites {count}> is not the sum over its suites");
            }
        }

        return errors;
    }

    private static void ValidateSuite(XElement suite, List<string> errors)
    {
        var name = (string?)suite.Attribute("name");
        CheckAttributes(suite, ["name", "tests", "failures", "errors", "skipped", "time", "timestamp", "hostname", "id", "package"],
            required: ["name", "tests", "failures", "errors", "time"], errors);
        var order = new[] { "properties", "testcase", "system-out", "system-err" };
        var last = 0;
        foreach (var child in suite.Elements())
        {
            var position = Array.IndexOf(order, child.Name.LocalName);
            if (position < 0)
            {
                errors.Add($"<testsuite {name}> holds an unknown <{child.Name}>");
            }
            else if (position < last)
            {
                errors.Add($"<testsuite {name}>: <{child.Name}> out of order");
            }

            last = Math.Max(last, position);
        }

        foreach (var property in suite.Elements("properties").Elements())
        {
            if (property.Name != "property")
            {
                errors.Add($"<properties> holds <{property.Name}>");
            }

            CheckAttributes(property, ["name", "value"], required: ["name", "value"], errors);
        }

        var cases = suite.Elements("testcase").ToList();
        foreach (var @case in cases)
        {
            CheckAttributes(@case, ["name", "classname", "time"], required: ["name", "classname", "time"], errors);
            var outcomes = @case.Elements().Where(e => e.Name.LocalName is "failure" or "error" or "skipped").ToList();
            if (outcomes.Count > 1)
            {
                errors.Add($"<testcase {(string?)@case.Attribute("name")}> has more than one of failure/error/skipped");
            }

            foreach (var outcome in outcomes.Where(o => o.Name != "skipped"))
            {
                CheckAttributes(outcome, ["message", "type"], required: ["type"], errors);
            }

            foreach (var child in @case.Elements().Where(e => e.Name.LocalName is not ("failure" or "error" or "skipped" or "system-out" or "system-err")))
            {
                errors.Add($"<testcase> holds an unknown <{child.Name}>");
            }
        }

        if (Int(suite, "tests") != cases.Count
            || Int(suite, "failures") != cases.Count(c => c.Element("failure") is not null)
            || Int(suite, "errors") != cases.Count(c => c.Element("error") is not null))
        {
            errors.Add($"<testsuite {name}>: counts do not match its test cases");
        }
    }

    private static void CheckAttributes(XElement element, string[] known, string[] required, List<string> errors)
    {
        foreach (var attribute in element.Attributes().Where(a => !known.Contains(a.Name.LocalName)))
        {
            errors.Add($"<{element.Name}> has an unknown attribute {attribute.Name}");
        }

        foreach (var name in required.Where(r => element.Attribute(r) is null))
        {
            errors.Add($"<{element.Name}> lacks the required attribute {name}");
        }

        foreach (var name in new[] { "tests", "failures", "errors", "skipped" })
        {
            if (element.Attribute(name) is { } a && !int.TryParse(a.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                errors.Add($"<{element.Name} {name}=\"{a.Value}\"> is not a count");
            }
        }

        if (element.Attribute("time") is { } time
            && !decimal.TryParse(time.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            errors.Add($"<{element.Name} time=\"{time.Value}\"> is not a number of seconds");
        }
    }

    private static int Int(XElement element, string name) =>
        int.TryParse((string?)element.Attribute(name), CultureInfo.InvariantCulture, out var n) ? n : 0;
}
