#include "ImportMapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace tandem::importing {

namespace {

// What people call a field in their spreadsheets, besides its name and English label.
struct Synonyms
{
    const char* entity; // nullptr: any entity
    const char* field;
    const char* words; // '|'-separated, compared without case and spaces
};
const Synonyms synonyms[] = {
    { "account", "name",
        "客户名称|客户|名称|公司|公司名称|单位|单位名称|企业名称|company|companyname|account|accountname|"
        "customer|"
        "customername|organisation|organization" },
    { "account", "phone", "电话|联系电话|手机|手机号|手机号码|座机|tel|telephone|mobile|phonenumber" },
    { "account", "category", "类别|客户类别|行业类别|渠道|category|type" },
    { "account", "segment", "客户类型|客户分类|分类|忠诚度|segment|loyalty" },
    { "account", "owner_id",
        "负责人|销售代表|业务员|客户经理|销售|跟进人|owner|salesrep|salesperson|accountmanager" },
    { "account", "kind", "客户性质|性质|kind" },
    { "account", "region", "地区|省份|省|区域|province|state|region" },
    { "contact", "name", "联系人|姓名|联系人姓名|contact|contactname|fullname" },
    { "account", "contact:name", "联系人|联系人姓名|contact|contactname|contactperson" },
    { "account", "contact:title", "职务|职位|联系人职务|联系人职位|jobtitle|position|contacttitle" },
    { "account", "contact:mobile", "联系人手机|联系人手机号|contactmobile" },
    { "contact", "account_id", "客户名称|客户|公司|公司名称|单位|company|account|organization|organisation" },
    { "contact", "title", "职务|职位|头衔|jobtitle|position|title" },
    { "contact", "mobile", "手机|手机号|手机号码|mobile|cell|cellphone" },
    { "contact", "phone", "电话|座机|办公电话|tel|telephone|workphone" },
    { "staff", "name", "姓名|员工|员工姓名|同事|name|employee" },
    { "staff", "title", "职务|职位|jobtitle|position" },
    { "staff", "department_id", "部门|所属部门|department|dept" },
    { "staff", "manager_id", "上级|直属上级|经理|主管|manager|reportsto" },
    { "staff", "rank_level", "职级|层级|级别|rank|level" },
    { "staff", "joined_on", "入职日期|入职时间|joined|startdate" },
    { "staff", "left_on", "离职日期|离职时间|left|enddate" },
    { "department", "name", "部门|部门名称|department|departmentname" },
    { "department", "parent_id", "上级部门|所属部门|parent|parentdepartment" },
    { nullptr, "email", "邮箱|电子邮件|电子邮箱|邮件|email|e-mail|mail|emailaddress" },
    { nullptr, "address", "地址|联系地址|通讯地址|详细地址|address|street" },
    { nullptr, "city", "城市|所在城市|市|city|town" },
    { nullptr, "website", "网站|网址|主页|website|web|url|homepage" },
    { nullptr, "source", "来源|客户来源|source|leadsource" },
    { nullptr, "competitors", "竞争对手|竞品|competitors|competitor" },
    { nullptr, "notes", "备注|说明|附注|notes|note|remarks|comments" },
    { nullptr, "description", "描述|说明|description" },
    { nullptr, "status", "状态|在职状态|status" },
};

// Stored values as people type them in Chinese.
struct ChoiceWords
{
    const char* field;
    const char* value;
    const char* words;
};
const ChoiceWords choiceWords[] = {
    { "segment", "loyal", "忠诚|忠诚顾客|忠诚客户" },
    { "segment", "floating", "游离|游离顾客|游离客户" },
    { "segment", "potential", "潜在|潜在顾客|潜在客户" },
    { "category", "consumer", "消费者" },
    { "category", "client", "委托人" },
    { "category", "retailer", "零售商" },
    { "category", "distributor", "经销商|分销商|代理商" },
    { "category", "end_user", "最终使用者|最终用户|终端用户|enduser" },
    { "category", "other", "其他|其它" },
    { "kind", "organization", "企业|公司|机构|组织|单位|organisation|company" },
    { "kind", "person", "个人|individual" },
    { "status", "active", "在职" },
    { "status", "departed", "离职|已离职" },
    { "rank_level", "1", "高层|高层管理|高层管理者|topmanagement" },
    { "rank_level", "2", "中层|中层管理|中层管理者|middlemanagement" },
    { "rank_level", "3", "基层|一线|一线员工|frontline" },
    { "priority", "low", "低" },
    { "priority", "normal", "普通|一般|中" },
    { "priority", "high", "高" },
    { "priority", "urgent", "紧急" },
};

// Lower case, without spaces, underscores, hyphens, asterisks and trailing colons: "E-mail *" is "email".
QString key(const QString& text)
{
    QString folded;
    for (const QChar c : text.toCaseFolded()) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('*')
            && c != QLatin1Char(':') && c != QChar(0xFF1A) && c != QChar(0x3000)) {
            folded += c;
        }
    }
    return folded;
}

