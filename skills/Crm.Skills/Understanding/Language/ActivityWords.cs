using Crm.Data.Activities;

namespace Crm.Skills.Understanding.Language;

/// <summary>Verbs and nouns for each kind of activity, in English and Chinese.</summary>
internal static class ActivityWords
{
    public static readonly Lexicon<ActivityType> Lexicon = new(
        ("call", ActivityType.Call), ("called", ActivityType.Call), ("calls", ActivityType.Call), ("calling", ActivityType.Call),
        ("phone call", ActivityType.Call), ("phoned", ActivityType.Call), ("rang", ActivityType.Call), ("rung", ActivityType.Call),
        ("on the phone", ActivityType.Call), ("spoke with on the phone", ActivityType.Call), ("dialed", ActivityType.Call), ("dialled", ActivityType.Call), ("video call", ActivityType.Call),
        ("微信语音", ActivityType.Call), ("语音通话", ActivityType.Call), ("视频通话", ActivityType.Call), ("off the phone", ActivityType.Call), ("got off the phone", ActivityType.Call),
        ("通了电话", ActivityType.Call), ("通了个电话", ActivityType.Call), ("打了电话", ActivityType.Call), ("打了个电话", ActivityType.Call), ("电话沟通", ActivityType.Call),
        ("打电话", ActivityType.Call), ("电话", ActivityType.Call), ("来电", ActivityType.Call), ("回了电话", ActivityType.Call), ("通话", ActivityType.Call),
        ("meeting", ActivityType.Meeting), ("meetings", ActivityType.Meeting), ("met", ActivityType.Meeting), ("meet", ActivityType.Meeting),
        ("sat down with", ActivityType.Meeting), ("sync", ActivityType.Meeting), ("synced", ActivityType.Meeting), ("teams meeting", ActivityType.Meeting), ("zoom", ActivityType.Meeting), ("zoom call", ActivityType.Meeting),
        ("开会", ActivityType.Meeting), ("见面", ActivityType.Meeting), ("会议", ActivityType.Meeting), ("碰了一下", ActivityType.Meeting), ("开了个会", ActivityType.Meeting),
        ("开完会", ActivityType.Meeting), ("当面聊", ActivityType.Meeting), ("当面谈", ActivityType.Meeting), ("当面沟通", ActivityType.Meeting), ("当面把", ActivityType.Meeting), ("当面签", ActivityType.Meeting), ("面谈", ActivityType.Meeting), ("碰头", ActivityType.Meeting), ("的会", ActivityType.Meeting),
        ("视频会", ActivityType.Meeting), ("视频会议", ActivityType.Meeting), ("线上会", ActivityType.Meeting), ("线上会议", ActivityType.Meeting), ("交流会", ActivityType.Meeting),
        ("复盘会", ActivityType.Meeting), ("例会", ActivityType.Meeting), ("周会", ActivityType.Meeting), ("启动会", ActivityType.Meeting), ("评审会", ActivityType.Meeting),
        ("沟通会", ActivityType.Meeting), ("汇报会", ActivityType.Meeting), ("研讨会", ActivityType.Meeting), ("对接会", ActivityType.Meeting), ("碰头会", ActivityType.Meeting),
        // A meal or a coffee with a customer is a meeting.
        ("lunch", ActivityType.Meeting), ("dinner", ActivityType.Meeting), ("breakfast", ActivityType.Meeting), ("coffee with", ActivityType.Meeting),
        ("drinks with", ActivityType.Meeting), ("over coffee", ActivityType.Meeting), ("over lunch", ActivityType.Meeting), ("over dinner", ActivityType.Meeting),
        ("吃饭", ActivityType.Meeting), ("吃了饭", ActivityType.Meeting), ("吃了个饭", ActivityType.Meeting), ("吃了顿饭", ActivityType.Meeting),
        ("吃了一顿饭", ActivityType.Meeting), ("饭局", ActivityType.Meeting), ("午饭", ActivityType.Meeting), ("晚饭", ActivityType.Meeting),
        ("午餐", ActivityType.Meeting), ("晚餐", ActivityType.Meeting), ("宵夜", ActivityType.Meeting), ("夜宵", ActivityType.Meeting), ("喝咖啡", ActivityType.Meeting), ("喝了杯咖啡", ActivityType.Meeting),
        ("visit", ActivityType.Visit), ("visited", ActivityType.Visit), ("visiting", ActivityType.Visit), ("went to see", ActivityType.Visit),
        ("onsite", ActivityType.Visit), ("on-site", ActivityType.Visit), ("on site", ActivityType.Visit), ("site visit", ActivityType.Visit), ("stopped by", ActivityType.Visit), ("dropped by", ActivityType.Visit),
        ("just left", ActivityType.Visit), ("walked out of", ActivityType.Visit), ("just got back from", ActivityType.Visit), ("on my way back from", ActivityType.Visit),
        ("拜访", ActivityType.Visit), ("上门", ActivityType.Visit), ("去了", ActivityType.Visit), ("去了趟", ActivityType.Visit), ("去了一趟", ActivityType.Visit), ("待了", ActivityType.Visit), ("刚从", ActivityType.Visit), ("登门", ActivityType.Visit),
        // "I was at their office in person", "是我去门店当面聊的": being at the customer's place is a visit, however the talk went.
        ("at their office", ActivityType.Visit), ("at their offices", ActivityType.Visit), ("at their site", ActivityType.Visit), ("at their store", ActivityType.Visit),
        ("at their shop", ActivityType.Visit), ("at their warehouse", ActivityType.Visit), ("at their plant", ActivityType.Visit), ("at their factory", ActivityType.Visit),
        ("at their place", ActivityType.Visit), ("at their hq", ActivityType.Visit), ("at their headquarters", ActivityType.Visit),
        ("去门店", ActivityType.Visit), ("去店里", ActivityType.Visit), ("到门店", ActivityType.Visit), ("到店里", ActivityType.Visit), ("去他们公司", ActivityType.Visit),
        ("去他们那", ActivityType.Visit), ("去客户那", ActivityType.Visit), ("去他们办公室", ActivityType.Visit), ("去工厂", ActivityType.Visit), ("去厂里", ActivityType.Visit),
        ("跑了一趟", ActivityType.Visit), ("跑了趟", ActivityType.Visit), ("跑一趟", ActivityType.Visit), ("去现场", ActivityType.Visit),
        ("转了一圈", ActivityType.Visit), ("转了转", ActivityType.Visit), ("逛了一圈", ActivityType.Visit),
        ("email", ActivityType.Email), ("emailed", ActivityType.Email), ("e-mail", ActivityType.Email), ("e-mailed", ActivityType.Email),
        ("sent an email", ActivityType.Email), ("mailed", ActivityType.Email), ("emails", ActivityType.Email),
        ("发邮件", ActivityType.Email), ("发了封邮件", ActivityType.Email), ("发了邮件", ActivityType.Email), ("邮件", ActivityType.Email),
        ("note", ActivityType.Note), ("notes", ActivityType.Note), ("add a note", ActivityType.Note),
        ("添加备注", ActivityType.Note), ("备注", ActivityType.Note), ("记一下", ActivityType.Note), ("记个笔记", ActivityType.Note),
        ("电话号码", null), ("电话号", null), ("call it", null), ("邮箱", null), ("email address", null), ("会议室", null), ("会员", null), ("过去了", null), ("出去了", null), ("回去了", null), ("进去了", null), ("上去了", null), ("下去了", null), ("去了解", null), ("的会员", null), ("的会计", null),
        ("meet the deadline", null), ("meet the requirements", null), ("so-called", null), ("note that", null), ("please note", null));
}
