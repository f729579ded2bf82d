#include "ImportRow.h"

#include "ImportMapping.h"

#include <QCoreApplication>
#include <algorithm>

namespace tandem {

ImportRow ImportRow::read(const Entity& entity, const CsvTable& table, int index,
    const QHash<int, QString>& mapping, QHash<QString, QString>& choices)
{
    ImportRow row;
    const QStringList& cells = table.rows.at(index);
    row.line = table.lines.value(index);
    if (std::all_of(
            cells.cbegin(), cells.cend(), [](const QString& cell) { return cell.trimmed().isEmpty(); })) {
        return row;
    }
    row.state = State::Refused;
    // Fields past the header have no column to go in: the row is refused rather than cut short.
    if (std::any_of(cells.cbegin() + std::min(cells.size(), table.header.size()), cells.cend(),
            [](const QString& cell) { return !cell.trimmed().isEmpty(); })) {
        row.refusal
            = QCoreApplication::translate("tandem::Importer", "the row has %1 fields, the header has %2.")
                  .arg(cells.size())
                  .arg(table.header.size());
        return row;
    }
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QString cell = CsvReader::unneutralised(cells.value(it.key())).trimmed();
        if (cell.isEmpty()) {
            continue;
        }
        if (const QString contactField = importing::contactField(it.value()); !contactField.isEmpty()) {
            row.person.insert(contactField, cell);
            continue;
        }
        const Field* field = entity.field(it.value());
        if (!field) {
            continue;
        }
        QString value = cell;
        if (field->type == FieldType::Choice) {
            // A column of segments holds a handful of words: each is looked up once.
            const QString typed = field->name + QChar(0x1f) + cell;
            auto known = choices.constFind(typed);
            if (known == choices.cend()) {
                known = choices.insert(typed, importing::choiceValue(field->name, cell));
            }
            value = *known;
        } else if (field->type == FieldType::Date) {
            value = importing::dateValue(cell);
        }
        row.values.insert(field->name, value);
    }
    if (row.values.value(entity.nameField).isEmpty()) {
        row.refusal = QCoreApplication::translate("tandem::Importer", "the %1 is empty.")
                          .arg(labels::field(*entity.field(entity.nameField)));
        return row;
    }
    // Checked before the account is written, so that the row goes in whole or not at all.
    row.refusal = personRefusal(row.person);
    row.state = row.refusal.isEmpty() ? State::Read : State::Refused;
    return row;
}

QString ImportRow::personRefusal(const QMap<QString, QString>& person)
{
    if (person.isEmpty()) {
        return {};
    }
    const QList<importing::ExtraField> extras = importing::extraFields(entities::account());
    auto label = [&extras](const QString& field) {
        for (const importing::ExtraField& extra : extras) {
            if (importing::contactField(extra.name) == field) {
                return extra.label;
            }
        }
        return field;
    };
    if (person.value(QStringLiteral("name")).isEmpty()) {
        return QCoreApplication::translate("tandem::Importer", "%1 is given without a %2.")
            .arg(label(person.firstKey()), label(QStringLiteral("name")));
    }
    for (auto it = person.cbegin(); it != person.cend(); ++it) {
        if (it.value().contains(QLatin1Char('\n'))) {
            return QCoreApplication::translate("tandem::Importer", "%1 must be one line.")
                .arg(label(it.key()));
        }
    }
    return {};
}

} // namespace tandem
