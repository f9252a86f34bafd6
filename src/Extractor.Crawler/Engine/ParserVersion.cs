using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Reports;
using Extractor.Readers;

namespace Extractor.Crawler.Engine;

/// <summary>
/// Which parser read a document. The build's module ids of the core and the readers (and the versions of what they
/// reference) change exactly when the parsing code does, so a parser fix makes the next run read kept documents
/// again, and nothing else does.
/// </summary>
public static class ParserVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var assemblies = new[] { typeof(ReportResult).Assembly, typeof(DocumentProcessor).Assembly };
        var text = new StringBuilder();
        foreach (var assembly in assemblies)
        {
            text.Append(assembly.ManifestModule.ModuleVersionId).Append(';');
            foreach (var reference in assembly.GetReferencedAssemblies().OrderBy(r => r.Name, StringComparer.Ordinal))
            {
                text.Append(reference.FullName).Append(';');
            }
        }

        var version = typeof(DocumentProcessor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
        return $"{(plus < 0 ? version : version[..plus])}+{hash}";
    }
}
