namespace Extractor.Core.Text;

/// <summary>
/// Folds the traditional characters that occur in report labels to simplified ones, so mirror copies of reports
/// (quirk 21) match the same labels. Deliberately small: it covers the template's vocabulary, not the language.
/// </summary>
public static class TraditionalFold
{
    private const string Traditional =
        "條項規範檔開資訊決處罰許費業構會務請數結轉辦與複覆復議訴訟維糾審總計機關現對據權護內過執檢詢確認補為無當書給證達產眾線網絡閱覽廣電視報紙戶統籌體續運營預實際發號區縣鄉鎮級單負責組織學醫療衛養環聯將並從於歸類應說標準圍極專舉義稱稅導傳農險滿經濟財廳協獲簡問題進況廢徵祕託勢穩製強員圖館門長東車輛價錢萬億額採購擔個們這來時間動態頁響觀屬訪繳納獨討徑歲幾齊國須辭變戰歷聽麼樣齡鍵錄緊縮參屆劃週裡後嚴藥氣話該頻繫係衝陽陰雲龍閉隊階隨雖雙雜難離靈韓頭顧風飛馬驗髮鬥魚鳥鹽麥黃點黨齒龜";

    private const string Simplified =
        "条项规范档开资讯决处罚许费业构会务请数结转办与复复复议诉讼维纠审总计机关现对据权护内过执检询确认补为无当书给证达产众线网络阅览广电视报纸户统筹体续运营预实际发号区县乡镇级单负责组织学医疗卫养环联将并从于归类应说标准围极专举义称税导传农险满经济财厅协获简问题进况废征秘托势稳制强员图馆门长东车辆价钱万亿额采购担个们这来时间动态页响观属访缴纳独讨径岁几齐国须辞变战历听么样龄键录紧缩参届划周里后严药气话该频系系冲阳阴云龙闭队阶随虽双杂难离灵韩头顾风飞马验发斗鱼鸟盐麦黄点党齿龟";

    private static readonly Dictionary<char, char> Map = Enumerable.Range(0, Traditional.Length)
        .ToDictionary(i => Traditional[i], i => Simplified[i]);

    public static char Fold(char c) => Map.TryGetValue(c, out var s) ? s : c;
}
