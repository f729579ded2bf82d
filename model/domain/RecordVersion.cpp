#include "RecordVersion.h"

#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace tandem {

namespace {

// "3 December 2026", "2026年12月3日": the locale's long date without its weekday, which a sentence about
// when something happened does not need.
QString dateText(const QDate& date)
{
    static const QRegularExpression weekday(QStringLiteral("d{4}[\\s,]*"));
    QString format = QLocale().dateFormat(QLocale::LongFormat).remove(weekday).trimmed();
    while (format.endsWith(QLatin1Char(',')) || format.endsWith(QLatin1Char(' '))) {
        format.chop(1);
    }
    return QLocale().toString(date, format);
}

// The newest audit entry about the record, counting a handover that moved it (a handover is logged once,
// under its own id): who and when, in a phrase for a sentence, or "someone else" when nobody is known.
QString whoAndWhen(Database& database, const Entity& entity, qint64 id)
{
    auto newest = sql::run(database.connection(),
        database.dialect().lastChanges() + QStringLiteral(" LIMIT 1"), { entity.name, id });
    if (!newest || !newest->next()) {
        return QCoreApplication::translate("tandem::RecordVersion", "someone else");
    }
    const QString actor = newest->value(1).toString().trimmed();
    const QString who
        = actor.isEmpty() ? QCoreApplication::translate("tandem::RecordVersion", "someone else") : actor;
    const QDateTime at = QDateTime::fromString(newest->value(0).toString(), Qt::ISODate).toLocalTime();
    if (!at.isValid()) {
        return who;
    }
    //: %1 is a person, %2 a time of day, %3 a date: "Wang Wei at 14:02 on 3 December 2026"
    return QCoreApplication::translate("tandem::RecordVersion", "%1 at %2 on %3")
        .arg(who, QLocale().toString(at.time(), QLocale::ShortFormat), dateText(at.date()));
}

// How a sentence names the record: by its name, or a pair by its two sides.
QString named(Database& database, const Entity& entity, qint64 id)
{
    EntityStore store(database);
    if (!entity.nameField.isEmpty()) {
        return store.displayName(entity.name, id);
    }
    if (entity.name == QLatin1String("link")) {
        auto sides = sql::run(database.connection(),
            QStringLiteral("SELECT a_party, b_party FROM internal_links WHERE id = ?"), { id });
        if (sides && sides->next()) {
            // Both sides read before asking their names: a server connection reads one query at a time.
            const qint64 a = sides->value(0).toLongLong();
            const qint64 b = sides->value(1).toLongLong();
            sides->finish();
            return QCoreApplication::translate("tandem::RecordVersion", "The pair of %1 and %2")
                .arg(store.displayName(QStringLiteral("party"), a),
                    store.displayName(QStringLiteral("party"), b));
        }
    }
    return QStringLiteral("%1 %2").arg(labels::entity(entity.name)).arg(id);
}

} // namespace

QString RecordVersion::increment(const QString& table)
{
    return table.isEmpty() ? QStringLiteral("version = version + 1")
                           : QStringLiteral("version = %1.version + 1").arg(table);
}

Error RecordVersion::conflict(Database& database, const Entity& entity, qint64 id, Purpose purpose)
{
    auto gone = EntityStore(database).get(entity, id);
    if (!gone) {
        if (gone.error().kind != ErrorKind::NotFound) {
            return gone.error();
        }
        // Removed since: the removal's entry names it, as the record can no longer.
        auto removal = sql::run(database.connection(),
            QStringLiteral("SELECT old_value FROM audit_log WHERE entity = ? AND entity_id = ? AND action = "
                           "'delete' ORDER BY id DESC LIMIT 1"),
            { entity.name, id });
        if (!removal || !removal->next()) {
            return gone.error();
        }
        QString name = removal->value(0).toString();
        if (entity.nameField.isEmpty() || name.isEmpty()) {
            name = QStringLiteral("%1 %2").arg(labels::entity(entity.name)).arg(id);
        }
        const QString who = whoAndWhen(database, entity, id);
        return Error::notFound(purpose == Purpose::Save
                ? QCoreApplication::translate(
                    "tandem::RecordVersion", "%1 was removed by %2 after you opened it; nothing was saved.")
                      .arg(name, who)
                : QCoreApplication::translate(
                    "tandem::RecordVersion", "%1 was removed by %2 since; nothing was changed.")
                      .arg(name, who));
    }
    const QString name = named(database, entity, id);
    const QString who = whoAndWhen(database, entity, id);
    switch (purpose) {
    case Purpose::Undo:
        return Error::conflict(QCoreApplication::translate("tandem::RecordVersion",
            "%1 was changed by %2 after your edit, so undoing it would overwrite that change; nothing was "
            "changed.")
                                   .arg(name, who));
    case Purpose::Redo:
        return Error::conflict(QCoreApplication::translate("tandem::RecordVersion",
            "%1 was changed by %2 after your undo, so redoing the edit would overwrite that change; "
            "nothing was changed.")
                                   .arg(name, who));
    case Purpose::Save:
        break;
    }
    return Error::conflict(QCoreApplication::translate(
        "tandem::RecordVersion", "%1 was changed by %2 after you opened it; nothing was saved.")
                               .arg(name, who));
}

} // namespace tandem
