#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace tandem {

class Database;

// The full-text index over parties, contacts and requests, and the one way Tandem searches: the global
// search box, each list's search field, the pickers and `tandem-cli search` all ask it.
//
// What the index holds for a record (see `words`, `digits` and `prose`): every CJK character as its own
// token, so a Chinese name is found by any one or two of its characters; Chinese words also under their
// pinyin, whole and as initials, so 张伟 is found by "zhangwei", "zhang wei" and "zw"; phone numbers also as
// their digits, so any run of digits finds them, spaces and +86 aside. Latin text is matched by prefix,
// ignoring case and accents.
class SearchIndex
{
public:
    enum class Kind
    {
        Party = 0,
        Contact = 1,
        Request = 2,
    };

    struct Hit
    {
        Kind kind = Kind::Party;
        qint64 id = 0;
        QString entity; // department, staff, account, contact, request
        QString title;
        // account: city; contact: account name; staff: "department · job title"; department: the
        // department above it; request: status (stored value)
        QString detail;
        bool inactive = false; // a colleague who has left
    };

    explicit SearchIndex(Database& database);

    Error put(Kind kind, qint64 id, const QStringList& texts);
    Error remove(Kind kind, qint64 id);
    // The best `limit` records matching what a person typed, grouped by entity, best first within each and
    // the group with the best hit first (ties in the order of `entities()`); `entities` limits which are
    // searched (empty: all). Never fails on what was typed: quotes, *, NEAR(, AND/OR and brackets are
    // searched as text.
    Result<QList<Hit>> find(const QString& text, int limit, const QStringList& entities = {}) const;

    // Departments, colleagues and accounts by id, described as find() describes them, in the order of `ids`;
    // an id that is no party is left out.
    Result<QList<Hit>> parties(const QList<qint64>& ids) const;

    // The entities search covers, in the order results are grouped.
    static QStringList entities();

    static qint64 rowId(Kind kind, qint64 id) { return id * 4 + qint64(kind); }
    // Puts spaces around every CJK character so the tokenizer sees each as a word.
    static QString tokenize(const QString& text);
    // What the index holds for names, titles, cities and e-mails: the text, then pinyin for Chinese words.
    static QString words(const QString& text);
    // What the index holds for a phone number: its digits without a +86 or 0086 prefix, and each run of at
    // least four digits that ends it, so that the last digits find it too.
    static QString digits(const QString& phone);
    // What the index holds for free text: the text alone.
    static QString prose(const QString& text);
    // The indexed parts of a record joined into one text.
    static QString body(const QStringList& parts);
    // Quotes each term of what a person typed as an FTS5 phrase: a bare quote or dot is never syntax. Empty
    // when nothing in it can be searched.
    static QString matchExpression(const QString& text);

    // A condition that `column` is the id of a record of `kind` matching `text`, for a list's WHERE clause:
    // its SQL (through the dialect) and the value it binds. Empty when the text searches nothing.
    struct Condition
    {
        QString where;
        QVariantList binds;
    };
    static Condition condition(
        const Database& database, const QString& column, Kind kind, const QString& text);

    // Where what a person typed shows in `shown`, as (start, length) pairs, for highlighting a result:
    // case and accents ignored, and Chinese characters matched by pinyin ("zw" marks 张伟).
    static QList<std::pair<int, int>> highlights(const QString& shown, const QString& typed);

private:
    Database& m_database;
};

} // namespace tandem
