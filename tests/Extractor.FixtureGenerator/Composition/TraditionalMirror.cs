using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>
/// Turns a report into the kind of traditional-character mirror that portals for overseas readers publish (quirk 21):
/// characters converted one by one, half-width brackets, pinyin glosses glued into some words, and the mirror's
/// known mistranslation 规范性文件 → 規範性檔案. The table is the generator's own, independent of the parser's fold.
/// </summary>
public static partial class TraditionalMirror
{
    private const string Simplified =
        "万与专业东严个丰临为举义习乡书于云产们众优会体关兴养内册决况准减创办务动区医华协单卫厅历压县发台号后员围国图场坚处备复够头学宁实审对导将属岭广应废开强归当录彻态总户执扫护报拟挥据数无时机权条来构标栏样档没浏点热环现电疗监码确碍秘称税稳筹签简类纠级纳线组织经结绕绝统继续维编缴网罚联节范药获补规视览计认训议记许讼设访识诉询说请读调财责质贯费资转载较输过运还这进远针镇长门闭问间阅页项预领频题额验买卖么测馈际层传贴岁营亿钱价车辆购采";

    private const string Traditional =
        "萬與專業東嚴個豐臨為舉義習鄉書於雲產們眾優會體關興養內冊決況準減創辦務動區醫華協單衛廳歷壓縣發臺號後員圍國圖場堅處備復夠頭學寧實審對導將屬嶺廣應廢開強歸當錄徹態總戶執掃護報擬揮據數無時機權條來構標欄樣檔沒瀏點熱環現電療監碼確礙祕稱稅穩籌簽簡類糾級納線組織經結繞絕統繼續維編繳網罰聯節範藥獲補規視覽計認訓議記許訟設訪識訴詢說請讀調財責質貫費資轉載較輸過運還這進遠針鎮長門閉問間閱頁項預領頻題額驗買賣麼測饋際層傳貼歲營億錢價車輛購採";

    private static readonly Dictionary<char, char> Map = Enumerable.Range(0, Simplified.Length)
        .ToDictionary(i => Simplified[i], i => Traditional[i]);

    public static string Convert(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Map.TryGetValue(c, out var t) ? t : c);
        }

        var mirrored = ArticleItem().Replace(sb.ToString(), "第二十條第($1)項(xiàng)");
        return mirrored
            .Replace("規範性文件", "規範性檔案", StringComparison.Ordinal)
            .Replace("予以公開", "予(yǔ)以公開", StringComparison.Ordinal)
            .Replace("勾稽", "勾稽(jī)", StringComparison.Ordinal);
    }

    [GeneratedRegex("第二十條第（(.)）項")]
    private static partial Regex ArticleItem();
}
