#include "EntityStore.h"
#include "Handover.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "TeamMembers.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

using namespace tandem;

namespace {

// A connection of its own to the test database, signed in as `login` with a password, the way psql
// would: what the server shows it is what row-level security lets that login see.
class RawConnection
{
public:
    RawConnection(const QUrl& server, const QString& login, const QString& password)
        : m_name(QStringLiteral("raw-%1-%2").arg(login).arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setDatabaseName(server.path().mid(1));
        db.setUserName(login);
        db.setPassword(password);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The one value a statement returns; -1 when it fails.
    qint64 number(const QString& statement, const QVariantList& values = {}) const
    {
        auto value = sql::scalar(db(), statement, values);
        return value ? value->toLongLong() : -1;
    }
    // How many rows a change touched; -1 when the server refused it.
    int changed(const QString& statement, const QVariantList& values = {}) const
    {
        auto query = sql::run(db(), statement, values);
        return query ? query->numRowsAffected() : -1;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

// Team mode's security, shown against a real server: a small organisation (a manager with two reps, each
// owning accounts), its members signed in with their own passwords, and what the server lets each see,
// change and record.
class TestTeamServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the owner, who ran init
    QUrl m_server;
    qint64 m_sales = 0, m_mona = 0, m_rick = 0, m_rita = 0, m_unowned = 0;
    QList<qint64> m_rickAccounts, m_ritaAccounts;
    qint64 m_ritaContact = 0;
    // Role names are the whole server's: the run's process id keeps them apart from other runs.
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    const QString m_monaLogin = QStringLiteral("mona_") + m_suffix;
    const QString m_rickLogin = QStringLiteral("rick_") + m_suffix;
    const QString m_ritaLogin = QStringLiteral("rita_") + m_suffix;

    qint64 add(const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    qint64 account(const QString& name, qint64 owner)
    {
        QMap<QString, QString> values { { QStringLiteral("name"), name } };
        if (owner) {
            values.insert(QStringLiteral("owner_id"), QString::number(owner));
        }
        return add(entities::account(), values);
    }

    static QString password(const QString& login) { return login + QStringLiteral("-secret"); }

    // Tandem itself on the server as `login`.
    std::unique_ptr<Database> openAs(const QString& login)
    {
        QUrl url = m_server;
        url.setUserName(login);
        Database::Options options;
        options.create = false;
        options.password = password(login);
        auto database = Database::open(url.toString(), options);
        if (!database) {
            qWarning("%s", qPrintable(database.error().message));
            return nullptr;
        }
        return std::move(*database);
    }

private slots:
    void initTestCase()
    {
        if (test::testServer().isEmpty()) {
            QSKIP("team mode is shown on a PostgreSQL server (the teamserver test in the test run)");
        }
        m_db = test::openIn(m_dir);
        QVERIFY(m_db);
        m_server = QUrl(m_db->path());
        m_sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        m_mona = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Mona Manager") },
                { QStringLiteral("rank_level"), QStringLiteral("2") },
                { QStringLiteral("department_id"), QString::number(m_sales) } });
        for (auto [id, name] : { std::pair { &m_rick, "Rick Rep" }, std::pair { &m_rita, "Rita Rep" } }) {
            *id = add(entities::staff(),
                { { QStringLiteral("name"), QString::fromLatin1(name) },
                    { QStringLiteral("manager_id"), QString::number(m_mona) },
                    { QStringLiteral("department_id"), QString::number(m_sales) } });
        }
        for (const char* name : { "Ardent Pumps", "Ardent Mills", "Ardent Foods" }) {
            m_rickAccounts << account(QString::fromLatin1(name), m_rick);
        }
        for (const char* name : { "Beryl Valves", "Beryl Steel" }) {
            m_ritaAccounts << account(QString::fromLatin1(name), m_rita);
        }
        m_unowned = account(QStringLiteral("Cobalt Unowned"), 0);
        add(entities::contact(),
            { { QStringLiteral("account_id"), QString::number(m_rickAccounts.first()) },
                { QStringLiteral("name"), QStringLiteral("Ann Ardent") } });
        m_ritaContact = add(entities::contact(),
            { { QStringLiteral("account_id"), QString::number(m_ritaAccounts.first()) },
                { QStringLiteral("name"), QStringLiteral("Bob Beryl") } });
        QVERIFY(m_sales && m_mona && m_rick && m_rita && m_unowned && m_ritaContact);
        QVERIFY(!m_rickAccounts.contains(0) && !m_ritaAccounts.contains(0));

        QVERIFY(!team::addMember(*m_db, m_monaLogin, m_mona, team::Role::Manager, password(m_monaLogin)));
        QVERIFY(!team::addMember(*m_db, m_rickLogin, m_rick, team::Role::Rep, password(m_rickLogin)));
        QVERIFY(!team::addMember(*m_db, m_ritaLogin, m_rita, team::Role::Rep, password(m_ritaLogin)));
    }

    void cleanupTestCase()
    {
        if (!m_db) {
            return;
        }
        // The logins are the server's, not the database's: they go with the test.
        for (const QString& login : { m_monaLogin, m_rickLogin, m_ritaLogin }) {
            team::removeMember(*m_db, login);
        }
    }

    void theMembersAreListed()
    {
        auto members = team::members(*m_db);
        QVERIFY(members);
        QCOMPARE(members->size(), 3);
        const team::Member& mona = members->at(0);
        QCOMPARE(mona.login, m_monaLogin);
        QCOMPARE(mona.staff, m_mona);
        QCOMPARE(mona.staffName, QStringLiteral("Mona Manager"));
        QCOMPARE(mona.role, team::Role::Manager);
        QVERIFY(mona.canSignIn);
        QCOMPARE(members->at(1).login, m_rickLogin);
        QCOMPARE(members->at(1).role, team::Role::Rep);
        QCOMPARE(members->at(2).staffName, QStringLiteral("Rita Rep"));
    }

    void aRepSeesTheirOwnAccountsOnly()
    {
        RawConnection rick(m_server, m_rickLogin, password(m_rickLogin));
        QVERIFY2(rick.isOpen(), qPrintable(rick.error()));
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM accounts")), 3);
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM contacts")), 1);
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM parties WHERE kind = 'account'")), 3);
        // The other rep's account is not there, by any way in: its row, its name, its contacts, its
        // search text.
        const qint64 beryl = m_ritaAccounts.first();
        QCOMPARE(
            rick.number(QStringLiteral("SELECT count(*) FROM accounts WHERE party_id = ?"), { beryl }), 0);
        QCOMPARE(
            rick.number(QStringLiteral("SELECT count(*) FROM parties WHERE display_name LIKE 'Beryl%'")), 0);
        QCOMPARE(
            rick.number(QStringLiteral("SELECT count(*) FROM contacts WHERE account_id = ?"), { beryl }), 0);
        QCOMPARE(
            rick.number(QStringLiteral("SELECT count(*) FROM search_index WHERE body LIKE '%Beryl%'")), 0);
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM tandem_search_ids(0, 'beryl:*')")), 0);
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM tandem_search_ids(0, 'ardent:*')")), 3);
        // The organisation is everybody's to read.
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM staff")), 3);
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM parties WHERE kind <> 'account'")), 4);
        QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM team_members")), 1);
        QCOMPARE(rick.number(QStringLiteral("SELECT tandem_signed_in_staff()")), m_rick);
    }

    void aRepCannotChangeAnotherRepsAccount()
    {
        RawConnection rick(m_server, m_rickLogin, password(m_rickLogin));
        QVERIFY2(rick.isOpen(), qPrintable(rick.error()));
        const qint64 beryl = m_ritaAccounts.first();
        QCOMPARE(rick.changed(
                     QStringLiteral("UPDATE accounts SET notes = 'mine now' WHERE party_id = ?"), { beryl }),
            0);
        QCOMPARE(
            rick.changed(QStringLiteral("UPDATE contacts SET phone = '110' WHERE id = ?"), { m_ritaContact }),
            0);
        QCOMPARE(rick.changed(QStringLiteral("DELETE FROM contacts WHERE id = ?"), { m_ritaContact }), 0);
        // Nor slip a contact under it, nor give one of his own away.
        QCOMPARE(rick.changed(
                     QStringLiteral("INSERT INTO contacts (account_id, name) VALUES (?, 'Spy')"), { beryl }),
            -1);
        QCOMPARE(rick.changed(QStringLiteral("UPDATE accounts SET owner_id = ? WHERE party_id = ?"),
                     { m_rita, m_rickAccounts.first() }),
            -1);
        QCOMPARE(rick.changed(QStringLiteral("UPDATE accounts SET notes = 'called' WHERE party_id = ?"),
                     { m_rickAccounts.first() }),
            1);
        auto notes = sql::scalar(
            m_db->connection(), QStringLiteral("SELECT notes FROM accounts WHERE party_id = ?"), { beryl });
        QVERIFY(notes && notes->isNull());

        // Through Tandem the same: the other rep's account is not found, and search does not name it.
        auto asRick = openAs(m_rickLogin);
        QVERIFY(asRick);
        auto seen = EntityStore(*asRick).get(entities::account(), beryl);
        QVERIFY(!seen);
        QCOMPARE(seen.error().kind, ErrorKind::NotFound);
        auto hits = SearchIndex(*asRick).find(QStringLiteral("Beryl"), 20);
        QVERIFY(hits);
        QVERIFY(hits->isEmpty());
        auto own = SearchIndex(*asRick).find(QStringLiteral("Ardent"), 20);
        QVERIFY(own);
        QCOMPARE(own->size(), 4); // three accounts and Ann
    }

    void theManagerSeesTheTeam()
    {
        RawConnection mona(m_server, m_monaLogin, password(m_monaLogin));
        QVERIFY2(mona.isOpen(), qPrintable(mona.error()));
        // Both reps' accounts, and the account nobody owns.
        QCOMPARE(mona.number(QStringLiteral("SELECT count(*) FROM accounts")), 6);
        QCOMPARE(mona.number(QStringLiteral("SELECT count(*) FROM contacts")), 2);
        QCOMPARE(mona.number(QStringLiteral("SELECT count(*) FROM tandem_search_ids(0, 'beryl:*')")), 2);
        QCOMPARE(
            mona.changed(QStringLiteral("UPDATE contacts SET phone = '120' WHERE id = ?"), { m_ritaContact }),
            1);
        // The members are an admin's business.
        QCOMPARE(mona.number(QStringLiteral("SELECT count(*) FROM team_members")), 1);
        auto asMona = openAs(m_monaLogin);
        QVERIFY(asMona);
        const Error refused = team::addMember(
            *asMona, QStringLiteral("sneak_") + m_suffix, m_mona, team::Role::Admin, QStringLiteral("x"));
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY2(refused.message.contains(QStringLiteral("administrator")), qPrintable(refused.message));
    }

    // Two colleagues edit one account: the second save is refused, naming the first by their login, though
    // a rep may read only their own audit entries.
    void aStaleSaveNamesTheColleagueWhoChangedIt()
    {
        auto asRick = openAs(m_rickLogin);
        auto asMona = openAs(m_monaLogin);
        QVERIFY(asRick && asMona);
        const qint64 account = m_rickAccounts.at(2);
        auto read = EntityStore(*asRick).get(entities::account(), account);
        QVERIFY(read);
        const qint64 seen = EntityStore::versionOf(*read);
        auto monaSaved = EntityStore(*asMona).update(
            entities::account(), account, { { QStringLiteral("city"), QStringLiteral("Leeds") } }, { seen });
        QVERIFY2(monaSaved, qPrintable(monaSaved.error().message));
        auto rickSaved = EntityStore(*asRick).update(
            entities::account(), account, { { QStringLiteral("city"), QStringLiteral("York") } }, { seen });
        QVERIFY(!rickSaved);
        QCOMPARE(rickSaved.error().kind, ErrorKind::Conflict);
        QVERIFY2(rickSaved.error().message.contains(m_monaLogin), qPrintable(rickSaved.error().message));
        auto kept = EntityStore(*m_db).get(entities::account(), account);
        QVERIFY(kept);
        QCOMPARE(recordValue(*kept, QStringLiteral("city")).toString(), QStringLiteral("Leeds"));
        // Who changed an account Rick may not see stays the server's business.
        QCOMPARE(sql::scalar(asRick->connection(),
                     QStringLiteral("SELECT count(*) FROM tandem_last_changes(?, ?)"),
                     { QStringLiteral("account"), m_ritaAccounts.first() })
                     ->toInt(),
            0);
    }

    void theAuditLogNamesTheLogin()
    {
        RawConnection rick(m_server, m_rickLogin, password(m_rickLogin));
        QVERIFY2(rick.isOpen(), qPrintable(rick.error()));
        const qint64 ardent = m_rickAccounts.at(1);
        QCOMPARE(rick.changed(
                     QStringLiteral("UPDATE accounts SET city = 'Ningbo' WHERE party_id = ?"), { ardent }),
            1);
        // The server wrote it, whoever changed the row and however.
        auto entry = sql::run(m_db->connection(),
            QStringLiteral(
                "SELECT actor, action, old_value, new_value FROM audit_log WHERE entity = 'accounts' "
                "AND entity_id = ? ORDER BY id DESC LIMIT 1"),
            { ardent });
        QVERIFY(entry && entry->next());
        QCOMPARE(entry->value(0).toString(), m_rickLogin);
        QCOMPARE(entry->value(1).toString(), QStringLiteral("row_update"));
        QCOMPARE(entry->value(2).toString(), QStringLiteral(R"({"city": null})"));
        QCOMPARE(entry->value(3).toString(), QStringLiteral(R"({"city": "Ningbo"})"));
        // A client cannot write another name into its own entries, nor change or remove one.
        QCOMPARE(
            rick.changed(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES "
                                        "('2026-01-01T00:00:00Z', ?, 'account', ?, 'update')"),
                { m_monaLogin, ardent }),
            1);
        QCOMPARE(
            sql::scalar(m_db->connection(),
                QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'account' AND entity_id = ? AND "
                               "at = '2026-01-01T00:00:00Z'"),
                { ardent })
                ->toString(),
            m_rickLogin);
        QCOMPARE(rick.changed(QStringLiteral("UPDATE audit_log SET actor = 'nobody'")), -1);
        QCOMPARE(rick.changed(QStringLiteral("DELETE FROM audit_log")), -1);
        // Tandem's own entries name the login too, whatever name the client gives.
        auto asRick = openAs(m_rickLogin);
        QVERIFY(asRick);
        asRick->setActor(QStringLiteral("Mona Manager"), m_mona);
        QVERIFY(EntityStore(*asRick).update(
            entities::account(), ardent, { { QStringLiteral("region"), QStringLiteral("East") } }));
        QCOMPARE(
            sql::scalar(m_db->connection(),
                QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'account' AND entity_id = ? AND "
                               "action = 'update' AND field = 'region'"),
                { ardent })
                ->toString(),
            m_rickLogin);
        // Each member reads their own entries only.
        QVERIFY(rick.number(QStringLiteral("SELECT count(*) FROM audit_log")) > 0);
        QCOMPARE(
            rick.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor <> ?"), { m_rickLogin }),
            0);
        QVERIFY(sql::scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE actor <> ?"), { m_rickLogin })
                    ->toInt()
            > 0);
    }

    void changesAreAnnounced()
    {
        QSqlDriver* driver = m_db->connection().driver();
        QVERIFY(driver->subscribeToNotification(QStringLiteral("tandem_changes")));
        QSignalSpy heard(driver, &QSqlDriver::notification);
        {
            RawConnection rick(m_server, m_rickLogin, password(m_rickLogin));
            QCOMPARE(rick.changed(QStringLiteral("UPDATE accounts SET notes = 'visited' WHERE party_id = ?"),
                         { m_rickAccounts.first() }),
                1);
        }
        QTRY_VERIFY(!heard.isEmpty());
        QCOMPARE(heard.first().at(0).toString(), QStringLiteral("tandem_changes"));
        QCOMPARE(heard.first().at(2).toString(), QStringLiteral("accounts"));
        driver->unsubscribeFromNotification(QStringLiteral("tandem_changes"));
    }

    void aDepartedColleagueCannotSignIn()
    {
        // The manager hands Rita's work to Rick: the handover marks her departed, and from its commit on
        // her login is refused.
        auto asMona = openAs(m_monaLogin);
        QVERIFY(asMona);
        Handover::Plan plan;
        plan.from = m_rita;
        plan.successor = m_rick;
        Handover handover(*asMona);
        auto done = handover.execute(plan);
        QVERIFY2(done, qPrintable(done.error().message));
        {
            RawConnection rita(m_server, m_ritaLogin, password(m_ritaLogin));
            QVERIFY(!rita.isOpen());
            QVERIFY2(
                rita.error().contains(QStringLiteral("not permitted to log in")), qPrintable(rita.error()));
        }
        auto members = team::members(*m_db);
        QVERIFY(members);
        QVERIFY(!members->at(2).canSignIn);
        {
            RawConnection rick(m_server, m_rickLogin, password(m_rickLogin));
            QCOMPARE(rick.number(QStringLiteral("SELECT count(*) FROM accounts")), 5);
        }
        // Undone, she is back, and signs in again.
        QVERIFY(!handover.undo(*done));
        RawConnection rita(m_server, m_ritaLogin, password(m_ritaLogin));
        QVERIFY2(rita.isOpen(), qPrintable(rita.error()));
        QCOMPARE(rita.number(QStringLiteral("SELECT count(*) FROM accounts")), 2);
    }

    void membersAreAddedAndRemovedWithOneSentence()
    {
        const QString login = QStringLiteral("tess_") + m_suffix;
        Error error = team::addMember(*m_db, m_rickLogin, m_rick, team::Role::Rep, QStringLiteral("pw"));
        QCOMPARE(error.kind, ErrorKind::BadInput);
        QCOMPARE(error.message,
            QStringLiteral("The login %1 already exists on the team server; choose another name.")
                .arg(m_rickLogin));
        error = team::addMember(*m_db, login, 999999, team::Role::Rep, QStringLiteral("pw"));
        QCOMPARE(error.kind, ErrorKind::NotFound);
        QVERIFY2(error.message.contains(QStringLiteral("999999")), qPrintable(error.message));
        QCOMPARE(team::addMember(*m_db, login, m_rick, team::Role::Rep, QString()).kind, ErrorKind::BadInput);
        QCOMPARE(team::addMember(*m_db, QStringLiteral("pg_x"), m_rick, team::Role::Rep, QStringLiteral("pw"))
                     .kind,
            ErrorKind::BadInput);
        QCOMPARE(team::removeMember(*m_db, login).kind, ErrorKind::NotFound);

        QVERIFY(!team::addMember(*m_db, login, m_rick, team::Role::Admin, QStringLiteral("pw")));
        {
            RawConnection tess(m_server, login, QStringLiteral("pw"));
            QVERIFY2(tess.isOpen(), qPrintable(tess.error()));
            QCOMPARE(tess.number(QStringLiteral("SELECT count(*) FROM accounts")), 6); // an admin sees all
        }
        QVERIFY(!team::removeMember(*m_db, login));
        RawConnection tess(m_server, login, QStringLiteral("pw"));
        QVERIFY(!tess.isOpen());
        auto members = team::members(*m_db);
        QVERIFY(members);
        QCOMPARE(members->size(), 3);
    }

    void aFileHasNoMembers()
    {
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("own.db")));
        QVERIFY(file);
        auto members = team::members(**file);
        QVERIFY(!members);
        QVERIFY2(
            members.error().message.startsWith(QStringLiteral("Team members exist only on a team server")),
            qPrintable(members.error().message));
        QVERIFY(team::addMember(**file, QStringLiteral("x"), 1, team::Role::Rep, QStringLiteral("pw")));
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
