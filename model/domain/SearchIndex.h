#pragma once

#include "Error.h"

#include <QList>
#include <QString>

namespace tandem {

class Database;

// The full-text index over parties, contacts and requests. Text is stored with every CJK character as its
// own token, so a Chinese name is found by any one or two of its characters.
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
        QString detail;
    };

    explicit SearchIndex(Database& database);

    Error put(Kind kind, qint64 id, const QStringList& texts);
    Error remove(Kind kind, qint64 id);
    Result<QList<Hit>> find(const QString& text, int limit) const;

    static qint64 rowId(Kind kind, qint64 id) { return id * 4 + qint64(kind); }
    // Puts spaces around every CJK character so the tokenizer sees each as a word.
    static QString tokenize(const QString& text);
    // The indexed text of a record's fields.
    static QString body(const QStringList& texts);
    // Quotes each term of what a person typed as an FTS5 phrase: a bare quote or dot is never syntax.
    static QString matchExpression(const QString& text);

private:
    Database& m_database;
};

} // namespace tandem