bool among(const QString& folded, const char* words)
{
    for (const QString& word : QString::fromUtf8(words).split(QLatin1Char('|'))) {
        if (key(word) == folded) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<ExtraField> extraFields(const Entity& entity)
{
    if (entity.name != QLatin1String("account")) {
        return {};
    }
    return { { QStringLiteral("contact:name"),
                 QCoreApplication::translate("tandem::ImportMapping", "Contact person") },
        { QStringLiteral("contact:title"),
            QCoreApplication::translate("tandem::ImportMapping", "Contact's job title") },
        { QStringLiteral("contact:mobile"),
            QCoreApplication::translate("tandem::ImportMapping", "Contact's mobile") } };
}

QString contactField(const QString& extraField)
{
    return extraField.startsWith(QLatin1String("contact:")) ? extraField.mid(8) : QString();
}

QString fieldFor(const Entity& entity, const QString& header)
{
    const QString folded = key(header);
    if (folded.isEmpty()) {
        return {};
    }
    for (const Field& field : entity.fields) {
        // The field's own name, with or without its _id, and its English and shown labels.
        QString bare = field.name;
        bare.remove(QStringLiteral("_id"));
        if (folded == key(field.name) || folded == key(bare) || folded == key(QString::fromUtf8(field.label))
            || folded == key(labels::field(field))) {
            return field.name;
        }
    }
    for (const Synonyms& synonym : synonyms) {
        if (synonym.entity && entity.name != QLatin1String(synonym.entity)) {
            continue;
        }
        const QString field = QString::fromLatin1(synonym.field);
        const bool extra = !contactField(field).isEmpty() && !extraFields(entity).isEmpty();
        if ((entity.field(field) || extra) && among(folded, synonym.words)) {
            return QString::fromLatin1(synonym.field);
        }
    }
    return {};
}

QHash<int, QString> mapHeader(const Entity& entity, const QStringList& header)
{
    QHash<int, QString> mapping;
    QStringList taken;
    for (int column = 0; column < header.size(); ++column) {
        const QString field = fieldFor(entity, header.at(column));
        // The first column that names a field has it; a second one is left for the user to map.
        if (!field.isEmpty() && !taken.contains(field)) {
            mapping.insert(column, field);
            taken << field;
        }
    }
    return mapping;
}

QString choiceValue(const QString& field, const QString& typed)
{
    const QString folded = key(typed);
    if (folded.isEmpty()) {
        return typed.trimmed();
    }
    for (const Entity& entity : entities::all()) {
        const Field* candidate = entity.field(field);
        if (!candidate) {
            continue;
        }
        for (const QString& value : candidate->choices) {
            if (folded == key(value) || folded == key(labels::choice(field, value))) {
                return value;
            }
        }
    }
    for (const ChoiceWords& words : choiceWords) {
        if (field == QLatin1String(words.field) && among(folded, words.words)) {
            return QString::fromLatin1(words.value);
        }
    }
    return typed.trimmed();
}

QString dateValue(const QString& typed)
{
    const QString text = typed.trimmed();
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    QDate date;
    if (const auto match = yearFirst.match(text); match.hasMatch()) {
        date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else if (const auto german = dayFirst.match(text); german.hasMatch()) {
        date = QDate(german.captured(3).toInt(), german.captured(2).toInt(), german.captured(1).toInt());
    }
    return date.isValid() ? date.toString(Qt::ISODate) : text;
}

} // namespace tandem::importing
