#pragma once

#include "Csv.h"
#include "Importer.h"
#include "VCard.h"

#include <QHash>
#include <QWizard>
#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tandem {

class Database;
struct Entity;

// Brings a spreadsheet (CSV as Excel saves it, in any encoding) or a phone's vCards into Tandem in three
// steps: choose the file and what it holds; see its first rows and say which column is which field (the
// choice is remembered for the next file with the same columns); see what would happen, row by row, before
// anything is written. Nothing is written unless every row is good, or the user chose to import the good
// rows and keep the rejected ones in a file to fix. Reading, checking and importing run with a progress
// bar and Cancel, which leaves the database as it was.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    // `entityName` ("account", "contact", "staff", "department") is what the file is taken to hold at first.
    ImportWizard(Database& database, const QString& entityName, QWidget* parent = nullptr);

    void setFile(const QString& path);
    // The field a column maps to; for tests, and what the column's combo box shows.
    QString columnField(int column) const;
    void setColumnField(int column, const QString& field);
    // What the check found, as the last page says it.
    QString checkSummary() const;
    void setImportValidRows(bool validRowsOnly);
    // What the import did, once finished; empty before.
    QString outcome() const { return m_outcome; }
    // What the import wrote, to take it back; empty before, and after restoring an archive.
    const QList<Importer::Change>& changes() const { return m_changes; }
    const Entity& importedEntity() const { return entity(); }
    QString fileName() const;

    // Imports, after asking where to keep the rejected rows if there are any.
    void accept() override;
    // Shows the wizard modally; a test's answer drives it instead when one is set.
    int run();
    static void setAnswer(std::function<void(ImportWizard&)> answer);

signals:
    // Records were written: the lists must show them.
    void imported();

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    enum PageId
    {
        FilePage,
        ColumnsPage,
        CheckPage,
    };

    QWizardPage* createFilePage();
    QWizardPage* createColumnsPage();
    QWizardPage* createCheckPage();
    const Entity& entity() const;
    bool isVCardFile() const;
    bool isArchiveFile() const;
    // Restores a JSON archive (export all) into this database, which must be empty.
    bool restoreArchive(const QString& path, const QString& name);
    bool readFile();
    void showColumns();
    void showCards();
    QHash<int, QString> mapping() const;
    QString fieldLabel(const QString& field) const;
    QString mappingKey() const;
    void rememberMapping() const;
    // Runs the import with a progress bar: as a dry run to check, or for real.
    std::optional<Result<Importer::Report>> runImport(bool dryRun);
    void showCheck(const Importer::Report& report);
    void updateCheckState();
    QStringList rejectedHeader() const;

    Database& m_database;
    QLineEdit* m_path = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_fileNote = nullptr;
    QLabel* m_columnsNote = nullptr;
    QTableWidget* m_preview = nullptr;
    QList<QComboBox*> m_columnFields;
    QLabel* m_summary = nullptr;
    QTableWidget* m_rejected = nullptr;
    QButtonGroup* m_onError = nullptr;
    QLabel* m_blocked = nullptr;

    std::optional<CsvTable> m_table;
    std::optional<VCardParse> m_cards;
    std::optional<Importer::Report> m_check;
    QString m_outcome;
    QList<Importer::Change> m_changes;
};

} // namespace tandem
