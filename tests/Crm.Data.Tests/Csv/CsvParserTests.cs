using Crm.Data.Csv;

namespace Crm.Data.Tests.Csv;

public sealed class CsvParserTests
{
    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndNewlines_KeepsThemInOneField()
    {
        const string text = "\uFEFFName,Notes\r\n\"Smith, Jones & Co\",\"said \"\"hi\"\"\nthen left\"\r\n\r\nPlain,Row\n";

        var rows = CsvParser.Parse(text);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["Name", "Notes"], rows[0].Fields);
        Assert.Equal(["Smith, Jones & Co", "said \"hi\"\nthen left"], rows[1].Fields);
        Assert.Equal(5, rows[2].Line);
        Assert.Equal(["Plain", "Row"], rows[2].Fields);
    }

    [Theory]
    [InlineData("公司名称", CsvField.Company)]
    [InlineData("Company Name", CsvField.Company)]
    [InlineData("e-mail", CsvField.Email)]
    [InlineData("手机号码", CsvField.Phone)]
    [InlineData("Job_Title", CsvField.Title)]
    [InlineData("联系人", CsvField.Person)]
    public void Match_HeaderInEnglishOrChinese_FindsTheField(string header, CsvField field) =>
        Assert.Equal(field, CsvColumns.Match(header));
}
