#include "HandoverFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

using namespace tandem;

// The handover writes its moves as a few statements over sets of rows, whatever the number of accounts.
// What it writes must be exactly what the earlier row-by-row version wrote: the golden files were made by
// that version, on the same data and the same clock (TANDEM_UPDATE_GOLDEN=1 writes them again).
class TestHandoverSets : public QObject, protected test::HandoverFixture
{
    Q_OBJECT

    // Every table a handover touches, as text. The order of handover items within one handover carries no
    // meaning, so their ids are left out and the rows sorted.
    QString snapshot()
    {
        Tables tables = dumpAll();
        tables.insert(QStringLiteral("audit_log"), dump(QStringLiteral("audit_log")));
        QStringList items;
        for (const QString& row : tables.value(QStringLiteral("handover_items"))) {
            items << row.section(QLatin1Char('|'), 1);
        }
        std::sort(items.begin(), items.end());
        tables.insert(QStringLiteral("handover_items"), items);
        QString text;
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            text += QStringLiteral("[%1]\n%2\n").arg(it.key(), it.value().join(QLatin1Char('\n')));
        }
        return text;
    }

    // The snapshot without one table's part ("[name]" up to the next table's).
    static QString withoutSection(const QString& text, const QString& name)
    {
        const qsizetype start = text.indexOf(QStringLiteral("[%1]\n").arg(name));
        if (start < 0) {
            return text;
        }
        static const QRegularExpression nextTable(
            QStringLiteral("^\\[[a-z_]+\\]$"), QRegularExpression::MultilineOption);
        const auto next = nextTable.match(text, start + name.size() + 3);
        return text.left(start) + (next.hasMatch() ? text.mid(next.capturedStart()) : QString());
    }

    void compareWithGolden(const QString& actual, const char* golden)
    {
        const QString path = QStringLiteral(TANDEM_GOLDEN_DIR "/") + QLatin1String(golden);
        QFile file(path);
        if (qEnvironmentVariableIsSet("TANDEM_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(actual.toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QString goldenText = QString::fromUtf8(file.readAll());
        QString actualText = actual;
        if (m_db->isServer()) {
            // A team server writes its own audit rows (with its clock and the login), beside the client's.
            goldenText = withoutSection(goldenText, QStringLiteral("audit_log"));
            actualText = withoutSection(actualText, QStringLiteral("audit_log"));
        }
        const QStringList expected = goldenText.split(QLatin1Char('\n'));
        const QStringList lines = actualText.split(QLatin1Char('\n'));
        for (int i = 0; i < std::min(expected.size(), lines.size()); ++i) {
            QCOMPARE(lines.at(i), expected.at(i));
        }
        QCOMPARE(lines.size(), expected.size());
    }

    // Two accounts split off to other colleagues, two briefings, one pair ended and one passed on.
    Handover::Plan splitPlan() const
    {
        Handover::Plan split = plan();
        split.accountSuccessor.insert(m_cobalt, m_tom);
        split.accountSuccessor.insert(m_elm, m_una);
        split.endedPairs.insert(m_miaDan);
        split.firstVisitDays = 10;
        return split;
    }

private slots:
    // Purchases without a currency take the locale's; the golden files were written in US English.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void executeWritesWhatTheRowByRowVersionWrote()
    {
        Handover handover(*m_db);
        auto id = handover.execute(splitPlan());
        QVERIFY2(id, qPrintable(id.error().message));
        compareWithGolden(snapshot(), "handover_execute.txt");
    }

    void undoWritesWhatTheRowByRowVersionWrote()
    {
        Handover handover(*m_db);
        auto id = handover.execute(splitPlan());
        QVERIFY2(id, qPrintable(id.error().message));
        Clock::setFixed(at("2026-11-26T08:00:00Z"));
        const Error undone = handover.undo(*id);
        QVERIFY2(!undone, qPrintable(undone.message));
        compareWithGolden(snapshot(), "handover_undo.txt");
    }

    void planOfReadsTheSplitBack()
    {
        Handover handover(*m_db);
        auto id = handover.execute(splitPlan());
        QVERIFY2(id, qPrintable(id.error().message));
        auto read = handover.planOf(*id);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->accountSuccessor, splitPlan().accountSuccessor);
        QCOMPARE(read->briefings, splitPlan().briefings);
        QCOMPARE(read->endedPairs, splitPlan().endedPairs);
        QCOMPARE(read->firstVisitDays, 10);
    }

    void undoNamesWhatChangedSince()
    {
        Handover handover(*m_db);
        auto id = handover.execute(splitPlan());
        QVERIFY2(id, qPrintable(id.error().message));
        // Four accounts change owner again and one handed-over request is closed.
        QVERIFY(exec(QStringLiteral("UPDATE accounts SET owner_id = ? WHERE party_id IN (?, ?, ?, ?)"),
            { m_mia, m_acme, m_birch, m_cobalt, m_delta }));
        QVERIFY(
            exec(QStringLiteral("UPDATE service_requests SET status = 'done' WHERE id = ?"), { m_check }));
        const QString before = snapshot();
        const Error refused = handover.undo(*id);
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QCOMPARE(refused.message,
            QStringLiteral(
                "The handover cannot be undone: the owner of Acme Ltd, the owner of Birch & Co, the "
                "owner of Cobalt GmbH and 2 more changed since. Change them back, or hand over "
                "again."));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestHandoverSets)
#include "tst_handoversets.moc"
