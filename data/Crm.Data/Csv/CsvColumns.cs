using System.Collections.Frozen;

namespace Crm.Data.Csv;

/// <summary>The fields a CSV column can fill, recognised by header in English or Chinese.</summary>
public enum CsvField { Company, Person, Name, Title, Email, Phone, City, Country, Industry, Tier, Status, Owner, Currency, Aliases, Tags }

/// <summary>Maps headers to fields: case, spaces, dashes and underscores are ignored.</summary>
public static class CsvColumns
{
    private static readonly FrozenDictionary<string, CsvField> Headers = new Dictionary<string, CsvField>
    {
        ["company"] = CsvField.Company, ["companyname"] = CsvField.Company, ["account"] = CsvField.Company,
        ["accountname"] = CsvField.Company, ["customer"] = CsvField.Company, ["customername"] = CsvField.Company,
        ["organization"] = CsvField.Company, ["organisation"] = CsvField.Company,
        ["公司"] = CsvField.Company, ["公司名称"] = CsvField.Company, ["客户"] = CsvField.Company,
        ["客户名称"] = CsvField.Company, ["单位"] = CsvField.Company, ["单位名称"] = CsvField.Company, ["企业名称"] = CsvField.Company,
        ["contact"] = CsvField.Person, ["contactname"] = CsvField.Person, ["fullname"] = CsvField.Person, ["person"] = CsvField.Person,
        ["联系人"] = CsvField.Person, ["姓名"] = CsvField.Person, ["联系人姓名"] = CsvField.Person,
        ["name"] = CsvField.Name, ["名称"] = CsvField.Name,
        ["title"] = CsvField.Title, ["jobtitle"] = CsvField.Title, ["position"] = CsvField.Title, ["role"] = CsvField.Title,
        ["职位"] = CsvField.Title, ["职务"] = CsvField.Title, ["头衔"] = CsvField.Title,
        ["email"] = CsvField.Email, ["emailaddress"] = CsvField.Email, ["mail"] = CsvField.Email,
        ["邮箱"] = CsvField.Email, ["电子邮件"] = CsvField.Email, ["电子邮箱"] = CsvField.Email, ["邮件"] = CsvField.Email,
        ["phone"] = CsvField.Phone, ["mobile"] = CsvField.Phone, ["telephone"] = CsvField.Phone, ["tel"] = CsvField.Phone,
        ["phonenumber"] = CsvField.Phone, ["手机"] = CsvField.Phone, ["电话"] = CsvField.Phone, ["手机号"] = CsvField.Phone,
        ["手机号码"] = CsvField.Phone, ["联系电话"] = CsvField.Phone,
        ["city"] = CsvField.City, ["城市"] = CsvField.City, ["country"] = CsvField.Country, ["国家"] = CsvField.Country,
        ["industry"] = CsvField.Industry, ["行业"] = CsvField.Industry, ["tier"] = CsvField.Tier, ["等级"] = CsvField.Tier,
        ["级别"] = CsvField.Tier, ["status"] = CsvField.Status, ["状态"] = CsvField.Status,
        ["owner"] = CsvField.Owner, ["accountowner"] = CsvField.Owner, ["负责人"] = CsvField.Owner, ["销售"] = CsvField.Owner,
        ["客户经理"] = CsvField.Owner, ["currency"] = CsvField.Currency, ["币种"] = CsvField.Currency, ["货币"] = CsvField.Currency,
        ["aliases"] = CsvField.Aliases, ["alias"] = CsvField.Aliases, ["别名"] = CsvField.Aliases, ["简称"] = CsvField.Aliases,
        ["tags"] = CsvField.Tags, ["标签"] = CsvField.Tags,
    }.ToFrozenDictionary();

    public static CsvField? Match(string header)
    {
        var key = new string([.. header.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_' or ':' or '：'))]).ToLowerInvariant();
        return Headers.TryGetValue(key, out var field) ? field : null;
    }
}
