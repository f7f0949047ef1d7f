using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class HonorificsTests
{
    [Theory]
    [InlineData("刚跟王总通了电话", "王", "总")]
    [InlineData("李经理说没问题", "李", "经理")]
    [InlineData("让张工看一下日志", "张", "工")]
    [InlineData("陈老师明天有空", "陈", "老师")]
    [InlineData("给马校长回电话", "马", "校长")]
    [InlineData("郑主任那边同意了", "郑", "主任")]
    [InlineData("欧阳总也在", "欧阳", "总")]
    [InlineData("何店长反馈很慢", "何", "店长")]
    [InlineData("孙总监也来了", "孙", "总监")]
    [InlineData("钱博士的意见", "钱", "博士")]
    [InlineData("周女士下午到", "周", "女士")]
    [InlineData("拜访了傅主任", "傅", "主任")]
    [InlineData("洪经理回复了", "洪", "经理")]
    public void FindAll_SurnameAndTitle_IsFound(string text, string surname, string title)
    {
        var mention = Assert.Single(Honorifics.FindAll(text));

        Assert.Equal((surname, title), (mention.Surname, mention.Title));
        Assert.Equal(surname + title, text.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("团队商机按阶段汇总一下")]
    [InlineData("帮我报个工单")]
    [InlineData("每周总结发一下")]
    [InlineData("本周总共三次拜访")]
    [InlineData("施工进度怎么样")]
    [InlineData("向总部汇报")]
    [InlineData("员工培训")]
    public void FindAll_TitleCharacterInOtherWord_FindsNothing(string text)
    {
        Assert.Empty(Honorifics.FindAll(text));
    }

    [Fact]
    public void FindAll_TwoContacts_ReturnsBoth()
    {
        var all = Honorifics.FindAll("黄总和吴经理都在");

        Assert.Equal(["黄总", "吴经理"], all.Select(h => h.Surname + h.Title));
    }
}
