#include "ImportWizard.h"

#include "Archive.h"
#include "BackgroundWork.h"
#include "Database.h"
#include "Dialogs.h"
#include "Entities.h"
#include "ExportFile.h"
#include "ImportMapping.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

namespace tandem {

namespace {

constexpr int previewRows = 20;
constexpr int shownRejections = 500;

// A page whose Finish or Next button waits for the wizard to say the page is complete.
class GatedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The internal columns Importer::importVCards reads cards into, for the file of rejected cards.
const QStringList& vCardColumns()
{
    static const QStringList columns { QStringLiteral("account_id"), QStringLiteral("name"),
        QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("email"),
        QStringLiteral("notes") };
    return columns;
}

} // namespace

ImportWizard::ImportWizard(Database& database, const QString& entityName, QWidget* parent)
    : QWizard(parent)
    , m_database(database)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    setPage(FilePage, createFilePage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(CheckPage, createCheckPage());
    const int kind = m_kind->findData(entityName);
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind);
    resize(860, 600);
}

QWizardPage* ImportWizard::createFilePage()
{
    auto* page = new GatedPage;
    page->setTitle(tr("Choose a File"));
    page->setSubTitle(tr("A spreadsheet saved as CSV (from Excel, WPS or Numbers, in any encoding) or "
                         "contacts exported from a phone as vCards (.vcf)."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto* browse = new QPushButton(tr("Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFile(this, tr("Import"),
            m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).absolutePath(),
            tr("Spreadsheets, vCards and Tandem archives (*.csv *.txt *.tsv *.vcf *.json);;All files (*)"));
        if (!path.isEmpty()) {
            setFile(path);
        }
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_kind = new QComboBox(page);
    m_kind->addItem(tr("Accounts"), QStringLiteral("account"));
    m_kind->addItem(tr("Contacts"), QStringLiteral("contact"));
    m_kind->addItem(tr("Colleagues"), QStringLiteral("staff"));
    m_kind->addItem(tr("Departments"), QStringLiteral("department"));
    m_encoding = new QComboBox(page);
    m_encoding->addItem(tr("Detect automatically"), int(CsvReader::Encoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(CsvReader::Encoding::Utf8));
    m_encoding->addItem(tr("GB18030 / GBK (Chinese Excel)"), int(CsvReader::Encoding::Gb18030));
    m_fileNote = new QLabel(page);
    m_fileNote->setWordWrap(true);

    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&It holds:"), m_kind);
    form->addRow(tr("&Encoding:"), m_encoding);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileNote);
    layout->addStretch();

    page->complete = [this] {
        return !m_path->text().trimmed().isEmpty();
    };
    auto update = [this, page] {
        const bool vCards = isVCardFile();
        if (vCards) {
            m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("contact")));
        }
        const bool archive = isArchiveFile();
        m_kind->setEnabled(!vCards && !archive);
        m_encoding->setEnabled(!vCards && !archive);
        m_fileNote->setText(vCards ? tr("vCards hold contacts. Each contact goes to the account its "
                                        "organization names; an account is created when there is none.")
                : archive ? tr("A Tandem archive (File › Export › Everything) is restored whole, into an "
                               "empty database only: create one with File › New Database first.")
                          : QString());
        emit page->completeChanged();
    };
    connect(m_path, &QLineEdit::textChanged, this, update);
    return page;
}

QWizardPage* ImportWizard::createColumnsPage()
{
    auto* page = new QWizardPage; // titled by what the file holds: columns to match, or contacts
    m_columnsNote = new QLabel(page);
    m_columnsNote->setWordWrap(true);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->horizontalHeader()->setDefaultSectionSize(150);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_columnsNote);
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage* ImportWizard::createCheckPage()
{
    auto* page = new GatedPage;
    page->setTitle(tr("Check Before Importing"));
    page->setSubTitle(tr("This is what the import would do. Nothing has been written yet."));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_rejected = new QTableWidget(0, 2, page);
    m_rejected->setObjectName(QStringLiteral("importRejected"));
    m_rejected->setHorizontalHeaderLabels({ tr("Line"), tr("Why it was rejected") });
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* allOrNothing
        = new QRadioButton(tr("Import nothing while any row is rejected (fix the file and try again)"), page);
    auto* validOnly = new QRadioButton(
        tr("Import the valid rows, and save the rejected ones to a file with the reason for each"), page);
    allOrNothing->setChecked(true);
    m_onError = new QButtonGroup(page);
    m_onError->addButton(allOrNothing, int(Importer::OnError::Abort));
    m_onError->addButton(validOnly, int(Importer::OnError::Skip));
    m_blocked = new QLabel(page);
    m_blocked->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(allOrNothing);
    layout->addWidget(validOnly);
    layout->addWidget(m_blocked);
    layout->addStretch(); // takes the room only while there is no list of rejected rows
    page->complete = [this] {
        return m_check
            && (m_check->rejected.isEmpty() || m_onError->checkedId() == int(Importer::OnError::Skip))
            && (m_check->added + m_check->updated > 0);
    };
    connect(m_onError, &QButtonGroup::idClicked, this, &ImportWizard::updateCheckState);
    return page;
}

