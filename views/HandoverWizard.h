#pragma once

#include "Handover.h"

#include <QWizard>
#include <functional>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace tandem {

class Database;
class RecordEditor;
class RecordPicker;

// Hands a departing colleague's clients and open work to successors: who leaves and what they hold; who
// takes over (one colleague, a balanced split, or a choice per account) and which pairs end; a briefing
// note per account; then the exact preview, carried out in one transaction as one undoable step.
class HandoverWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WhoLeaves,
        WhoTakesOver,
        Briefings,
        Preview,
    };
    enum class Split
    {
        OneSuccessor,
        Balanced,
        PerAccount,
    };

    HandoverWizard(Database& database, RecordEditor* editor, qint64 departing = 0, QWidget* parent = nullptr);

    // The choices, as the pages set them; also for tests.
    void setDeparting(qint64 staff);
    void setSuccessor(qint64 staff);
    void setSplit(Split split, const QList<qint64>& colleagues = {});
    void setAccountSuccessor(qint64 account, qint64 staff);
    void setBriefing(qint64 account, const QString& note);
    void setPairEnded(qint64 pair, bool ended);
    void setReason(const QString& reason);
    Handover::Plan plan() const;
    const Handover::Holdings& holdings() const { return m_holdings; }
    QString errorText() const;
    // The preview's lines as shown.
    QStringList previewLines() const;
    // The handover carried out, 0 until then.
    qint64 handoverId() const { return m_handover; }

    bool validateCurrentPage() override;
    void accept() override;
    // Shows the wizard and waits; under a test hook the hook drives it instead.
    int run();
    static void setAnswer(std::function<void(HandoverWizard&)> answer);

private:
    void loadHoldings();
    void fillSuccessors();
    // Puts a colleague on the list to share the accounts among, ticked.
    void addToSplit(qint64 staff);
    void updatePreview();
    QWidget* makeWhoLeaves();
    QWidget* makeWhoTakesOver();
    QWidget* makeBriefings();
    QWidget* makePreview();

    Database& m_database;
    RecordEditor* m_editor;
    Handover::Holdings m_holdings;
    RecordPicker* m_departing = nullptr;
    QTreeWidget* m_held = nullptr;
    QLabel* m_heldSummary = nullptr;
    RecordPicker* m_successor = nullptr;
    QButtonGroup* m_splitChoice = nullptr;
    QListWidget* m_splitAmong = nullptr; // the colleagues added to share the accounts, ticked
    RecordPicker* m_addToSplit = nullptr;
    QTableWidget* m_perAccount = nullptr;
    RecordPicker* m_giveTo = nullptr;
    QTreeWidget* m_pairs = nullptr;
    QSpinBox* m_firstVisitDays = nullptr;
    QSpinBox* m_watchDays = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QTableWidget* m_briefings = nullptr;
    QLabel* m_personToAsk = nullptr;
    QTreeWidget* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QHash<qint64, qint64> m_chosen; // per account, in the per-account split
    qint64 m_handover = 0;
};

} // namespace tandem
