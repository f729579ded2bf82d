#pragma once

#include "Csv.h"
#include "Entities.h"
#include "Error.h"
#include "VCard.h"

#include <QHash>
#include <QMap>
#include <functional>

namespace tandem {

class Database;

// Brings rows of a table (a CSV file, mapped column by column) into Tandem as departments, colleagues,
// accounts or contacts (accounts, the large imports, a set at a time: see ImportStaging). Every row is
// checked the way a form checks it; a row that matches a record already there (accounts by e-mail, else by
// name and city; contacts by e-mail, else by name within their account; colleagues by e-mail, else by name;
// departments by name) updates it, any other row adds one. All rows go in one transaction: by default one
// rejected row writes nothing; with OnError::Skip the valid rows are written and the rejected ones reported
// with their line and reason. A dry run reports the same figures and writes nothing.
class Importer
{
public:
    enum class OnError
    {
        Abort,
        Skip,
    };
    struct Rejected
    {
        int line = 0;
        QString reason;
        QStringList cells;
    };
    // One record an import wrote: added, or updated from `before` to `after` (the changed fields only).
    struct Change
    {
        const Entity* entity = nullptr;
        qint64 id = 0;
        bool added = false;
        QMap<QString, QString> before;
        QMap<QString, QString> after;
    };
    struct Report
    {
        int added = 0;
        int updated = 0;
        int contactsAdded = 0; // contact persons named on rows of accounts
        QList<Rejected> rejected;
        bool written = false;
        QList<Change> changes; // what was written, in order, to undo it; empty for a dry run
    };
    // Returns false to cancel: nothing is written.
    using Progress = std::function<bool(int done, int total)>;

    explicit Importer(Database& database);

    Result<Report> importTable(const Entity& entity, const CsvTable& table,
        const QHash<int, QString>& mapping, bool dryRun, OnError onError, const Progress& progress = {});

    // Contacts from vCards: each goes to the account its ORG names, created when there is none yet (a card
    // without ORG is a person who is their own account). Matched, checked and written like a table.
    Result<Report> importVCards(const QList<VCard>& cards, bool dryRun, OnError onError,
        int* accountsAdded = nullptr, const Progress& progress = {});
    // Every contact as a vCard, with its account as ORG.
    Result<QList<VCard>> contactsAsVCards() const;

    // Takes an import back in one transaction: what it added goes, what it updated gets its earlier values.
    // Refused, with nothing changed, when any of it was changed or built on since (a contact added to an
    // imported account, a phone number corrected).
    // `mark` is the audit log's last entry after the import (auditMark()): later entries are edits since.
    static Error undo(
        Database& database, const QList<Change>& changes, qint64 mark, const Progress& progress = {});
    static Result<qint64> auditMark(Database& database);
    // Does it again after an undo: the same records under the same ids.
    static Error redo(Database& database, const QList<Change>& changes, const Progress& progress = {});

    // What an import says when its progress callback cancels it: nothing was written.
    static Error cancelled();

    // The rejected rows as CSV, with the header and a last column saying why, to fix and import again.
    static QByteArray rejectedCsv(const QStringList& header, const Report& report);

private:
    Database& m_database;
};

} // namespace tandem
