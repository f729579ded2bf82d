#include "HandoverFixture.h"

using namespace tandem;

// What a handover plan may ask, checked by the model before anything is written, and the plan read back
// from a handover to do it again.
class TestHandoverPlan : public QObject, protected test::HandoverFixture
{
    Q_OBJECT

    // preview() and execute() both refuse the plan with `sentence`, and nothing is written.
    void refusedWritingNothing(const Handover::Plan& refused, const QString& sentence)
    {
        const Tables before = dumpAll();
        Handover handover(*m_db);
        auto preview = handover.preview(refused);
        QVERIFY(!preview);
        QCOMPARE(preview.error().kind, ErrorKind::BadInput);
        QCOMPARE(preview.error().message, sentence);
        auto id = handover.execute(refused);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, ErrorKind::BadInput);
        QCOMPARE(id.error().message, sentence);
        QCOMPARE(dumpAll(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM handovers")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'handover'")), 0);
    }

    // A plan as text, one line a field, so that two plans compare field by field.
    static QStringList described(const Handover::Plan& plan)
    {
        auto pairs = [](const auto& hash) {
            QStringList lines;
            for (auto it = hash.begin(); it != hash.end(); ++it) {
                lines << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
            }
            lines.sort();
            return lines.join(QLatin1Char(';'));
        };
        QStringList ended;
        for (qint64 pair : plan.endedPairs) {
            ended << QString::number(pair);
        }
        ended.sort();
        return { QStringLiteral("from %1").arg(plan.from), QStringLiteral("successor %1").arg(plan.successor),
            QStringLiteral("accounts ") + pairs(plan.accountSuccessor),
            QStringLiteral("briefings ") + pairs(plan.briefings),
            QStringLiteral("ended ") + ended.join(QLatin1Char(';')),
            QStringLiteral("first visit %1").arg(plan.firstVisitDays),
            QStringLiteral("watch %1").arg(plan.watchDays), QStringLiteral("reason ") + plan.reason,
            QStringLiteral("notes ") + plan.notes };
    }

    // Who holds what: account owners, request sides and pairs.
    QStringList holders()
    {
        QStringList rows;
        for (const char* statement : { "SELECT party_id || ':' || owner_id FROM accounts ORDER BY party_id",
                 "SELECT id || ':' || requester || '>' || provider || ':' || coalesce(link_id, '-') FROM "
                 "service_requests ORDER BY id",
                 "SELECT id || ':' || a_party || '-' || b_party FROM internal_links ORDER BY id" }) {
            auto query = sql::run(m_db->connection(), QString::fromLatin1(statement));
            while (query && query->next()) {
                rows << query->value(0).toString();
            }
        }
        return rows;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("to themselves")
            << QStringLiteral("self")
            << QStringLiteral("Dan Field cannot hand over to themselves; choose another "
                              "successor.");
        QTest::newRow("a departed successor")
            << QStringLiteral("departed")
            << QStringLiteral(
                   "Old Hand has left and cannot take anything over; choose a colleague who is still "
                   "here.");
        QTest::newRow("a departed colleague among several")
            << QStringLiteral("departed in the split")
            << QStringLiteral(
                   "Old Hand has left and cannot take anything over; choose a colleague who is still "
                   "here.");
        QTest::newRow("nothing to hand over")
            << QStringLiteral("empty")
            << QStringLiteral(
                   "Tom Reed holds no accounts, follow-ups, open requests or pairs: there is nothing to "
                   "hand over.");
        QTest::newRow("no successor")
            << QStringLiteral("none")
            << QStringLiteral("Choose a successor: the colleague who takes over what is "
                              "not given to someone else.");
        QTest::newRow("a successor who is not a colleague") << QStringLiteral(
            "account") << QStringLiteral("The successor must be a colleague; Acme Ltd is not one.");
    }

    void refusalsWriteNothing()
    {
        QFETCH(QString, which);
        QFETCH(QString, sentence);
        Handover::Plan refused = plan();
        if (which == QLatin1String("self")) {
            refused.successor = m_dan;
        } else if (which == QLatin1String("departed")) {
            refused.successor = m_old;
        } else if (which == QLatin1String("departed in the split")) {
            refused.accountSuccessor.insert(m_acme, m_old);
        } else if (which == QLatin1String("empty")) {
            refused.from = m_tom;
        } else if (which == QLatin1String("none")) {
            refused.successor = 0;
        } else {
            refused.successor = m_acme;
        }
        refusedWritingNothing(refused, sentence);
    }

    // The days of a plan are checked by the model, not only offered by the wizard.
    void daysOutOfBoundsAreRefused_data()
    {
        QTest::addColumn<int>("firstVisitDays");
        QTest::addColumn<int>("watchDays");
        QTest::addColumn<QString>("sentence");
        const QString visit = QStringLiteral("The first visit must be planned within %1 to %2 days, not %3.");
        const QString watch = QStringLiteral("The accounts can be watched for %1 to %2 days, not %3.");
        QTest::newRow("first visit 0 days")
            << 0 << 90 << visit.arg(Handover::minFirstVisitDays).arg(Handover::maxFirstVisitDays).arg(0);
        QTest::newRow("first visit 91 days")
            << 91 << 90 << visit.arg(Handover::minFirstVisitDays).arg(Handover::maxFirstVisitDays).arg(91);
        QTest::newRow("watched 6 days")
            << 14 << 6 << watch.arg(Handover::minWatchDays).arg(Handover::maxWatchDays).arg(6);
        QTest::newRow("watched 366 days")
            << 14 << 366 << watch.arg(Handover::minWatchDays).arg(Handover::maxWatchDays).arg(366);
    }

    void daysOutOfBoundsAreRefused()
    {
        QFETCH(int, firstVisitDays);
        QFETCH(int, watchDays);
        QFETCH(QString, sentence);
        QCOMPARE(Handover::minFirstVisitDays, 1);
        QCOMPARE(Handover::maxFirstVisitDays, 90);
        QCOMPARE(Handover::minWatchDays, 7);
        QCOMPARE(Handover::maxWatchDays, 365);
        Handover::Plan refused = plan();
        refused.firstVisitDays = firstVisitDays;
        refused.watchDays = watchDays;
        refusedWritingNothing(refused, sentence);
    }

    void daysAtTheBoundsAreAccepted_data()
    {
        QTest::addColumn<int>("firstVisitDays");
        QTest::addColumn<int>("watchDays");
        QTest::newRow("first visit after 1 day") << 1 << 90;
        QTest::newRow("first visit after 90 days") << 90 << 90;
        QTest::newRow("watched 7 days") << 14 << 7;
        QTest::newRow("watched 365 days") << 14 << 365;
    }

    void daysAtTheBoundsAreAccepted()
    {
        QFETCH(int, firstVisitDays);
        QFETCH(int, watchDays);
        Handover::Plan bounded = plan();
        bounded.firstVisitDays = firstVisitDays;
        bounded.watchDays = watchDays;
        auto id = Handover(*m_db).execute(bounded);
        QVERIFY2(id, qPrintable(id.error().message));
        const QDate today(2026, 11, 25);
        QCOMPARE(scalar(QStringLiteral("SELECT watch_until FROM handovers WHERE id = ?"), { *id }).toString(),
            today.addDays(watchDays).toString(Qt::ISODate));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM interactions WHERE staff_id = ? AND kind = 'other' "
                                 "AND next_step_due = ? AND id > ?"),
                { m_sue, today.addDays(firstVisitDays).toString(Qt::ISODate), m_sueStep }),
            6);
    }

    // Redo of "Undo Handover": the plan read back from the handover does the same again.
    void planOfGivesBackThePlan()
    {
        Handover::Plan done = plan();
        done.accountSuccessor.insert(m_cobalt, m_tom);
        done.accountSuccessor.insert(m_elm, m_una);
        done.endedPairs.insert(m_danPat);
        done.notes = QStringLiteral("Handed over in person.");
        done.firstVisitDays = 10;
        done.watchDays = 30;
        const QStringList before = holders();
        Handover handover(*m_db);
        auto id = handover.execute(done);
        QVERIFY2(id, qPrintable(id.error().message));
        const QStringList handedOver = holders();
        QVERIFY(handedOver != before);

        auto back = handover.planOf(*id);
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(described(*back), described(done));
        QCOMPARE(back->from, m_dan);
        QCOMPARE(back->successor, m_sue);
        QCOMPARE(back->accountSuccessor, (QHash<qint64, qint64> { { m_cobalt, m_tom }, { m_elm, m_una } }));
        QCOMPARE(back->briefings.value(m_acme), QStringLiteral("Alice decides; call before ten."));
        QCOMPARE(back->endedPairs, QSet<qint64> { m_danPat });
        QCOMPARE(back->firstVisitDays, 10);
        QCOMPARE(back->watchDays, 30);
        QCOMPARE(handover.planOf(*id + 1).error().kind, ErrorKind::NotFound);

        const Error undone = handover.undo(*id);
        QVERIFY2(!undone, qPrintable(undone.message));
        QCOMPARE(holders(), before);
        auto again = handover.execute(*back);
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(holders(), handedOver);
        auto backAgain = handover.planOf(*again);
        QVERIFY2(backAgain, qPrintable(backAgain.error().message));
        QCOMPARE(described(*backAgain), described(done));
        QCOMPARE(
            scalar(QStringLiteral("SELECT watch_until FROM handovers WHERE id = ?"), { *again }).toString(),
            QStringLiteral("2026-12-25"));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM interactions WHERE account_id = ? AND staff_id = ? "
                                 "AND kind = 'other' AND next_step_due = '2026-12-05' AND id > ?"),
                { m_cobalt, m_tom, m_sueStep }),
            1);
    }
};

QTEST_GUILESS_MAIN(TestHandoverPlan)
#include "tst_handoverplan.moc"
