#include "Clock.h"
#include "EntityStore.h"
#include "SegmentAdvisor.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QTest>

using namespace tandem;

using Purchases = QList<SegmentAdvisor::Purchase>;
Q_DECLARE_METATYPE(Purchases)
Q_DECLARE_METATYPE(SegmentAdvisor::Because)

class TestSegmentAdvisor : public QObject
{
    Q_OBJECT

    static constexpr int today[3] = { 2026, 11, 25 };
    static QDate day(int daysAgo) { return QDate(today[0], today[1], today[2]).addDays(-daysAgo); }
    static SegmentAdvisor::Purchase own(int daysAgo) { return { day(daysAgo), false }; }
    static SegmentAdvisor::Purchase rival(int daysAgo) { return { day(daysAgo), true }; }

private slots:
    void suggests_data()
    {
        QTest::addColumn<Purchases>("purchases");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<SegmentAdvisor::Because>("because");
        QTest::addColumn<QDate>("evidence");
        using B = SegmentAdvisor::Because;
        QTest::newRow("nothing bought")
            << Purchases {} << QStringLiteral("potential") << B::NoPurchases << QDate();
        QTest::newRow("only from competitors")
            << Purchases { rival(20), rival(400) } << QStringLiteral("potential") << B::OnlyCompetitors
            << QDate();
        QTest::newRow("both years") << Purchases { own(500), own(30) } << QStringLiteral("loyal")
                                    << B::BothYears << day(30);
        QTest::newRow("both years, old competitor purchase")
            << Purchases { own(500), own(30), rival(400) } << QStringLiteral("loyal") << B::BothYears
            << day(30);
        QTest::newRow("both years, competitor this year")
            << Purchases { own(500), own(30), rival(90) } << QStringLiteral("floating")
            << B::CompetitorPurchase << day(90);
        QTest::newRow("latest competitor purchase is the evidence")
            << Purchases { own(10), rival(200), rival(100) } << QStringLiteral("floating")
            << B::CompetitorPurchase << day(100);
        QTest::newRow("only this year")
            << Purchases { own(30), own(100) } << QStringLiteral("floating") << B::MissedYear << day(729);
        QTest::newRow("only the year before")
            << Purchases { own(400) } << QStringLiteral("floating") << B::MissedYear << day(364);
        QTest::newRow("long ago") << Purchases { own(1000) } << QStringLiteral("floating") << B::MissedYear
                                  << day(364);
        QTest::newRow("year boundary: 364 days ago is this year")
            << Purchases { own(364), own(365) } << QStringLiteral("loyal") << B::BothYears << day(364);
        QTest::newRow("year boundary: 730 days ago is too old")
            << Purchases { own(10), own(730) } << QStringLiteral("floating") << B::MissedYear << day(729);
        QTest::newRow("future dates do not count")
            << Purchases { { day(-5), false } } << QStringLiteral("potential") << B::NoPurchases << QDate();
    }

    void suggests()
    {
        QFETCH(Purchases, purchases);
        QFETCH(QString, segment);
        QFETCH(SegmentAdvisor::Because, because);
        QFETCH(QDate, evidence);
        const auto suggestion = SegmentAdvisor::suggest(purchases, day(0));
        QCOMPARE(suggestion.segment, segment);
        QCOMPARE(suggestion.because, because);
        QCOMPARE(suggestion.evidence, evidence);
        QVERIFY(!suggestion.reason().isEmpty());
    }

    void acceptingWritesASegmentChange()
    {
        Clock::setFixed(QDateTime(day(0), QTime(9, 0), Qt::UTC));
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        EntityStore store(*db);
        const qint64 account = *store.add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Acme") },
                { QStringLiteral("segment"), QStringLiteral("loyal") } });
        QVERIFY(store.add(entities::purchase(),
            { { QStringLiteral("account_id"), QString::number(account) },
                { QStringLiteral("purchased_on"), QStringLiteral("2026-03-02") },
                { QStringLiteral("amount"), QStringLiteral("100") },
                { QStringLiteral("from_competitor"), QStringLiteral("1") } }));
        QVERIFY(store.add(entities::purchase(),
            { { QStringLiteral("account_id"), QString::number(account) },
                { QStringLiteral("purchased_on"), QStringLiteral("2026-01-10") },
                { QStringLiteral("amount"), QStringLiteral("100") } }));
        auto suggestion = SegmentAdvisor::suggestFor(*db, account);
        QVERIFY(suggestion);
        QCOMPARE(suggestion->segment, QStringLiteral("floating"));
        QCOMPARE(suggestion->evidence, QDate(2026, 3, 2));
        auto changeId = SegmentAdvisor::accept(*db, account, *suggestion);
        QVERIFY(changeId && *changeId > 0);
        QCOMPARE(recordValue(*store.get(entities::account(), account), QStringLiteral("segment")).toString(),
            QStringLiteral("floating"));
        auto history = SegmentAdvisor::history(*db, account);
        QVERIFY(history && history->size() == 1);
        QCOMPARE(history->first().from, QStringLiteral("loyal"));
        auto change = sql::run(db->connection(),
            QStringLiteral(
                "SELECT from_segment, to_segment, reason FROM segment_changes WHERE account_id = ?"),
            { account });
        QVERIFY(change && change->next());
        QCOMPARE(change->value(0).toString(), QStringLiteral("loyal"));
        QCOMPARE(change->value(1).toString(), QStringLiteral("floating"));
        QVERIFY(change->value(2).toString().contains(QStringLiteral("competitor")));
        // Accepting again changes nothing and records nothing.
        QCOMPARE(*SegmentAdvisor::accept(*db, account, *suggestion), qint64(0));
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM segment_changes"))->toInt(),
            1);
        // Undoing the acceptance restores the segment and forgets the change.
        QVERIFY(!SegmentAdvisor::undoAccept(*db, *changeId));
        QCOMPARE(recordValue(*store.get(entities::account(), account), QStringLiteral("segment")).toString(),
            QStringLiteral("loyal"));
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM segment_changes"))->toInt(),
            0);
        Clock::setFixed({});
    }
};

QTEST_GUILESS_MAIN(TestSegmentAdvisor)
#include "tst_segmentadvisor.moc"
