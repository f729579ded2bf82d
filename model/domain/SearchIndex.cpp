#include "SearchIndex.h"

#include "Database.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QSqlQuery>

namespace tandem {

namespace {
bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}
} // namespace

SearchIndex::SearchIndex(Database& database)
    : m_database(database)
{ }

QString SearchIndex::tokenize(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    bool lastWasCjk = false;
    for (char32_t c : text.toUcs4()) {
        const bool cjk = isCjk(c);
        if (cjk || lastWasCjk) {
            out += QLatin1Char(' ');
        }
        out += QString::fromUcs4(&c, 1);
        lastWasCjk = cjk;
    }
    return out;
}

QString SearchIndex::matchExpression(const QString& text)
{
    QStringList phrases;
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& term : terms) {
        QString phrase = tokenize(term).simplified();
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (phrase.isEmpty()) {
            continue;
        }
        const bool endsInCjk = isCjk(term.toUcs4().constLast());
        // A Latin term is a prefix ("zha" finds "Zhang"); CJK characters are whole tokens already.
        phrases << (endsInCjk ? QStringLiteral("\"%1\"").arg(phrase) : QStringLiteral("\"%1\"*").arg(phrase));
    }
    return phrases.join(QLatin1Char(' '));
}

QString SearchIndex::body(const QStringList& texts)
{
    QStringList parts;
    for (const QString& text : texts) {
        if (!text.trimmed().isEmpty()) {
            parts << tokenize(text);
        }
    }
    return parts.join(QStringLiteral(" ; "));
}

Error SearchIndex::put(Kind kind, qint64 id, const QStringList& texts)
{
    auto result = sql::run(
        m_database.connection(), m_database.dialect().searchUpsert(), { rowId(kind, id), body(texts) });
    return result ? Error() : result.error();
}

Error SearchIndex::remove(Kind kind, qint64 id)
{
    auto result = sql::run(m_database.connection(), m_database.dialect().searchDelete(), { rowId(kind, id) });
    return result ? Error() : result.error();
}

Result<QList<SearchIndex::Hit>> SearchIndex::find(const QString& text, int limit) const
{
    const QString expression = matchExpression(text);
    QList<Hit> hits;
    if (expression.isEmpty()) {
        return hits;
    }
    auto rows = sql::run(m_database.connection(), m_database.dialect().searchMatch(), { expression, limit });
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        const qint64 rowid = rows->value(0).toLongLong();
        Hit hit;
        hit.kind = Kind(rowid % 4);
        hit.id = rowid / 4;
        QString statement;
        switch (hit.kind) {
        case Kind::Party:
            statement = QStringLiteral(
                "SELECT p.kind, p.display_name, coalesce(a.city, s.title, d.description, '') FROM parties p "
                "LEFT JOIN accounts a ON a.party_id = p.id LEFT JOIN staff s ON s.party_id = p.id "
                "LEFT JOIN departments d ON d.party_id = p.id WHERE p.id = ?");
            break;
        case Kind::Contact:
            statement = QStringLiteral(
                "SELECT 'contact', c.name, a.name FROM contacts c JOIN accounts a ON a.party_id = "
                "c.account_id WHERE c.id = ?");
            break;
        case Kind::Request:
            statement = QStringLiteral(
                "SELECT 'request', r.title, r.status FROM service_requests r WHERE r.id = ?");
            break;
        }
        auto detail = sql::run(m_database.connection(), statement, { hit.id });
        if (!detail) {
            return detail.error();
        }
        if (detail->next()) {
            hit.entity = detail->value(0).toString();
            hit.title = detail->value(1).toString();
            hit.detail = detail->value(2).toString();
            hits << hit;
        }
    }
    return hits;
}

} // namespace tandem
