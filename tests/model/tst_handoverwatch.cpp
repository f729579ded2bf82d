#include "DocumentWriter.h"
#include "HandoverFixture.h"

#include <QProcess>
#include <QStandardPaths>

using namespace tandem;

// After a handover: the accounts watched for the risks of a new owner, and the briefing document printed
// for the successor.
class TestHandoverWatch : public QObject, protected test::HandoverFixture
{
    Q_OBJECT

    QList<Handover::WatchFlag> flags()
    {
        auto flags = Handover(*m_db).watchFlags();
        if (!flags) {
            qWarning("%s", qPrintable(flags.error().message));
            return {};
        }
        return *flags;
    }

    static QStringList flagKeys(const QList<Handover::WatchFlag>& flags)
    {
        QStringList keys;
        for (const Handover::WatchFlag& flag : flags) {
            keys << QStringLiteral("%1:%2").arg(flag.account).arg(int(flag.risk));
        }
        keys.sort();
        return keys;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    // An account with two risks is one account at risk: the pages count accounts, not flags.
    void accountsInCountsAccountsNotFlags()
    {
        auto id = Handover(*m_db).execute(plan());
        QVERIFY2(id, qPrintable(id.error().message));
        // The day after the first visits were due: Sue visited every account but Delta in time.
        Clock::setFixed(at("2026-12-10T12:00:00Z"));
        for (qint64 visited : { m_suzhou, m_acme, m_birch, m_cobalt, m_elm }) {
            QVERIFY(interaction(visited, m_sue, "visit", "2026-12-05T10:00:00Z"));
        }
        // Delta, never visited, and Acme, visited, both buy from a competitor.
        for (qint64 buyer : { m_delta, m_acme }) {
            QVERIFY(add(entities::purchase(),
                { { QStringLiteral("account_id"), QString::number(buyer) },
                    { QStringLiteral("purchased_on"), QStringLiteral("2026-12-01") },
                    { QStringLiteral("amount"), QStringLiteral("5000") },
                    { QStringLiteral("from_competitor"), QStringLiteral("1") } }));
        }
        const QList<Handover::WatchFlag> watched = flags();
        const auto key = [](qint64 account, Handover::WatchFlag::Risk risk) {
            return QStringLiteral("%1:%2").arg(account).arg(int(risk));
        };
        QStringList expected { key(m_delta, Handover::WatchFlag::Risk::NoContact),
            key(m_delta, Handover::WatchFlag::Risk::CompetitorPurchase),
            key(m_acme, Handover::WatchFlag::Risk::CompetitorPurchase) };
        expected.sort();
        QCOMPARE(flagKeys(watched), expected);
        QCOMPARE(Handover::accountsIn(watched), 2);

        // Delta alone, with both risks, is one account.
        QList<Handover::WatchFlag> delta;
        for (const Handover::WatchFlag& flag : watched) {
            if (flag.account == m_delta) {
                delta << flag;
            }
        }
        QCOMPARE(delta.size(), 2);
        QCOMPARE(Handover::accountsIn(delta), 1);
        QCOMPARE(Handover::accountsIn({}), 0);
    }

    void watchFlagsFollowTheAccounts()
    {
        const QList<qint64> moved { m_suzhou, m_acme, m_birch, m_cobalt, m_delta, m_elm };
        auto lastContacts = [&] {
            QStringList contacts;
            for (qint64 account : moved) {
                contacts << scalar(QStringLiteral("SELECT %1 FROM accounts a WHERE a.party_id = ?")
                                       .arg(Handover::lastContactSql()),
                    { account })
                                .toString();
            }
            return contacts;
        };
        const QStringList contactsBefore = lastContacts();
        Handover::Plan watched = plan();
        watched.endedPairs.insert(m_danPat);
        auto id = Handover(*m_db).execute(watched);
        QVERIFY2(id, qPrintable(id.error().message));
        auto noContact = [](qint64 account) {
            return QStringLiteral("%1:%2").arg(account).arg(int(Handover::WatchFlag::Risk::NoContact));
        };
        QStringList expected;
        for (qint64 account : moved) {
            expected << noContact(account);
        }
        expected.sort();
        // Right after the handover nothing is flagged: the first visits are planned for two weeks on
        // (2026-12-09), and the earlier purchase from a competitor does not count.
        QCOMPARE(flagKeys(flags()), QStringList());
        // The handover is not a contact: the accounts' last contact is what it was before it.
        QCOMPARE(lastContacts(), contactsBefore);
        auto held = Handover(*m_db).holdings(m_sue);
        QVERIFY(held);
        for (const Handover::Holdings::Account& account : held->accounts) {
            QVERIFY2(account.lastContact < QStringLiteral("2026-11-25"), qPrintable(account.lastContact));
        }
        // On the day the visits are due they may still happen.
        Clock::setFixed(at("2026-12-09T20:00:00Z"));
        QCOMPARE(flagKeys(flags()), QStringList());
        // The day after, a visit that did not happen is a risk.
        Clock::setFixed(at("2026-12-10T12:00:00Z"));
        QCOMPARE(flagKeys(flags()), expected);
        QCOMPARE(Handover::accountsIn(flags()), int(moved.size()));
        const QList<Handover::WatchFlag> first = flags();
        QCOMPARE(first.first().handover, *id);
        QCOMPARE(first.first().successorName, QStringLiteral("Sue Park"));
        QCOMPARE(first.first().since, QStringLiteral("2026-11-25T12:00:00Z"));
        QVERIFY(first.first().text.startsWith(QStringLiteral("Nobody has contacted ")));

        // Sue visits Acme: no longer silent.
        QVERIFY(interaction(m_acme, m_sue, "visit", "2026-12-05T10:00:00Z"));
        expected.removeAll(noContact(m_acme));
        QCOMPARE(flagKeys(flags()), expected);

        // Delta buys from a competitor.
        QVERIFY(add(entities::purchase(),
            { { QStringLiteral("account_id"), QString::number(m_delta) },
                { QStringLiteral("purchased_on"), QStringLiteral("2026-12-01") },
                { QStringLiteral("amount"), QStringLiteral("5000") },
                { QStringLiteral("from_competitor"), QStringLiteral("1") } }));
        expected << QStringLiteral("%1:%2").arg(m_delta).arg(
            int(Handover::WatchFlag::Risk::CompetitorPurchase));
        expected.sort();
        QCOMPARE(flagKeys(flags()), expected);

        // 苏州恒达机电 drops from loyal to floating; Cobalt rises, which is no risk.
        QVERIFY(exec(
            QStringLiteral("INSERT INTO segment_changes (account_id, from_segment, to_segment, changed_at, "
                           "reason) VALUES (?, 'loyal', 'floating', '2026-12-02T09:00:00Z', 'Fewer orders')"),
            { m_suzhou }));
        QVERIFY(exec(
            QStringLiteral("UPDATE accounts SET segment = 'floating' WHERE party_id = ?"), { m_suzhou }));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO segment_changes (account_id, from_segment, to_segment, changed_at) "
                           "VALUES (?, 'potential', 'loyal', '2026-12-03T09:00:00Z')"),
            { m_birch }));
        expected << QStringLiteral("%1:%2").arg(m_suzhou).arg(int(Handover::WatchFlag::Risk::SegmentDropped));
        expected.sort();
        const QList<Handover::WatchFlag> later = flags();
        QCOMPARE(flagKeys(later), expected);
        for (const Handover::WatchFlag& flag : later) {
            if (flag.risk == Handover::WatchFlag::Risk::SegmentDropped) {
                QCOMPARE(flag.accountName, QStringLiteral("苏州恒达机电"));
                QVERIFY2(flag.text.contains(QStringLiteral("from Loyal to Floating")), qPrintable(flag.text));
            }
        }

        // The last day watched, then no more.
        Clock::setFixed(at("2027-02-23T12:00:00Z"));
        QCOMPARE(flagKeys(flags()), expected);
        Clock::setFixed(at("2027-02-24T12:00:00Z"));
        QVERIFY(flags().isEmpty());
    }

    void theBriefingsFileIsNamedAfterTheColleagueAndTheDay()
    {
        auto id = Handover(*m_db).execute(plan());
        QVERIFY2(id, qPrintable(id.error().message));
        auto name = Handover(*m_db).briefingFileName(*id);
        QVERIFY2(name, qPrintable(name.error().message));
        QCOMPARE(*name, QStringLiteral("Briefing - Dan Field - 2026-11-25"));
        // What a file name cannot hold becomes a dash.
        QVERIFY(EntityStore(*m_db).update(
            entities::staff(), m_dan, { { QStringLiteral("name"), QStringLiteral("Dan: Field/Sales") } }));
        QCOMPARE(*Handover(*m_db).briefingFileName(*id),
            QStringLiteral("Briefing - Dan- Field-Sales - 2026-11-25"));
        QCOMPARE(Handover(*m_db).briefingFileName(*id + 1).error().kind, ErrorKind::NotFound);
    }

    void theBriefing()
    {
        Handover::Plan briefed = plan();
        briefed.notes = QStringLiteral("Handed over in person.\nKeys are at <Reception>.");
        briefed.briefings.insert(m_acme, QStringLiteral("Alice decides;\ncall before ten."));
        auto id = Handover(*m_db).execute(briefed);
        QVERIFY2(id, qPrintable(id.error().message));
        auto html = Handover(*m_db).briefingHtml(*id);
        QVERIFY2(html, qPrintable(html.error().message));
        for (const char* text :
            { "Dan Field", "Sue Park", "Mia Stone", "Moved to Shanghai", "Handed over in person.",
                "苏州恒达机电", "Acme Ltd", "Birch &amp; Co", "Cobalt GmbH", "Delta Pumps", "Elm Works",
                "王伟 prefers WeChat.", "王伟", "李静", "Alice Adams", "Bob Birch", "Carl Cobb", "Dora Dean",
                "Ed Elm", "Send the quote", "First in-person visit as the new account owner" }) {
            QVERIFY2(html->contains(QString::fromUtf8(text)), text);
        }
        QVERIFY(!html->contains(QStringLiteral("Sam Sue"))); // the contact of an account not handed over
        // Line breaks of notes and briefings show as line breaks, the text still escaped.
        QVERIFY2(html->contains(QStringLiteral("Handed over in person.<br>Keys are at &lt;Reception&gt;.")),
            qPrintable(*html));
        QVERIFY2(html->contains(QStringLiteral("Alice decides;<br>call before ten.")), qPrintable(*html));
        QCOMPARE(Handover(*m_db).briefingHtml(*id + 1).error().kind, ErrorKind::NotFound);

        const QString htmlFile = m_dir->filePath(QStringLiteral("briefing.html"));
        QVERIFY(!render::writeHtml(*html, htmlFile));
        QCOMPARE(QString::fromUtf8(test::fileBytes(htmlFile)), *html);

        const QString pdf = m_dir->filePath(QStringLiteral("briefing.pdf"));
        const Error written = render::writePdf(*html, pdf);
        QVERIFY2(!written, qPrintable(written.message));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        QCOMPARE(render::writePdf(*html, m_dir->filePath(QStringLiteral("no/such/folder/b.pdf"))).kind,
            ErrorKind::BadInput);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext is not installed");
        }
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const char* name : { "苏州恒达机电", "王伟", "Acme Ltd", "Birch & Co", "Cobalt GmbH",
                 "Delta Pumps", "Elm Works", "Dan Field" }) {
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
        }
    }
};

QTEST_MAIN(TestHandoverWatch)
#include "tst_handoverwatch.moc"
