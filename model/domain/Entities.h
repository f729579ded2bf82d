#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

enum class FieldType
{
    Text, // one line: names, phone numbers, cities, titles
    Lines, // a few short lines, searched like Text: a postal address
    LongText, // free text of any length and lines: notes, descriptions
    Integer,
    Choice, // one of `choices`
    Reference, // the id of a record of `references`; written as a REF (id, exact name or e-mail)
    Email,
    Date, // yyyy-MM-dd
    DateTime, // ISO 8601 UTC
    Money, // integer minor units
    Flag, // 0 or 1
    Rating, // 1 to 5, or empty (unrated)
};

// One column of an entity, as the data model, the command line and the forms know it.
struct Field
{
    QString name;
    FieldType type = FieldType::Text;
    const char* label = nullptr; // English, translated in the "tandem::Field" context
    bool required = false;
    QString defaultValue; // "now" for the current time
    QStringList choices; // for Choice and the 1-3 rank levels
    QString references; // entity name for Reference: department, staff, account, contact, link, party
};

// A field that says by when something is due: a day given for it means by the end of that day, and a
// form offers the days ahead (today, tomorrow, in a week) rather than those behind.
bool isDeadline(const Field& field);

// A kind of record Tandem stores: its table, its key and its fields, in data-model order.
struct Entity
{
    QString name; // singular, as the command line names it: "account"
    QString plural; // "accounts"
    QString table;
    QString key; // "party_id" for parties, else "id"
    QString partyKind; // department, staff or account; empty when the entity is not a party
    QString nameField; // the column shown as the record's name
    QStringList refColumns; // columns a REF may name, besides the id
    QStringList summary; // columns the plain-text list shows
    QList<Field> fields; // without the key

    bool isParty() const { return !partyKind.isEmpty(); }
    // Whether the table keeps a `version` that every change counts up (RecordVersion): the records people
    // open and edit; interactions and purchases are logged once and rarely changed.
    bool isVersioned() const;
    QStringList fieldNames() const;
    const Field* field(const QString& fieldName) const;
};

namespace entities {
const QList<Entity>& all();
// By singular or plural name; nullptr when there is none.
const Entity* find(const QString& name);
const Entity& department();
const Entity& staff();
const Entity& link();
const Entity& account();
const Entity& contact();
const Entity& interaction();
const Entity& purchase();
const Entity& request();
} // namespace entities

// Translated words for the values people see: field names, segments, statuses, kinds.
namespace labels {
QString field(const Field& field);
QString choice(const QString& fieldName, const QString& value);
QString partyKind(const QString& kind);
// "department", "colleague", "pair": what a person calls one record of an entity.
QString entity(const QString& entityName);
// A checking sentence of the model ("Field segment must be one of loyal, floating, potential, not 'VIP'.")
// in the words of a form or a spreadsheet header: each field by its label and the allowed values by theirs
// ("Field Segment must be one of Loyal, Floating, Potential, ..."). The command line's add keeps the names
// a person types there.
QString explained(const Entity& entity, const QString& message);
} // namespace labels

} // namespace tandem
