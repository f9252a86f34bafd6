using System.Xml.Linq;

namespace Extractor.Readers.Docx;

/// <summary>WordprocessingML names, in both the transitional and the strict namespace, and what Word leaves unshown.</summary>
public static class Word
{
    private const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static bool IsWord(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Name.NamespaceName is Transitional or Strict;
    }

    public static bool Is(XElement element, string localName) => IsWord(element) && element.Name.LocalName == localName;

    /// <summary>The attribute of the element's own WordprocessingML namespace (w:val and the like).</summary>
    public static XName Attribute(XElement element, string localName)
    {
        ArgumentNullException.ThrowIfNull(element);
        return XName.Get(localName, IsWord(element) ? element.Name.NamespaceName : Transitional);
    }

    public static string? Value(XElement? element) => element?.Attribute(Attribute(element, "val"))?.Value;

    /// <summary>mc:Fallback repeats, for older readers, what its mc:Choice already holds.</summary>
    public static bool IsFallback(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Name.NamespaceName == MarkupCompatibility && element.Name.LocalName == "Fallback";
    }

    /// <summary>
    /// Whether a container's content is shown: not a deleted or moved-away revision, not a fallback copy, and not
    /// properties (which hold no text of the document).
    /// </summary>
    public static bool IsShown(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (IsFallback(element))
        {
            return false;
        }

        return !IsWord(element) || element.Name.LocalName is not ("del" or "moveFrom" or "instrText" or "delText" or "sdtPr" or "rPr" or "pPr" or "tblPr" or "trPr" or "tcPr" or "sectPr");
    }

    /// <summary>A run formatted as hidden (w:vanish), which Word does not print.</summary>
    public static bool IsHidden(XElement run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var vanish = run.Elements().FirstOrDefault(e => Is(e, "rPr"))?.Elements().FirstOrDefault(e => Is(e, "vanish"));
        return vanish is not null && Value(vanish) is null or "1" or "true" or "on";
    }

    /// <summary>A table's rows, also those wrapped in content controls or custom XML.</summary>
    public static IEnumerable<XElement> Rows(XElement table) => Children(table, "tr");

    /// <summary>A row's cells, also those wrapped in content controls or custom XML.</summary>
    public static IEnumerable<XElement> Cells(XElement row) => Children(row, "tc");

    private static IEnumerable<XElement> Children(XElement parent, string localName)
    {
        ArgumentNullException.ThrowIfNull(parent);
        foreach (var e in parent.Elements())
        {
            if (Is(e, localName))
            {
                yield return e;
            }
            else if (IsShown(e) && (Is(e, "sdt") || Is(e, "sdtContent") || Is(e, "customXml") || Is(e, "ins") || Is(e, "moveTo")))
            {
                foreach (var inner in Children(e, localName))
                {
                    yield return inner;
                }
            }
        }
    }
}
