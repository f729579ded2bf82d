#include "SearchIndex.h"

#include "Database.h"
#include "Pinyin.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

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

// Pinyin tokens start at every character of a Chinese run and cover at most this many characters, so that a
// word inside a company name (宏达 in 天津宏达机电设备有限公司) is found by its pinyin too, while the index
// grows linearly with the text.
constexpr int pinyinWindow = 8;

// Whole pinyin and initials for every window of a run of syllables.
void appendPinyinTokens(const QStringList& run, QStringList& tokens)
{
    for (qsizetype start = 0; start < run.size(); ++start) {
        QString whole;
        QString initials;
        for (qsizetype at = start; at < run.size() && at < start + pinyinWindow; ++at) {
            whole += run.at(at);
            initials += run.at(at).at(0);
        }
        tokens << whole;
        if (initials.size() > 1) {
            tokens << initials;
        }
    }
}

// The digits of a phone number as people dial them at home: a leading +86 or 0086 is not part of it.
QString dialledDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue());
        }
    }
    if (digits.startsWith(QLatin1String("0086"))) {
        digits.remove(0, 4);
    } else if (digits.startsWith(QLatin1String("86")) && digits.size() >= 13) {
        digits.remove(0, 2);
    }
    return digits;
}

// A typed term that holds only a phone number's punctuation and digits ("+86 138 0013", "(010) 6552").
bool looksLikePhone(const QString& text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit()) {
            ++digits;
        } else if (!c.isSpace() && !QStringLiteral("+-().").contains(c)) {
            return false;
        }
    }
    return digits >= 3;
}

// Lower case without accents, one character for one, so positions in it are positions in the original.
QString folded(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        const QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
        out += c.isSurrogate() ? c : base.toCaseFolded();
    }
    return out;
}

QString partySql()
{
    return QStringLiteral(
        "SELECT p.id, p.kind, p.display_name, a.city, sd.name, s.title, s.status, pd.name "
        "FROM parties p LEFT JOIN accounts a ON a.party_id = p.id LEFT JOIN staff s ON s.party_id = p.id "
        "LEFT JOIN departments sd ON sd.party_id = s.department_id LEFT JOIN departments d ON d.party_id = "
        "p.id LEFT JOIN departments pd ON pd.party_id = d.parent_id WHERE p.id IN (%1)");
}

// A row of partySql() as a hit.
SearchIndex::Hit partyHit(const QSqlQuery& row)
{
    SearchIndex::Hit hit;
    hit.kind = SearchIndex::Kind::Party;
    hit.id = row.value(0).toLongLong();
    hit.entity = row.value(1).toString();
    hit.title = row.value(2).toString();
    if (hit.entity == QLatin1String("account")) {
        hit.detail = row.value(3).toString();
    } else if (hit.entity == QLatin1String("staff")) {
        QStringList parts { row.value(4).toString(), row.value(5).toString() };
        parts.removeAll(QString());
        hit.detail = parts.join(QStringLiteral(" · "));
        hit.inactive = row.value(6).toString() == QLatin1String("departed");
    } else {
        hit.detail = row.value(7).toString();
    }
    return hit;
}

} // namespace

SearchIndex::SearchIndex(Database& database)
    : m_database(database)
{ }

QStringList SearchIndex::entities()
{
    return { QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("staff"),
        QStringLiteral("department"), QStringLiteral("request") };
}

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

QString SearchIndex::words(const QString& text)
{
    QStringList tokens { tokenize(text) };
    QStringList run;
    for (char32_t c : text.toUcs4()) {
        const QString syllable = pinyin::syllable(c);
        if (!syllable.isEmpty()) {
            run << syllable;
            continue;
        }
        appendPinyinTokens(run, tokens);
        run.clear();
    }
    appendPinyinTokens(run, tokens);
    return tokens.join(QLatin1Char(' '));
}

QString SearchIndex::digits(const QString& phone)
{
    const QString all = dialledDigits(phone);
    QStringList tokens { tokenize(phone) };
    for (qsizetype start = 0; start + 4 <= all.size(); ++start) {
        tokens << all.mid(start);
    }
    return tokens.join(QLatin1Char(' '));
}

QString SearchIndex::prose(const QString& text)
{
    return tokenize(text);
}

QString SearchIndex::body(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept << part;
        }
    }
    return kept.join(QStringLiteral(" ; "));
}

