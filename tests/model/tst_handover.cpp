#include "HandoverFixture.h"
#include "SqlDialect.h"

#include <algorithm>

using namespace tandem;

// A colleague leaves: what they hold passes on in one transaction, what they did stays theirs, and the
// handover can be previewed and undone. (What a plan may ask: tst_handoverplan; the watch and the briefing
// afterwards: tst_handoverwatch.)
class TestHandover : public QObject, protected test::HandoverFixture
{
    Q_OBJECT

    QHash<QString, int> itemKinds(qint64 handover)
    {
        QHash<QString, int> kinds;
        auto rows = sql::run(m_db->connection(),
            QStringLiteral("SELECT item_kind, previous_value FROM handover_items WHERE handover_id = ?"),
            { handover });
        while (rows && rows->next()) {
            const QString kind = rows->value(0).toString();
            // A planned visit is stored as a follow-up whose previous value says so.
            ++kinds[kind == QLatin1String("follow_up") && rows->value(1).toString() == QLatin1String("visit")
                    ? QStringLiteral("visit")
                    : kind];
        }
        return kinds;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void holdingsListWhatTheColleagueHolds()
    {
        auto held = Handover(*m_db).holdings(m_dan);
        QVERIFY2(held, qPrintable(held.error().message));
        QCOMPARE(held->name, QStringLiteral("Dan Field"));
        QCOMPARE(held->manager, m_mia);
        QCOMPARE(held->accounts.size(), 6);
        QCOMPARE(held->followUps.size(), 3);
        QCOMPARE(held->requests.size(), 4);
        QCOMPARE(held->pairs.size(), 2);
        auto unknown = Handover(*m_db).holdings(999999);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }

    void executeKeepsWhatWasDoneAndMovesWhatIsOpen()
    {
        const QString interactionsBefore
            = QStringLiteral("SELECT count(*) FROM interactions WHERE id <= %1").arg(m_sueStep);
        const qint64 accounts = count(QStringLiteral("SELECT count(*) FROM accounts"));
        const qint64 contacts = count(QStringLiteral("SELECT count(*) FROM contacts"));
        const qint64 interactions = count(QStringLiteral("SELECT count(*) FROM interactions"));
        const qint64 purchases = count(QStringLiteral("SELECT count(*) FROM purchases"));
        const qint64 requests = count(QStringLiteral("SELECT count(*) FROM service_requests"));
        // What was done before: these rows must stay exactly as they are.
        const QString doneRows = QStringLiteral("SELECT id, staff_id, next_step_done, kind FROM interactions "
                                                "WHERE id IN (%1, %2, %3) ORDER BY id")
                                     .arg(m_visit)
                                     .arg(m_doneStep)
                                     .arg(m_sueStep);
        auto rowsText = [&] {
            QStringList rows;
            auto read = sql::run(m_db->connection(), doneRows);
            while (read && read->next()) {
                rows << QStringLiteral("%1|%2|%3|%4")
                            .arg(read->value(0).toString(), read->value(1).toString(),
                                read->value(2).toString(), read->value(3).toString());
            }
            return rows.join(QLatin1Char(';'));
        };
        const QString done = rowsText();
        const QStringList closed
            = dump(QStringLiteral("service_requests")).filter(QStringLiteral("|Old report|"))
            + dump(QStringLiteral("service_requests")).filter(QStringLiteral("|Samples|"));
        QCOMPARE(closed.size(), 2);
        const QStringList purchaseRows = dump(QStringLiteral("purchases"));
        const QStringList contactRows = dump(QStringLiteral("contacts"));

        auto id = Handover(*m_db).execute(plan());
        QVERIFY2(id, qPrintable(id.error().message));
        QVERIFY(*id > 0);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM accounts")), accounts);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts")), contacts);
        QCOMPARE(count(interactionsBefore), interactions);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchases")), purchases);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_requests")), requests);
        QCOMPARE(dump(QStringLiteral("purchases")), purchaseRows);
        QCOMPARE(dump(QStringLiteral("contacts")), contactRows);
        QCOMPARE(rowsText(), done);
        // The moved follow-ups stay credited to Dan, closed; their steps live on with the successor.
        for (qint64 step : { m_acmeStep, m_suzhouStep, m_sueAccountStep }) {
            QCOMPARE(
                count(QStringLiteral("SELECT staff_id FROM interactions WHERE id = ?"), { step }), m_dan);
            QCOMPARE(
                count(QStringLiteral("SELECT next_step_done FROM interactions WHERE id = ?"), { step }), 1);
        }
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM interactions WHERE staff_id = ? AND next_step = "
                                 "'Introduce Sue' AND next_step_due = '2026-11-30' AND next_step_done = 0"),
                { m_sue }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interactions WHERE staff_id = ? AND next_step = "
                                      "'Send the quote' AND account_id = ? AND next_step_done = 0"),
                     { m_sue, m_acme }),
            1);

        // Dan holds nothing any more.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = ?"), { m_dan }), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM interactions WHERE staff_id = ? AND next_step_done "
                                 "= 0 AND coalesce(next_step, '') <> ''"),
                { m_dan }),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM service_requests WHERE (requester = ? OR provider = "
                                 "?) AND status IN ('open', 'in_progress', 'waiting')"),
                { m_dan, m_dan }),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM internal_links WHERE a_party = ? OR b_party = ?"),
                     { m_dan, m_dan }),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM staff WHERE party_id = ?"), { m_dan }).toString(),
            QStringLiteral("departed"));
        QCOMPARE(scalar(QStringLiteral("SELECT left_on FROM staff WHERE party_id = ?"), { m_dan }).toString(),
            QStringLiteral("2026-11-25"));
        auto held = Handover(*m_db).holdings(m_dan);
        QVERIFY(held && held->isEmpty());

        // Sue has them, with a first visit planned for each account a fortnight out.
        for (qint64 moved : { m_suzhou, m_acme, m_birch, m_cobalt, m_delta, m_elm }) {
            QCOMPARE(
                count(QStringLiteral("SELECT owner_id FROM accounts WHERE party_id = ?"), { moved }), m_sue);
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM interactions WHERE account_id = ? AND staff_id = ? "
                               "AND next_step_due = '2026-12-09' AND next_step_done = 0 AND kind = "
                               "'other' AND id > ?"),
                         { moved, m_sue, m_sueStep }),
                1);
        }
        for (qint64 open : { m_quote, m_check, m_site, m_budget }) {
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM service_requests WHERE id = ? AND (requester = ? "
                                     "OR provider = ?)"),
                    { open, m_sue, m_sue }),
                1);
        }
        QCOMPARE(
            count(QStringLiteral("SELECT requester FROM service_requests WHERE id = ?"), { m_quote }), m_sue);
        QCOMPARE(
            count(QStringLiteral("SELECT provider FROM service_requests WHERE id = ?"), { m_site }), m_sue);
        QCOMPARE(
            count(QStringLiteral("SELECT requester FROM service_requests WHERE id = ?"), { m_site }), m_acme);
        // The pairs are Sue's now, under the same ids, with the requests along them.
        QCOMPARE(
            count(QStringLiteral("SELECT a_party FROM internal_links WHERE id = ?"), { m_danPat }), m_sue);
        QCOMPARE(
            count(QStringLiteral("SELECT b_party FROM internal_links WHERE id = ?"), { m_miaDan }), m_sue);
        QCOMPARE(count(QStringLiteral("SELECT link_id FROM service_requests WHERE id = ?"), { m_quote }),
            m_danPat);

        // Closed requests and their ratings stay credited to Dan.
        QCOMPARE(dump(QStringLiteral("service_requests")).filter(QStringLiteral("|Old report|"))
                + dump(QStringLiteral("service_requests")).filter(QStringLiteral("|Samples|")),
            closed);
        QCOMPARE(
            count(QStringLiteral("SELECT provider FROM service_requests WHERE id = ?"), { m_report }), m_dan);
        QCOMPARE(
            count(QStringLiteral("SELECT requester_rating FROM service_requests WHERE id = ?"), { m_report }),
            4);
        QCOMPARE(count(QStringLiteral("SELECT requester FROM service_requests WHERE id = ?"), { m_samples }),
            m_dan);

        // The handover remembers what it did.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM handovers")), 1);
        QCOMPARE(count(QStringLiteral("SELECT marked_departed FROM handovers WHERE id = ?"), { *id }), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT watch_until FROM handovers WHERE id = ?"), { *id }).toString(),
            QStringLiteral("2027-02-23"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT briefing FROM handover_items WHERE handover_id = ? AND item_kind = "
                                  "'account' AND item_id = ?"),
                { *id, m_acme })
                .toString(),
            QStringLiteral("Alice decides; call before ten."));
    }

    void previewListsExactlyWhatExecuteMoves()
    {
        const Tables before = dumpAll();
        Handover handover(*m_db);
        auto moves = handover.preview(plan());
        QVERIFY2(moves, qPrintable(moves.error().message));
        QCOMPARE(dumpAll(), before); // a preview writes nothing
        QHash<QString, int> previewed;
        QSet<qint64> accounts, requests, links, followUps;
        for (const Handover::Move& move : *moves) {
            ++previewed[move.kind];
            QCOMPARE(move.to, m_sue);
            QCOMPARE(move.toName, QStringLiteral("Sue Park"));
            QSet<qint64>* ids = move.kind == QLatin1String("account") ? &accounts
                : move.kind == QLatin1String("request")               ? &requests
                : move.kind == QLatin1String("link")                  ? &links
                : move.kind == QLatin1String("follow_up")             ? &followUps
                                                                      : nullptr;
            if (ids) {
                ids->insert(move.item);
            }
        }
        QCOMPARE(previewed.value(QStringLiteral("account")), 6);
        QCOMPARE(previewed.value(QStringLiteral("visit")), 6);
        QCOMPARE(previewed.value(QStringLiteral("follow_up")), 3);
        QCOMPARE(previewed.value(QStringLiteral("request")), 4);
        QCOMPARE(previewed.value(QStringLiteral("link")), 2);

        auto id = handover.execute(plan());
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(itemKinds(*id), previewed);
        auto ids = [&](const char* kind) {
            QSet<qint64> found;
            auto rows = sql::run(m_db->connection(),
                QStringLiteral("SELECT item_id, previous_value FROM handover_items WHERE handover_id = ? AND "
                               "item_kind = ?"),
                { *id, QString::fromLatin1(kind) });
            while (rows && rows->next()) {
                const QString previous = rows->value(1).toString();
                if (previous.startsWith(QLatin1String("moved:"))) {
                    found.insert(previous.mid(6).toLongLong());
                } else if (previous != QLatin1String("visit")) {
                    found.insert(rows->value(0).toLongLong());
                }
            }
            return found;
        };
        QCOMPARE(ids("account"), accounts);
        QCOMPARE(ids("request"), requests);
        QCOMPARE(ids("link"), links);
        QCOMPARE(ids("follow_up"), followUps);
        QCOMPARE(followUps, (QSet<qint64> { m_acmeStep, m_suzhouStep, m_sueAccountStep }));
    }

    void balancedSplittingEvensTheLoad()
    {
        // Sue owns two accounts, Tom none, Una one; Dan's six make nine more or less three each.
        Handover handover(*m_db);
        auto held = handover.holdings(m_dan);
        QVERIFY(held);
        QList<qint64> accounts;
        for (const auto& account : held->accounts) {
            accounts << account.id;
        }
        QCOMPARE(accounts.size(), 6);
        const QList<qint64> successors { m_sue, m_tom, m_una };
        auto shared = handover.balanced(accounts, successors);
        QVERIFY(shared);
        QCOMPARE(shared->size(), 6);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(*handover.balanced(accounts, successors), *shared); // the same every time
        }
        // In the order of the accounts, each to the least loaded, ties to the first named.
        QCOMPARE(accounts, (QList<qint64> { m_acme, m_birch, m_cobalt, m_delta, m_elm, m_suzhou }));
        QList<qint64> order;
        for (qint64 account : accounts) {
            order << shared->value(account);
        }
        QCOMPARE(order, (QList<qint64> { m_tom, m_tom, m_una, m_sue, m_tom, m_una }));
        // Fewer accounts than the gap between the loads: the least loaded get them.
        auto few = handover.balanced({ m_acme, m_birch }, { m_una, m_tom, m_sue });
        QVERIFY(few);
        QCOMPARE(few->value(m_acme), m_tom);
        QCOMPARE(few->value(m_birch), m_una);

        Handover::Plan split = plan(m_sue);
        split.accountSuccessor = *shared;
        auto moves = handover.preview(split);
        QVERIFY(moves);
        for (const Handover::Move& move : *moves) {
            if (move.kind == QLatin1String("account") || move.kind == QLatin1String("visit")) {
                QCOMPARE(move.to, shared->value(move.item));
            } else if (move.kind == QLatin1String("request") || move.kind == QLatin1String("link")) {
                QCOMPARE(move.to, m_sue);
            }
        }
        auto id = handover.execute(split);
        QVERIFY2(id, qPrintable(id.error().message));
        QList<qint64> owned;
        for (qint64 successor : successors) {
            owned << count(QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = ?"), { successor });
        }
        QCOMPARE(owned, (QList<qint64> { 3, 3, 3 }));
        QVERIFY(*std::max_element(owned.begin(), owned.end()) - *std::min_element(owned.begin(), owned.end())
            <= 1);
        // A follow-up goes with its account; the one on Sue's own account goes to the successor.
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM interactions WHERE staff_id = ? AND account_id = ? AND "
                           "next_step = 'Send the quote' AND next_step_done = 0"),
                     { shared->value(m_acme), m_acme }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interactions WHERE staff_id = ? AND next_step = "
                                      "'Introduce Sue' AND next_step_done = 0"),
                     { m_sue }),
            1);
        for (qint64 account : accounts) {
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM interactions WHERE account_id = ? AND staff_id = ? "
                               "AND next_step_due = '2026-12-09' AND kind = 'other'"),
                         { account, shared->value(account) }),
                1);
        }
    }

    void undoRestoresEverything()
    {
        const Tables before = dumpAll();
        Handover handover(*m_db);
        auto id = handover.execute(plan());
        QVERIFY2(id, qPrintable(id.error().message));
        QVERIFY(dumpAll() != before);
        Clock::setFixed(at("2026-11-26T08:00:00Z"));
        const Error undone = handover.undo(*id);
        QVERIFY2(!undone, qPrintable(undone.message));
        const Tables after = dumpAll();
        for (auto it = before.begin(); it != before.end(); ++it) {
            QCOMPARE(after.value(it.key()), it.value());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM staff WHERE party_id = ?"), { m_dan }).toString(),
            QStringLiteral("active"));
        QCOMPARE(handover.undo(*id).kind, ErrorKind::NotFound);
        // And it can be handed over again.
        auto again = handover.execute(plan());
        QVERIFY2(again, qPrintable(again.error().message));
    }

    void correctiveActionsKeepAnOwner()
    {
        // Dan owns the fix of Pat's late work on the site visit: it passes to Sue, and back on undo.
        QVERIFY(EntityStore(*m_db).update(entities::request(), m_site,
            { { QStringLiteral("delay_reason"), QStringLiteral("Parts late") },
                { QStringLiteral("corrective_action"), QStringLiteral("Second supplier") },
                { QStringLiteral("corrective_owner"), QString::number(m_dan) } }));
        Handover handover(*m_db);
        auto held = handover.holdings(m_dan);
        QVERIFY(held);
        QCOMPARE(held->correctiveActions.size(), 1);
        auto id = handover.execute(plan());
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(
            scalar(QStringLiteral("SELECT corrective_owner FROM service_requests WHERE id = ?"), { m_site })
                .toLongLong(),
            m_sue);
        QVERIFY(!handover.undo(*id));
        QCOMPARE(
            scalar(QStringLiteral("SELECT corrective_owner FROM service_requests WHERE id = ?"), { m_site })
                .toLongLong(),
            m_dan);
    }

    void undoIsRefusedOnceSomethingChanged()
    {
        Handover handover(*m_db);
        auto id = handover.execute(plan());
        QVERIFY2(id, qPrintable(id.error().message));
        // Sue passes one of the accounts on to Tom.
        auto changed = EntityStore(*m_db).update(
            entities::account(), m_cobalt, { { QStringLiteral("owner_id"), QString::number(m_tom) } });
        QVERIFY2(changed, qPrintable(changed.error().message));
        const Tables before = dumpAll();
        const Error refused = handover.undo(*id);
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QCOMPARE(refused.message,
            QStringLiteral(
                "The handover cannot be undone: the owner of Cobalt GmbH changed since. Change them "
                "back, or hand over again."));
        QCOMPARE(dumpAll(), before);
        // Put back, it can be undone.
        QVERIFY(EntityStore(*m_db).update(
            entities::account(), m_cobalt, { { QStringLiteral("owner_id"), QString::number(m_sue) } }));
        const Error undone = handover.undo(*id);
        QVERIFY2(!undone, qPrintable(undone.message));
        QCOMPARE(
            count(QStringLiteral("SELECT owner_id FROM accounts WHERE party_id = ?"), { m_cobalt }), m_dan);
    }

    void undoIsRefusedOnceAVisitWasDone()
    {
        Handover handover(*m_db);
        auto id = handover.execute(plan());
        QVERIFY(id);
        QVERIFY(
            exec(QStringLiteral("UPDATE interactions SET next_step_done = 1 WHERE account_id = ? AND kind = "
                                "'other' AND staff_id = ?"),
                { m_acme, m_sue }));
        const Tables before = dumpAll();
        const Error refused = handover.undo(*id);
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY2(refused.message.contains(QStringLiteral("a follow-up or planned visit")),
            qPrintable(refused.message));
        QCOMPARE(dumpAll(), before);
    }

    // Dan's pair with Pat (every column set but b_to_a) ends; his rank pair with Mia (no pattern, no texts)
    // passes to Sue, or ends too.
    void endingPairs_data()
    {
        QTest::addColumn<bool>("bothEnd");
        QTest::newRow("one pair ends") << false;
        QTest::newRow("both pairs end") << true;
    }

    void endingPairs()
    {
        QFETCH(bool, bothEnd);
        const Tables before = dumpAll();
        Handover::Plan ending = plan();
        ending.endedPairs.insert(m_danPat);
        if (bothEnd) {
            ending.endedPairs.insert(m_miaDan);
        }
        Handover handover(*m_db);
        auto moves = handover.preview(ending);
        QVERIFY(moves);
        int ended = 0;
        for (const Handover::Move& move : *moves) {
            if (move.kind == QLatin1String("link") && ending.endedPairs.contains(move.item)) {
                QCOMPARE(move.to, qint64(0));
                QVERIFY(move.toName.isEmpty());
                ++ended;
            }
        }
        QCOMPARE(ended, int(ending.endedPairs.size()));
        auto id = handover.execute(ending);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM internal_links WHERE id = ?"), { m_danPat }), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM service_requests WHERE link_id = ?"), { m_danPat }),
            0);
        for (qint64 along : { m_quote, m_samples, m_report, m_check }) {
            QVERIFY(scalar(QStringLiteral("SELECT link_id FROM service_requests WHERE id = ?"), { along })
                        .isNull());
        }
        if (bothEnd) {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM internal_links")), 0);
            QVERIFY(scalar(QStringLiteral("SELECT link_id FROM service_requests WHERE id = ?"), { m_budget })
                        .isNull());
        } else {
            // The other pair passed on.
            QCOMPARE(count(QStringLiteral("SELECT b_party FROM internal_links WHERE id = ?"), { m_miaDan }),
                m_sue);
        }

        const Error undone = handover.undo(*id);
        QVERIFY2(!undone, qPrintable(undone.message));
        const Tables after = dumpAll();
        QCOMPARE(
            after.value(QStringLiteral("internal_links")), before.value(QStringLiteral("internal_links")));
        QCOMPARE(after.value(QStringLiteral("service_requests")),
            before.value(QStringLiteral("service_requests")));
        QCOMPARE(after, before);
        for (qint64 along : { m_quote, m_samples, m_report, m_check }) {
            QCOMPARE(count(QStringLiteral("SELECT link_id FROM service_requests WHERE id = ?"), { along }),
                m_danPat);
        }
        QCOMPARE(count(QStringLiteral("SELECT link_id FROM service_requests WHERE id = ?"), { m_budget }),
            m_miaDan);
        QVERIFY(
            scalar(QStringLiteral("SELECT pattern FROM internal_links WHERE id = ?"), { m_miaDan }).isNull());
    }

    // Someone marked departed by hand who still holds an account: the handover leaves their status and
    // leaving date alone, and so does its undo.
    void aColleagueWhoLeftEarlier()
    {
        QVERIFY(
            exec(QStringLiteral("UPDATE accounts SET owner_id = ? WHERE party_id = ?"), { m_old, m_elm }));
        const Tables before = dumpAll();
        Handover::Plan late;
        late.from = m_old;
        late.successor = m_tom;
        Handover handover(*m_db);
        auto id = handover.execute(late);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(count(QStringLiteral("SELECT owner_id FROM accounts WHERE party_id = ?"), { m_elm }), m_tom);
        QCOMPARE(count(QStringLiteral("SELECT marked_departed FROM handovers WHERE id = ?"), { *id }), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT left_on FROM staff WHERE party_id = ?"), { m_old }).toString(),
            QStringLiteral("2026-01-31"));
        const Error undone = handover.undo(*id);
        QVERIFY2(!undone, qPrintable(undone.message));
        QCOMPARE(dumpAll(), before);
    }

    void aFailureHalfwayWritesNothing()
    {
        // Requests move after the accounts and follow-ups, so this fails half way through.
        if (m_db->isServer()) {
            QVERIFY(exec(QStringLiteral("CREATE FUNCTION fail_midway() RETURNS trigger LANGUAGE plpgsql AS "
                                        "$$BEGIN RAISE EXCEPTION 'forced'; END$$")));
            QVERIFY(exec(QStringLiteral("CREATE TRIGGER fail_midway BEFORE UPDATE OF requester ON "
                                        "service_requests FOR EACH ROW EXECUTE FUNCTION fail_midway()")));
        } else {
            QVERIFY(exec(
                QStringLiteral("CREATE TRIGGER fail_midway BEFORE UPDATE OF requester ON service_requests "
                               "BEGIN SELECT RAISE(ABORT, 'forced'); END")));
        }
        const Tables before = dumpAll();
        auto id = Handover(*m_db).execute(plan());
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QStringLiteral("forced")), qPrintable(id.error().message));
        QCOMPARE(dumpAll(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM handovers")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'handover'")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM staff WHERE party_id = ?"), { m_dan }).toString(),
            QStringLiteral("active"));
        // The connection is usable afterwards, and without the trigger the same plan goes through.
        QVERIFY(exec(m_db->isServer() ? QStringLiteral("DROP TRIGGER fail_midway ON service_requests")
                                      : QStringLiteral("DROP TRIGGER fail_midway")));
        auto retried = Handover(*m_db).execute(plan());
        QVERIFY2(retried, qPrintable(retried.error().message));
    }

    void anotherWriterMakesItWaitThenFail()
    {
        Database::Options options;
        options.busyTimeoutMs = 100;
        auto other = Database::open(m_db->path(), options);
        QVERIFY(other);
        for (const QString& begin : (*other)->dialect().beginWrite()) {
            QVERIFY(sql::run((*other)->connection(), begin));
        }
        const Tables before = dumpAll();
        auto id = Handover(*m_db).execute(plan());
        QVERIFY(!id);
        QCOMPARE(id.error().kind, ErrorKind::Database);
        QVERIFY(sql::run((*other)->connection(), QStringLiteral("ROLLBACK")));
        QCOMPARE(dumpAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
