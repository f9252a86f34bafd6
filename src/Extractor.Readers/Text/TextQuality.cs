namespace Extractor.Readers.Text;

/// <summary>How much of a decoded text is control characters or replacement/private-use characters.</summary>
public readonly record struct TextQuality(double ControlRatio, double GarbageRatio)
{
    public bool LooksBinary => ControlRatio > 0.02;

    public bool LooksGarbled => GarbageRatio > 0.05;

    public static TextQuality Measure(string text)
    {
        if (text.Length == 0)
        {
            return new(0, 0);
        }

        // A bounded sample keeps this linear-time cheap on huge inputs; corruption is rarely local.
        var sample = text.Length > 200_000 ? text[..200_000] : text;
        int control = 0, garbage = 0;
        foreach (var c in sample)
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

        return new((double)control / sample.Length, (double)garbage / sample.Length);
    }
}