QString SearchIndex::matchExpression(const QString& text)
{
    QStringList terms;
    if (looksLikePhone(text)) {
        terms << dialledDigits(text);
    } else {
        terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QStringList phrases;
    for (const QString& term : std::as_const(terms)) {
        // What the tokenizer keeps of the term: letters and digits. Without any, the phrase would be empty,
        // which FTS5 refuses.
        QString kept;
        for (char32_t c : term.toUcs4()) {
            const QChar::Category category = QChar::category(c);
            const bool searchable = QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing;
            kept += searchable ? QString::fromUcs4(&c, 1) : QStringLiteral(" ");
        }
        QString phrase = tokenize(kept).simplified();
        if (phrase.isEmpty()) {
            continue;
        }
        const bool endsInCjk = isCjk(phrase.toUcs4().constLast());
        // A Latin term is a prefix ("zha" finds "Zhang"); CJK characters are whole tokens already.
        phrases << (endsInCjk ? QStringLiteral("\"%1\"").arg(phrase) : QStringLiteral("\"%1\"*").arg(phrase));
    }
    return phrases.join(QLatin1Char(' '));
}

SearchIndex::Condition SearchIndex::condition(
    const Database& database, const QString& column, Kind kind, const QString& text)
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty()) {
        return {};
    }
    return { QStringLiteral("%1 IN (%2)").arg(column, database.dialect().searchIds(int(kind))),
        { database.dialect().searchMatch(expression) } };
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

Result<QList<SearchIndex::Hit>> SearchIndex::find(
    const QString& text, int limit, const QStringList& wanted) const
{
    const QString expression = matchExpression(text);
    QList<Hit> hits;
    if (expression.isEmpty() || limit <= 0) {
        return hits;
    }
    const QStringList searched = wanted.isEmpty() ? entities() : wanted;
    auto wants = [&searched](const char* entity) {
        return searched.contains(QLatin1String(entity));
    };
    // Each kind's matches are read up to a bound, in the index's order, and ranked here: a broad prefix
    // ("a") matches most of a large database, and ranking all of that would block typing.
    // Ten for every place asked for, which keeps every kind's best in reach without reading rows that
    // cannot be shown: a command line asking for 20 reads 200 of each kind, the window's 40 reads 400.
    const int candidates = std::clamp(limit * 10, 100, 400);
    auto matching = [&](Kind kind, const QString& detailSql, auto&& read) -> Error {
        // One statement: the candidates' ids as a subquery, rather than read out and bound back one by
        // one (four hundred bound values cost more than the search itself).
        auto rows = sql::run(m_database.connection(),
            detailSql.arg(m_database.dialect().searchIds(int(kind)) + QStringLiteral(" LIMIT ?")),
            { m_database.dialect().searchMatch(expression), candidates });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            read(*rows);
        }
        return {};
    };
    if (wants("account") || wants("staff") || wants("department")) {
        if (Error error = matching(Kind::Party, partySql(), [&](QSqlQuery& row) {
                Hit hit = partyHit(row);
                if (searched.contains(hit.entity)) {
                    hits << hit;
                }
            })) {
            return error;
        }
    }
    if (wants("contact")) {
        if (Error error = matching(Kind::Contact,
                QStringLiteral("SELECT c.id, c.name, a.name FROM contacts c JOIN accounts a ON a.party_id = "
                               "c.account_id WHERE c.id IN (%1)"),
                [&](QSqlQuery& row) {
                    hits << Hit { Kind::Contact, row.value(0).toLongLong(), QStringLiteral("contact"),
                        row.value(1).toString(), row.value(2).toString(), false };
                })) {
            return error;
        }
    }
    if (wants("request")) {
        if (Error error = matching(Kind::Request,
                QStringLiteral("SELECT r.id, r.title, r.status FROM service_requests r WHERE r.id IN (%1)"),
                [&](QSqlQuery& row) {
                    hits << Hit { Kind::Request, row.value(0).toLongLong(), QStringLiteral("request"),
                        row.value(1).toString(), row.value(2).toString(), false };
                })) {
            return error;
        }
    }
    // Best first: a title that begins with what was typed, then one where it is found at all (by pinyin
    // too), then the rest (the text matched elsewhere: an e-mail, a note); active colleagues before those
    // who left; then by name in the user's language.
    QHash<const Hit*, int> score;
    for (const Hit& hit : std::as_const(hits)) {
        const QList<std::pair<int, int>> marks = highlights(hit.title, text);
        int value = marks.isEmpty() ? 2 : (marks.first().first == 0 ? 0 : 1);
        score.insert(&hit, value * 2 + (hit.inactive ? 1 : 0));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<const Hit*> order;
    order.reserve(size_t(hits.size()));
    for (const Hit& hit : std::as_const(hits)) {
        order.push_back(&hit);
    }
    std::stable_sort(order.begin(), order.end(), [&](const Hit* a, const Hit* b) {
        if (score.value(a) != score.value(b)) {
            return score.value(a) < score.value(b);
        }
        return collator.compare(a->title, b->title) < 0;
    });
    if (order.size() > size_t(limit)) {
        // Every kind that matched keeps its share of the places, the rest go to the best hits left: three
        // hundred contacts called Amanda Adams must not hide the colleague of that name.
        QHash<QString, int> perKind;
        for (const Hit* hit : order) {
            ++perKind[hit->entity];
        }
        const int share = qMax(1, limit / int(perKind.size()));
        QHash<QString, int> taken;
        std::vector<const Hit*> kept;
        std::vector<const Hit*> rest;
        for (const Hit* hit : order) {
            (taken[hit->entity]++ < share ? kept : rest).push_back(hit);
        }
        for (const Hit* hit : rest) {
            if (kept.size() >= size_t(limit)) {
                break;
            }
            kept.push_back(hit);
        }
        if (kept.size() > size_t(limit)) {
            kept.resize(size_t(limit));
        }
        order = kept;
    }
    // Groups follow their best hit (typing "zw" shows the colleague 张伟 before a shop whose name holds
    // those initials further in), then the order of entities().
    QStringList groups;
    QHash<QString, int> best; // the best score in each group: `order` is best first
    for (const Hit* hit : order) {
        if (!groups.contains(hit->entity)) {
            groups << hit->entity;
            best.insert(hit->entity, score.value(hit) / 2);
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const QString& a, const QString& b) {
        if (best.value(a) != best.value(b)) {
            return best.value(a) < best.value(b);
        }
        return entities().indexOf(a) < entities().indexOf(b);
    });
    QList<Hit> grouped;
    for (const QString& entity : std::as_const(groups)) {
        for (const Hit* hit : order) {
            if (hit->entity == entity) {
                grouped << *hit;
            }
        }
    }
    return grouped;
}

