#include "DuplicateFinder.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>

namespace tandem {

QString DuplicateFinder::phoneKey(const QString& phone)
{
    QString digits;
    for (const QChar c : phone.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    if (digits.size() < 7) {
        return {};
    }
    // The last ten digits ignore a country prefix and a trunk zero: +44 20 … and 020 … are one number.
    return digits.right(10);
}

QString DuplicateFinder::nameKey(const QString& name, const QString& city)
{
    auto fold = [](const QString& text) {
        QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
        folded.remove(QLatin1Char(' '));
        return folded;
    };
    const QString key = fold(name);
    return key.isEmpty() ? QString() : key + QChar(0x1f) + fold(city);
}

Error DuplicateFinder::storeKeys(
    Database& database, qint64 account, const QString& name, const QString& city, const QString& phone)
{
    const QString phoneMatch = phoneKey(phone);
    const QString nameMatch = nameKey(name, city);
    auto stored = sql::run(database.connection(),
        QStringLiteral("UPDATE accounts SET match_phone = ?, match_name = ? WHERE party_id = ?"),
        { phoneMatch.isEmpty() ? QVariant() : QVariant(phoneMatch),
            nameMatch.isEmpty() ? QVariant() : QVariant(nameMatch), account });
    return stored ? Error() : stored.error();
}

Result<QList<DuplicateFinder::Match>> DuplicateFinder::find(Database& database, const QString& name,
    const QString& city, const QString& email, const QString& phone, qint64 self)
{
    QList<Match> matches;
    QList<qint64> seen;
    const struct
    {
        QString value;
        const char* statement;
        const char* reason;
    } rules[] = {
        { email.trimmed().toLower(), "SELECT party_id, name FROM accounts WHERE email = ? LIMIT 20",
            QT_TRANSLATE_NOOP("tandem::DuplicateFinder", "same e-mail") },
        { phoneKey(phone), "SELECT party_id, name FROM accounts WHERE match_phone = ? LIMIT 20",
            QT_TRANSLATE_NOOP("tandem::DuplicateFinder", "same phone number") },
        { nameKey(name, city), "SELECT party_id, name FROM accounts WHERE match_name = ? LIMIT 20",
            QT_TRANSLATE_NOOP("tandem::DuplicateFinder", "same name in the same city") },
    };
    for (const auto& rule : rules) {
        if (rule.value.isEmpty()) {
            continue;
        }
        auto rows = sql::run(database.connection(), QString::fromLatin1(rule.statement), { rule.value });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            const qint64 id = rows->value(0).toLongLong();
            if (id == self || seen.contains(id)) {
                continue;
            }
            seen << id;
            matches << Match { id, rows->value(1).toString(),
                QCoreApplication::translate("tandem::DuplicateFinder", rule.reason) };
        }
    }
    return matches;
}

} // namespace tandem
