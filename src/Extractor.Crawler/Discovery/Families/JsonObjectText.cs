namespace Extractor.Crawler.Discovery.Families;

/// <summary>The text of the first balanced JSON object after a position in a script (<c>window._CONFIG = {…};</c>).</summary>
internal static class JsonObjectText
{
    public static string? After(string text, int from)
    {
        var start = text.IndexOf('{', from);
        if (start < 0)
        {
            return null;
        }

        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return text[start..(i + 1)];
                    }

                    break;
            }
        }

        return null;
    }
}