void ImportWizard::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

const Entity& ImportWizard::entity() const
{
    const Entity* found = entities::find(m_kind->currentData().toString());
    return found ? *found : entities::account();
}

bool ImportWizard::isVCardFile() const
{
    const QString suffix = QFileInfo(m_path->text().trimmed()).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
}

bool ImportWizard::isArchiveFile() const
{
    return QFileInfo(m_path->text().trimmed()).suffix().toLower() == QLatin1String("json");
}

bool ImportWizard::restoreArchive(const QString& path, const QString& name)
{
    const auto error = BackgroundWork::runOn(m_database, this, tr("Restoring %1...").arg(name),
        [&](Database& database, BackgroundWork::Progress& progress) {
            if (Database::isOpenDatabaseFile(path)) {
                return Error::badInput(
                    tr("%1 is the open Tandem database itself; choose a file to import.").arg(path));
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error::badInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
            }
            return Archive::importAll(database, file.readAll(), name, progress.callback());
        });
    if (!error) {
        Dialogs::information(this, tr("Import"), tr("The import was cancelled; nothing was written."));
        return false;
    }
    if (*error) {
        Dialogs::error(this, tr("Import"), error->message);
        return false;
    }
    m_outcome = tr("%1 was restored into this database.").arg(name);
    emit imported();
    Dialogs::information(this, tr("Import"), m_outcome);
    QWizard::accept();
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        return readFile();
    }
    if (currentId() == ColumnsPage) {
        if (m_table) {
            const QHash<int, QString> columns = mapping();
            if (!columns.values().contains(entity().nameField)) {
                const Field* name = entity().field(entity().nameField);
                Dialogs::error(this, tr("Import"),
                    tr("No column is set to %1, which every row needs; choose the column that holds it.")
                        .arg(name ? labels::field(*name) : entity().nameField));
                return false;
            }
            QHash<QString, int> seen;
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                if (seen.contains(it.value())) {
                    const int first = qMin(seen.value(it.value()), it.key());
                    const int second = qMax(seen.value(it.value()), it.key());
                    Dialogs::error(this, tr("Import"),
                        tr("Columns \"%1\" and \"%2\" are both set to %3; set one of them to another field "
                           "or "
                           "to \"Do not import\".")
                            .arg(m_table->header.value(first), m_table->header.value(second),
                                fieldLabel(it.value())));
                    return false;
                }
                seen.insert(it.value(), it.key());
            }
        }
        auto check = runImport(true);
        if (!check) {
            return false; // cancelled: stay on the columns
        }
        if (!*check) {
            Dialogs::error(this, tr("Import"), check->error().message);
            return false;
        }
        m_check = **check;
        return true;
    }
    return true;
}

