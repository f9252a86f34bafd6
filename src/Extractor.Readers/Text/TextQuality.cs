namespace Extractor.Readers.Text;

/// <summary>How much of a decoded text is control characters or replacement/private-use characters.</summary>
public readonly record struct TextQuality(double ControlRatio, double GarbageRatio)
{
    public bool LooksBinary => ControlRatio > 0.02;

    public bool LooksGarbled => GarbageRatio > 0.05;

    public static TextQuality Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new(0, 0);
        }

        // A bounded sample keeps this linear-time cheap on huge inputs; corruption is rarely local.
        var span = text.AsSpan(0, Math.Min(text.Length, 200_000));

        // Clean text, the usual case, is told by vectorised range searches (a set search is slow on CJK text); only
        // text with a suspect character is counted. \t \n \f \r (9, 10, 12, 13) are layout, not control.
        if (!span.ContainsAnyInRange('\u0000', '\u0008') && !span.Contains('\u000b') && !span.ContainsAnyInRange('\u000e', '\u001f')
            && !span.ContainsAnyInRange('\u007f', '\u009f') && !span.Contains('\ufffd') && !span.ContainsAnyInRange('\ue000', '\uf8ff'))
        {
            return new(0, 0);
        }

        int control = 0, garbage = 0;
        foreach (var c in span)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
            else if (c == '\ufffd' || c is >= '\ue000' and <= '\uf8ff')
            {
                garbage++;
            }
        }

        return new((double)control / span.Length, (double)garbage / span.Length);
    }
}
