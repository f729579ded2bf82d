#pragma once

#include "Entities.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace tandem {

// How the columns of a spreadsheet map to Tandem's fields, and how the words people type become stored
// values: header names by field name, English label or Chinese label (客户名称, 手机, 负责人...), ignoring
// case and spaces; segments and categories in English or Chinese (忠诚/游离/潜在, 经销商...); dates in common
// forms (2026-03-01, 2026/3/1, 2026年3月1日, 1.3.2026).
namespace importing {

// Columns an import of one entity can fill in another: a customer list's contact person ("联系人", "职务",
// "联系人手机") becomes a contact of the account on the same row. Named "contact:name" and so on.
struct ExtraField
{
    QString name;
    QString label;
};
QList<ExtraField> extraFields(const Entity& entity);
// The contact field an extra field fills ("contact:mobile" → "mobile"), or empty for a field of the entity.
QString contactField(const QString& extraField);

// The field each column maps to (column index → field name); columns that map to nothing are left out.
QHash<int, QString> mapHeader(const Entity& entity, const QStringList& header);
// The field a header names, or empty.
QString fieldFor(const Entity& entity, const QString& header);
// A choice typed in English or Chinese as its stored value ("忠诚顾客" → "loyal"); unchanged when unknown,
// so that the model's check names it.
QString choiceValue(const QString& field, const QString& typed);
// A date in a common form as yyyy-MM-dd; unchanged when not a date, so that the model's check names it.
QString dateValue(const QString& typed);

} // namespace importing

} // namespace tandem