bool ImportWizard::readFile()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    // Opening the database's own file outside SQLite would drop its locks (see Database.h).
    if (Database::isOpenDatabaseFile(path)) {
        Dialogs::error(this, tr("Import"),
            tr("%1 is the open Tandem database itself; choose a file to import.").arg(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::error(this, tr("Import"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    if (isArchiveFile()) {
        file.close();
        restoreArchive(path, name);
        return false; // the wizard has closed, or stays on the file after a refusal
    }
    const bool vCards = isVCardFile();
    const auto encoding = CsvReader::Encoding(m_encoding->currentData().toInt());
    std::optional<Result<CsvTable>> table;
    std::optional<Result<VCardParse>> cards;
    // Read on the worker too: a spreadsheet of a hundred thousand rows is tens of megabytes.
    const bool finished
        = BackgroundWork::run(this, tr("Reading %1...").arg(name), [&](BackgroundWork::Progress&) {
              if (vCards) {
                  cards = VCardReader::read(file.readAll(), false);
              } else {
                  table = CsvReader::read(file.readAll(), name, encoding);
              }
          });
    if (!finished) {
        return false;
    }
    m_table.reset();
    m_cards.reset();
    m_check.reset();
    if (vCards) {
        if (!*cards) {
            Dialogs::error(this, tr("Import"), QStringLiteral("%1: %2").arg(name, cards->error().message));
            return false;
        }
        m_cards = **cards;
        showCards();
        return true;
    }
    if (!*table) {
        Dialogs::error(this, tr("Import"), table->error().message);
        return false;
    }
    if ((*table)->rows.isEmpty()) {
        Dialogs::error(
            this, tr("Import"), tr("%1 has no rows below its header; there is nothing to import.").arg(name));
        return false;
    }
    m_table = **table;
    showColumns();
    return true;
}

void ImportWizard::showColumns()
{
    const CsvTable& table = *m_table;
    const QString delimiter = table.delimiter == QLatin1Char(';') ? tr("semicolons")
        : table.delimiter == QLatin1Char('\t')                    ? tr("tabs")
                                                                  : tr("commas");
    page(ColumnsPage)->setTitle(tr("Match the Columns"));
    page(ColumnsPage)
        ->setSubTitle(tr("Say which field each column holds. Columns set to \"Do not import\" are left out. "
                         "Tandem remembers the choice for files with the same columns."));
    m_columnsNote->setText(tr("%1 rows, read as %2, separated by %3. The first %4 rows are shown.")
                               .arg(number(table.rows.size()), table.encoding, delimiter)
                               .arg(qMin(previewRows, int(table.rows.size()))));
    const int shown = qMin(previewRows, int(table.rows.size()));
    int columns = int(table.header.size());
    for (int row = 0; row < shown; ++row) {
        columns = qMax(columns, int(table.rows.at(row).size()));
    }
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(shown + 1);
    QStringList header;
    for (int column = 0; column < columns; ++column) {
        header << table.header.value(column);
    }
    m_preview->setHorizontalHeaderLabels(header);
    QStringList lines { tr("Field") };
    for (int row = 0; row < shown; ++row) {
        lines << tr("Line %1").arg(table.lines.value(row));
        for (int column = 0; column < columns; ++column) {
            m_preview->setItem(row + 1, column, new QTableWidgetItem(table.rows.at(row).value(column)));
        }
    }
    m_preview->setVerticalHeaderLabels(lines);

    // What was chosen last time for these columns, else what the header names say.
    QHash<int, QString> chosen = importing::mapHeader(entity(), table.header);
    const QStringList remembered = QSettings().value(mappingKey()).toStringList();
    if (remembered.size() == columns) {
        chosen.clear();
        for (int column = 0; column < columns; ++column) {
            if (!remembered.at(column).isEmpty()
                && fieldLabel(remembered.at(column)) != remembered.at(column)) {
                chosen.insert(column, remembered.at(column));
            }
        }
    }
    m_columnFields.clear();
    for (int column = 0; column < columns; ++column) {
        auto* combo = new QComboBox(m_preview);
        combo->addItem(tr("Do not import"), QString());
        for (const Field& field : entity().fields) {
            combo->addItem(labels::field(field), field.name);
        }
        for (const importing::ExtraField& extra : importing::extraFields(entity())) {
            combo->addItem(extra.label, extra.name);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(chosen.value(column))));
        m_preview->setCellWidget(0, column, combo);
        m_columnFields << combo;
    }
    m_preview->setVisible(true);
}

void ImportWizard::showCards()
{
    const VCardParse& parsed = *m_cards;
    QString note
        = tr("%Ln contact(s) in the file. Each goes to the account its organization names; an account "
             "is created when there is none.",
            nullptr, int(parsed.cards.size()));
    for (const QString& warning : parsed.warnings) {
        note += QLatin1Char('\n') + warning;
    }
    m_columnsNote->setText(note);
    page(ColumnsPage)->setTitle(tr("Look Over the Contacts"));
    page(ColumnsPage)->setSubTitle(tr("The first contacts of the file, as Tandem reads them."));
    m_columnFields.clear();
    m_preview->clear();
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        { tr("Name"), tr("Organization"), tr("Phone"), tr("E-mail"), tr("City") });
    const int shown = qMin(previewRows, int(parsed.cards.size()));
    m_preview->setRowCount(shown);
    QStringList lines;
    for (int row = 0; row < shown; ++row) {
        const VCard& card = parsed.cards.at(row);
        lines << tr("Line %1").arg(card.line);
        const QStringList cells { card.formattedName.isEmpty() ? vCardFallbackName(card) : card.formattedName,
            card.organization, card.phones.isEmpty() ? QString() : card.phones.first().number,
            card.emails.isEmpty() ? QString() : card.emails.first().address, card.city };
        for (int column = 0; column < cells.size(); ++column) {
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
}

QString ImportWizard::fileName() const
{
    return QFileInfo(m_path->text().trimmed()).fileName();
}

QString ImportWizard::fieldLabel(const QString& field) const
{
    if (const Field* known = entity().field(field)) {
        return labels::field(*known);
    }
    for (const importing::ExtraField& extra : importing::extraFields(entity())) {
        if (extra.name == field) {
            return extra.label;
        }
    }
    return field;
}

QString ImportWizard::columnField(int column) const
{
    return column < m_columnFields.size() ? m_columnFields.at(column)->currentData().toString() : QString();
}

void ImportWizard::setColumnField(int column, const QString& field)
{
    if (column < m_columnFields.size()) {
        m_columnFields.at(column)->setCurrentIndex(qMax(0, m_columnFields.at(column)->findData(field)));
    }
}

QHash<int, QString> ImportWizard::mapping() const
{
    QHash<int, QString> columns;
    for (int column = 0; column < m_columnFields.size(); ++column) {
        if (const QString field = columnField(column); !field.isEmpty()) {
            columns.insert(column, field);
        }
    }
    return columns;
}

QString ImportWizard::mappingKey() const
{
    // Files with the same columns (say, each month's export from the same system) share a mapping.
    QStringList folded;
    for (const QString& name : m_table ? m_table->header : QStringList()) {
        folded << name.simplified().toLower();
    }
    const QByteArray digest
        = QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("import/mappings/%1/%2").arg(entity().name, QString::fromLatin1(digest));
}

void ImportWizard::rememberMapping() const
{
    if (!m_table) {
        return;
    }
    QStringList fields;
    for (int column = 0; column < m_columnFields.size(); ++column) {
        fields << columnField(column);
    }
    QSettings().setValue(mappingKey(), fields);
}

std::optional<Result<Importer::Report>> ImportWizard::runImport(bool dryRun)
{
    const auto onError = Importer::OnError(qMax(0, m_onError->checkedId()));
    const QHash<int, QString> columns = mapping();
    const Entity& target = entity();
    std::optional<Result<Importer::Report>> report;
    const QString label = dryRun
        ? tr("Checking %Ln row(s)...", nullptr, int(m_table ? m_table->rows.size() : m_cards->cards.size()))
        : tr("Importing %Ln row(s)...", nullptr, int(m_table ? m_table->rows.size() : m_cards->cards.size()));
    const auto error = BackgroundWork::runOn(
        m_database, this, label, [&](Database& database, BackgroundWork::Progress& progress) -> Error {
            Importer importer(database);
            if (m_table) {
                report
                    = importer.importTable(target, *m_table, columns, dryRun, onError, progress.callback());
            } else {
                report = importer.importVCards(m_cards->cards, dryRun, onError, nullptr, progress.callback());
            }
            return {};
        });
    if (!error) {
        return std::nullopt;
    }
    if (*error) {
        return Result<Importer::Report>(*error);
    }
    return report;
}

void ImportWizard::initializePage(int id)
{
    if (id == CheckPage && m_check) {
        showCheck(*m_check);
    }
    QWizard::initializePage(id);
}

void ImportWizard::showCheck(const Importer::Report& report)
{
    const int rows = report.added + report.updated + int(report.rejected.size());
    QString summary = tr("%1 rows: %2 new, %3 updated (matched by e-mail, else by name), %4 rejected.")
                          .arg(number(rows), number(report.added), number(report.updated),
                              number(report.rejected.size()));
    if (report.contactsAdded > 0) {
        summary += QLatin1Char(' ')
            + tr("%Ln contact person(s) added to their accounts.", nullptr, report.contactsAdded);
    }
    m_summary->setText(summary);
    const int shown = qMin(shownRejections, int(report.rejected.size()));
    m_rejected->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Importer::Rejected& rejected = report.rejected.at(row);
        auto* line = new QTableWidgetItem(number(rejected.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(row, 0, line);
        m_rejected->setItem(row, 1, new QTableWidgetItem(rejected.reason));
    }
    m_rejected->resizeColumnToContents(0);
    m_rejected->setVisible(!report.rejected.isEmpty());
    for (QAbstractButton* button : m_onError->buttons()) {
        button->setVisible(!report.rejected.isEmpty());
    }
    updateCheckState();
}

void ImportWizard::updateCheckState()
{
    QString blocked;
    if (m_check && m_check->added + m_check->updated == 0) {
        blocked = tr("No row can be imported.");
    } else if (m_check && !m_check->rejected.isEmpty()
        && m_onError->checkedId() == int(Importer::OnError::Abort)) {
        blocked = tr(
            "Fix the rejected rows in the file and import it again, or choose to import the valid rows.");
    }
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    emit page(CheckPage)->completeChanged();
}

void ImportWizard::setImportValidRows(bool validRowsOnly)
{
    m_onError->button(int(validRowsOnly ? Importer::OnError::Skip : Importer::OnError::Abort))
        ->setChecked(true);
    updateCheckState();
}

QString ImportWizard::checkSummary() const
{
    return m_summary->text();
}

QStringList ImportWizard::rejectedHeader() const
{
    if (m_table) {
        return m_table->header;
    }
    QStringList header;
    for (const QString& name : vCardColumns()) {
        const Field* field = entities::contact().field(name);
        header << (field ? labels::field(*field) : name);
    }
    return header;
}

void ImportWizard::accept()
{
    const QString source = QDir::fromNativeSeparators(m_path->text().trimmed());
    QString rejectedPath;
    if (m_check && !m_check->rejected.isEmpty()) {
        const QFileInfo info(source);
        rejectedPath = Dialogs::saveFile(this, tr("Save the Rejected Rows"),
            info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + tr("-rejected")
                + QStringLiteral(".csv"),
            tr("CSV for Excel (*.csv)"));
        if (rejectedPath.isEmpty()) {
            return;
        }
    }
    auto report = runImport(false);
    if (!report) {
        Dialogs::information(this, tr("Import"), tr("The import was cancelled; nothing was written."));
        return;
    }
    if (!*report) {
        Dialogs::error(this, tr("Import"), report->error().message);
        return;
    }
    if (!(*report)->written) {
        // The file or the database changed since the check: show what is wrong now.
        m_check = **report;
        showCheck(*m_check);
        Dialogs::error(this, tr("Import"), tr("Rows were rejected, so nothing was written; see the list."));
        return;
    }
    rememberMapping();
    m_changes = (*report)->changes;
    m_outcome
        = tr("Imported %1 new and %2 updated.").arg(number((*report)->added), number((*report)->updated));
    if ((*report)->contactsAdded > 0) {
        m_outcome += QLatin1Char(' ')
            + tr("%Ln contact person(s) added to their accounts.", nullptr, (*report)->contactsAdded);
    }
    if (!rejectedPath.isEmpty() && !(*report)->rejected.isEmpty()) {
        const Error saved
            = ExportFile::writeWhole(rejectedPath, Importer::rejectedCsv(rejectedHeader(), **report));
        if (!saved) {
            m_outcome += QLatin1Char(' ')
                + tr("%Ln rejected row(s) saved to %1 with the reason for each.", nullptr,
                    int((*report)->rejected.size()))
                      .arg(QDir::toNativeSeparators(rejectedPath));
        } else {
            m_outcome += QLatin1Char(' ') + tr("The rejected rows could not be saved: %1").arg(saved.message);
        }
    }
    emit imported();
    Dialogs::information(this, tr("Import"), m_outcome);
    QWizard::accept();
}

int ImportWizard::run()
{
    return execOrAnswer(*this);
}

void ImportWizard::setAnswer(std::function<void(ImportWizard&)> answer)
{
    dialogAnswer<ImportWizard>() = std::move(answer);
}

} // namespace tandem
