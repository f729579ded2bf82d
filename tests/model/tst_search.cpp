#include "EntityStore.h"
#include "Lists.h"
#include "PagedListModel.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QTest>

using namespace tandem;

using Marks = QList<std::pair<int, int>>;
Q_DECLARE_METATYPE(Marks)

// What a person types into any search box of Tandem, and what they find: Chinese by characters and
// pinyin, Latin by prefix without case or accents, phone numbers by any run of digits.
class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sales = 0;
    qint64 m_zhangWei = 0;
    qint64 m_tianjin = 0;
    qint64 m_cafe = 0;
    int m_opened = 0; // each test, and each row of one, starts on a new file

    qint64 add(const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    QStringList titlesFound(const QString& typed, const QStringList& entities = {})
    {
        auto hits = SearchIndex(*m_db).find(typed, 20, entities);
        if (!hits) {
            qWarning("%s", qPrintable(hits.error().message));
            return { QStringLiteral("<error>") };
        }
        QStringList titles;
        for (const SearchIndex::Hit& hit : *hits) {
            titles << hit.title;
        }
        return titles;
    }

    int listed(const ListSpec& spec, const QString& typed, const lists::ListFilter& filter = {})
    {
        PagedListModel model(*m_db, spec, filter);
        model.setSearchText(typed);
        if (!model.lastError().isEmpty()) {
            qWarning("%s", qPrintable(model.lastError()));
            return -1;
        }
        return model.rowCount();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Database::Options options;
        options.collation = QStringLiteral("en_US");
        m_db = test::openIn(m_dir, QStringLiteral("search-%1.db").arg(++m_opened), options);
        QVERIFY(m_db);
        m_sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("销售部") } });
        m_zhangWei = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("张伟") },
                { QStringLiteral("title"), QStringLiteral("经理") },
                { QStringLiteral("department_id"), QString::number(m_sales) } });
        add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("王芳") } });
        m_tianjin = add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("天津宏达机电设备有限公司") },
                { QStringLiteral("city"), QStringLiteral("天津") },
                { QStringLiteral("owner_id"), QString::number(m_zhangWei) } });
        m_cafe = add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Café Müller GmbH") },
                { QStringLiteral("segment"), QStringLiteral("loyal") } });
        add(entities::contact(),
            { { QStringLiteral("account_id"), QString::number(m_cafe) },
                { QStringLiteral("name"), QStringLiteral("Zoë Smith") },
                { QStringLiteral("mobile"), QStringLiteral("+86 138 0013 8000") } });
        add(entities::request(),
            { { QStringLiteral("requester"), QString::number(m_zhangWei) },
                { QStringLiteral("provider"), QString::number(m_sales) },
                { QStringLiteral("title"), QStringLiteral("打印机坏了") },
                { QStringLiteral("description"), QStringLiteral("On the third floor, by the stairs.") } });
        QVERIFY(m_zhangWei && m_tianjin && m_cafe);
    }

    void cleanup() { m_db.reset(); }

    void findsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("found");
        QTest::newRow("one character") << QStringLiteral("伟") << QStringLiteral("张伟");
        QTest::newRow("two characters") << QStringLiteral("张伟") << QStringLiteral("张伟");
        QTest::newRow("full pinyin") << QStringLiteral("zhangwei") << QStringLiteral("张伟");
        QTest::newRow("pinyin in two words") << QStringLiteral("zhang wei") << QStringLiteral("张伟");
        QTest::newRow("pinyin being typed") << QStringLiteral("zhangw") << QStringLiteral("张伟");
        QTest::newRow("pinyin initials") << QStringLiteral("zw") << QStringLiteral("张伟");
        QTest::newRow("initials in capitals") << QStringLiteral("ZW") << QStringLiteral("张伟");
        QTest::newRow("a city inside a company name")
            << QStringLiteral("天津") << QStringLiteral("天津宏达机电设备有限公司");
        QTest::newRow("a word inside a company name by pinyin")
            << QStringLiteral("hongda") << QStringLiteral("天津宏达机电设备有限公司");
        QTest::newRow("a company's initials")
            << QStringLiteral("tjhd") << QStringLiteral("天津宏达机电设备有限公司");
        QTest::newRow("without accents") << QStringLiteral("cafe mull") << QStringLiteral("Café Müller GmbH");
        QTest::newRow("accents and case") << QStringLiteral("MÜL") << QStringLiteral("Café Müller GmbH");
        QTest::newRow("latin prefix") << QStringLiteral("zo") << QStringLiteral("Zoë Smith");
        QTest::newRow("a mobile number") << QStringLiteral("13800138000") << QStringLiteral("Zoë Smith");
        QTest::newRow("grouped as written") << QStringLiteral("138 0013 8000") << QStringLiteral("Zoë Smith");
        QTest::newRow("with the country code")
            << QStringLiteral("+86 138-0013-8000") << QStringLiteral("Zoë Smith");
        QTest::newRow("its last digits") << QStringLiteral("8000") << QStringLiteral("Zoë Smith");
        QTest::newRow("digits from the middle") << QStringLiteral("0013 8") << QStringLiteral("Zoë Smith");
        QTest::newRow("a request by its description")
            << QStringLiteral("stairs") << QStringLiteral("打印机坏了");
        QTest::newRow("a request title by pinyin")
            << QStringLiteral("dayinji") << QStringLiteral("打印机坏了");
        QTest::newRow("a department") << QStringLiteral("xiaoshou") << QStringLiteral("销售部");
    }

    void findsWhatWasTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, found);
        QVERIFY2(titlesFound(typed).contains(found), qPrintable(titlesFound(typed).join(QLatin1Char(','))));
    }

    void findsNothingWhereNothingMatches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("initials the wrong way round") << QStringLiteral("wz");
        QTest::newRow("a character that is not there") << QStringLiteral("北");
        QTest::newRow("a bare quote") << QStringLiteral("\"");
        QTest::newRow("a star") << QStringLiteral("*");
        QTest::newRow("fts syntax") << QStringLiteral("NEAR( OR *");
        QTest::newRow("brackets and operators") << QStringLiteral("(a AND b) OR NOT \"c");
        QTest::newRow("a column filter") << QStringLiteral("body:zhang ^x");
        QTest::newRow("too few digits for a phone") << QStringLiteral("+86 99");
    }

    // Whatever is typed is searched literally, and never raises an error.
    void findsNothingWhereNothingMatches()
    {
        QFETCH(QString, typed);
        QCOMPARE(titlesFound(typed), QStringList());
    }

    void findsOnlyTheKindsAskedFor()
    {
        auto hits = SearchIndex(*m_db).find(QStringLiteral("zhang"), 10, { QStringLiteral("staff") });
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().entity, QStringLiteral("staff"));
        QCOMPARE(hits->first().id, m_zhangWei);
        // Two colleagues of one name are told apart by department and job title.
        QCOMPARE(hits->first().detail, QStringLiteral("销售部 · 经理"));
    }

    // Results come grouped in one order, the best first within each group.
    void groupsByKind()
    {
        add(entities::account(), { { QStringLiteral("name"), QStringLiteral("Zhang Wei Trading") } });
        add(entities::contact(),
            { { QStringLiteral("account_id"), QString::number(m_cafe) },
                { QStringLiteral("name"), QStringLiteral("张丽") } });
        auto hits = SearchIndex(*m_db).find(QStringLiteral("zhang"), 20);
        QVERIFY(hits);
        QStringList kinds;
        for (const SearchIndex::Hit& hit : *hits) {
            kinds << hit.entity;
        }
        QCOMPARE(kinds,
            (QStringList { QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("staff") }));
    }

    // A group whose best hit begins with what was typed comes before one that only holds it further in.
    void groupsFollowTheirBestHit()
    {
        add(entities::account(), { { QStringLiteral("name"), QStringLiteral("无锡农资五金店") } });
        auto hits = SearchIndex(*m_db).find(QStringLiteral("zw"), 20);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).title, QStringLiteral("张伟"));
        QCOMPARE(hits->at(1).title, QStringLiteral("无锡农资五金店"));
    }

    // Many hits of one kind leave room for the others.
    void everyKindKeepsAShare()
    {
        for (int i = 0; i < 12; ++i) {
            add(entities::contact(),
                { { QStringLiteral("account_id"), QString::number(m_cafe) },
                    { QStringLiteral("name"), QStringLiteral("张伟") } });
        }
        auto hits = SearchIndex(*m_db).find(QStringLiteral("张伟"), 6);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 6);
        QStringList kinds;
        for (const SearchIndex::Hit& hit : *hits) {
            if (!kinds.contains(hit.entity)) {
                kinds << hit.entity;
            }
        }
        QCOMPARE(kinds, (QStringList { QStringLiteral("contact"), QStringLiteral("staff") }));
        QCOMPARE(hits->last().id, m_zhangWei);
    }

    void marksWhatMatched_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Marks>("marks");
        QTest::newRow("characters") << QStringLiteral("张伟") << QStringLiteral("伟") << Marks { { 1, 1 } };
        QTest::newRow("initials") << QStringLiteral("张伟") << QStringLiteral("zw") << Marks { { 0, 2 } };
        QTest::newRow("pinyin") << QStringLiteral("天津宏达机电") << QStringLiteral("hongda")
                                << Marks { { 2, 2 } };
        QTest::newRow("accents") << QStringLiteral("Café Müller") << QStringLiteral("mul")
                                 << Marks { { 5, 3 } };
        QTest::newRow("two words") << QStringLiteral("Amanda Adams") << QStringLiteral("ada am")
                                   << Marks { { 0, 2 }, { 7, 3 } };
        QTest::newRow("nothing") << QStringLiteral("Amanda") << QStringLiteral("zz") << Marks();
    }

    void marksWhatMatched()
    {
        QFETCH(QString, shown);
        QFETCH(QString, typed);
        QFETCH(Marks, marks);
        QCOMPARE(SearchIndex::highlights(shown, typed), marks);
    }

    // Each list's search field keeps the rows whose records match, with the list's own filter.
    void narrowsEveryList()
    {
        lists::AccountFilter loyal;
        loyal.segment = QStringLiteral("loyal");
        QCOMPARE(listed(lists::accounts(), QStringLiteral("tianjin")), 1);
        QCOMPARE(listed(lists::accounts(), QString()), 2);
        // An account is found by its contact, a contact by the last digits of her mobile.
        QCOMPARE(listed(lists::accounts(), QStringLiteral("8000")), 1);
        QCOMPARE(listed(lists::accounts(), QStringLiteral("Müller"), loyal), 1);
        QCOMPARE(listed(lists::accounts(), QStringLiteral("tianjin"), loyal), 0);
        QCOMPARE(listed(lists::staff(), QStringLiteral("zw")), 1);
        QCOMPARE(listed(lists::staff(), QStringLiteral("wang")), 1);
        // A request by its title and by either side's name.
        QCOMPARE(listed(lists::requests(), QStringLiteral("打印")), 1);
        QCOMPARE(listed(lists::requests(), QStringLiteral("xiaoshou")), 1);
        QCOMPARE(listed(lists::requests(), QStringLiteral("cafe")), 0);
        QCOMPARE(listed(lists::accounts(), QStringLiteral("NEAR(\"")), 0);
    }

    // Whatever the language of the database, Chinese names sort by pinyin among the Latin ones, and rows a
    // file brought in too.
    void sortsChineseByPinyin()
    {
        for (const char* name : { "上海", "东莞", "何永康", "佛山", "北京" }) {
            QVERIFY(add(entities::account(), { { QStringLiteral("name"), QString::fromUtf8(name) } }));
        }
        PagedListModel model(*m_db, lists::accounts());
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row) {
            names << model.data(model.index(row, 0)).toString();
        }
        QCOMPARE(names,
            (QStringList { QStringLiteral("北京"), QStringLiteral("Café Müller GmbH"), QStringLiteral("东莞"),
                QStringLiteral("佛山"), QStringLiteral("何永康"), QStringLiteral("上海"),
                QStringLiteral("天津宏达机电设备有限公司") }));
    }

    // A database of the previous schema is indexed again on opening: its old text had no pinyin.
    void upgradesTheIndex()
    {
        if (m_db->isServer()) {
            QSKIP("Setting an older schema version by hand is a file's pragma.");
        }
        const QString path = m_db->path();
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE search_index SET body = 'x'")));
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE parties SET sort_key = x''")));
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("PRAGMA user_version = 4")));
        // Nor what later versions added: a record's version (schema 7).
        for (const char* table :
            { "departments", "staff", "internal_links", "accounts", "contacts", "service_requests" }) {
            QVERIFY(sql::run(m_db->connection(),
                QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(QLatin1String(table))));
        }
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error().message));
        m_db = std::move(*reopened);
        QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
        QVERIFY(titlesFound(QStringLiteral("zw")).contains(QStringLiteral("张伟")));
        QCOMPARE(sql::scalar(
                     m_db->connection(), QStringLiteral("SELECT count(*) FROM parties WHERE sort_key = x''"))
                     ->toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
