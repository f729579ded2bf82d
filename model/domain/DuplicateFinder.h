#pragma once

#include "Error.h"

#include <QList>
#include <QString>

namespace tandem {

class Database;

// Finds accounts that are probably the same customer: the same e-mail, the same phone number (its digits,
// whatever the spacing or country prefix), or the same name in the same city, ignoring case and full-width
// or half-width forms (ＡＢＣ公司 and abc公司 match).
class DuplicateFinder
{
public:
    struct Match
    {
        qint64 account = 0;
        QString name;
        QString reason; // "same e-mail", in the user's language
    };

    // The keys stored with each account so that matches are found through an index.
    static QString phoneKey(const QString& phone);
    static QString nameKey(const QString& name, const QString& city);

    // Accounts other than `self` that match these values.
    static Result<QList<Match>> find(Database& database, const QString& name, const QString& city,
        const QString& email, const QString& phone, qint64 self = 0);
    // Stores the keys for one account; part of every write of an account's name, city or phone.
    static Error storeKeys(
        Database& database, qint64 account, const QString& name, const QString& city, const QString& phone);
};

} // namespace tandem
