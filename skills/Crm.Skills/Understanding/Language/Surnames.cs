namespace Crm.Skills.Understanding.Language;

/// <summary>Common Chinese surnames (single and compound), enough to tell 王总 from 汇总.</summary>
internal static class Surnames
{
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝傅洪";

    private static readonly string[] Compound = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "司徒", "长孙", "宇文", "端木"];

    /// <summary>The length of the surname ending right before <paramref name="titleStart"/>, or 0.</summary>
    public static int LengthBefore(string text, int titleStart)
    {
        if (titleStart >= 2)
        {
            foreach (var c in Compound)
            {
                if (string.CompareOrdinal(text, titleStart - 2, c, 0, 2) == 0)
                {
                    return 2;
                }
            }
        }

        return titleStart >= 1 && Single.Contains(text[titleStart - 1], StringComparison.Ordinal) ? 1 : 0;
    }
}
