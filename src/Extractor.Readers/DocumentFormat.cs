namespace Extractor.Readers;

/// <summary>The kinds of document the pipeline tells apart by their bytes.</summary>
public enum DocumentFormat
{
    Text,
    Html,
    Pdf,
    OfficeZip,
    OfficeLegacy,
}