Result<QList<SearchIndex::Hit>> SearchIndex::parties(const QList<qint64>& ids) const
{
    QList<Hit> hits;
    if (ids.isEmpty()) {
        return hits;
    }
    QVariantList binds;
    for (qint64 id : ids) {
        binds << id;
    }
    auto rows = sql::run(m_database.connection(), partySql().arg(sql::placeholders(binds.size())), binds);
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, Hit> found;
    while (rows->next()) {
        Hit hit = partyHit(*rows);
        found.insert(hit.id, hit);
    }
    for (qint64 id : ids) {
        if (found.contains(id)) {
            hits << found.value(id);
        }
    }
    return hits;
}

QList<std::pair<int, int>> SearchIndex::highlights(const QString& shown, const QString& typed)
{
    QList<std::pair<int, int>> marks;
    const QString haystack = folded(shown);
    QStringList terms = typed.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (looksLikePhone(typed)) {
        terms = { typed.simplified() };
    }
    // Each character's pinyin, for Latin terms that match Chinese text by sound.
    QList<QString> syllables(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (!shown.at(i).isSurrogate()) {
            syllables[i] = pinyin::syllable(shown.at(i).unicode());
        }
    }
    for (const QString& term : std::as_const(terms)) {
        const QString needle = folded(term);
        const qsizetype at = haystack.indexOf(needle);
        if (at >= 0) {
            marks.append({ int(at), int(needle.size()) });
            continue;
        }
        // By pinyin: a run of characters whose syllables spell the term whole ("zhangwei", "zhangw") or
        // whose initials do ("zw").
        for (qsizetype start = 0; start < shown.size(); ++start) {
            if (syllables.at(start).isEmpty()) {
                continue;
            }
            QString whole;
            QString initials;
            qsizetype end = start;
            int matched = 0;
            while (end < shown.size() && !syllables.at(end).isEmpty()) {
                whole += syllables.at(end);
                initials += syllables.at(end).at(0);
                ++end;
                const bool wholeFits = whole.startsWith(needle) || needle.startsWith(whole);
                if (whole.startsWith(needle) || initials == needle) {
                    matched = int(end - start);
                    break;
                }
                if (!wholeFits && !needle.startsWith(initials)) {
                    break;
                }
            }
            if (matched) {
                marks.append({ int(start), matched });
                break;
            }
        }
    }
    std::sort(marks.begin(), marks.end());
    return marks;
}

} // namespace tandem
