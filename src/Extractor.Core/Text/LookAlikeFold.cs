using System.Text;

namespace Extractor.Core.Text;

/// <summary>
/// Browser-printed PDFs come back with Kangxi radicals (U+2F00-U+2FDF), CJK radicals supplement (U+2E80-U+2EFF)
/// and compatibility ideographs (U+F900-U+FAFF) instead of ordinary ideographs. NFKC repairs the first and last
/// blocks but would also fold full-width punctuation if applied to the whole string, so this folds per character,
/// only inside those blocks.
/// </summary>
public static class LookAlikeFold
{
    // NFKC leaves the supplement alone; these are the look-alikes seen in report text.
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['⺠'] = '民',
        ['⻓'] = '长',
        ['⻢'] = '马',
        ['⻅'] = '见',
        ['⻔'] = '门',
        ['⻛'] = '风',
        ['⻜'] = '飞',
        ['⻝'] = '食',
        ['⻉'] = '贝',
        ['⻋'] = '车',
        ['⻌'] = '辶',
        ['⻘'] = '青',
        ['⻙'] = '韦',
        ['⻚'] = '页',
        ['⻥'] = '鱼',
        ['⻦'] = '鸟',
        ['⻨'] = '麦',
        ['⻩'] = '黄',
        ['⻬'] = '齐',
        ['⻮'] = '齿',
        ['⻰'] = '龙',
        ['⻳'] = '龟',
        ['⺟'] = '母',
        ['⺬'] = '示',
        ['⺮'] = '竹',
        ['⺶'] = '羊',
        ['⺷'] = '羊',
        ['⻄'] = '西',
        ['⻆'] = '角',
        ['⻈'] = '讠',
        ['⻊'] = '足',
        ['⻍'] = '辶',
        ['⻏'] = '阝',
        ['⻑'] = '長',
        ['⻖'] = '阝',
        ['⺁'] = '厂',
        ['⺇'] = '几',
        ['⺊'] = '卜',
        ['⺍'] = '小',
        ['⺌'] = '小',
        ['⺕'] = '彐',
        ['⺛'] = '尢',
        ['⺝'] = '月',
        ['⺪'] = '疋',
        ['⺫'] = '目',
        ['⺲'] = '网',
        ['⺻'] = '聿',
        ['⺼'] = '肉',
        ['⻁'] = '虎',
        ['⻂'] = '衣',
        ['⻃'] = '覀',
        ['⻇'] = '角',
        ['⻎'] = '邑',
        ['⻐'] = '金',
        ['⻒'] = '镸',
    };

    public static char Fold(char c)
    {
        if (c == '\u2f3e')
        {
            // NFKC gives the traditional 戶 (U+6236); simplified-Chinese fonts draw 户 (U+6237) with this radical.
            return '户';
        }

        if (c is >= '\u2f00' and <= '\u2fdf' or >= '\uf900' and <= '\ufaff')
        {
            var n = c.ToString().Normalize(NormalizationForm.FormKC);
            return n.Length == 1 ? n[0] : c;
        }

        return c is >= '\u2e80' and <= '\u2eff' && Supplement.TryGetValue(c, out var s) ? s : c;
    }

    /// <summary>Folds look-alikes in a whole string, leaving every other character as it is.</summary>
    public static string Fold(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c is >= '\u2e80' and <= '\u2fdf' or >= '\uf900' and <= '\ufaff')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Fold(chars[i]);
        }

        return new string(chars);
    }
}
