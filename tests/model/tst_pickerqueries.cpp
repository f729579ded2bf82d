#include "EntityStore.h"
#include "PickerQueries.h"
#include "TestSupport.h"

#include <QTest>

using namespace tandem;

// What a picker offers: bounded answers, in name order when nothing is typed, with colleagues who have
// left only where history is filtered.
class TestPickerQueries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QMap<QString, qint64> m_ids;

    qint64 add(const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        m_ids.insert(values.value(QStringLiteral("name")), *id);
        return *id;
    }

    static QStringList titles(const Result<QList<SearchIndex::Hit>>& hits)
    {
        QStringList result;
        if (hits) {
            for (const SearchIndex::Hit& hit : *hits) {
                result << hit.title;
            }
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        m_db = test::openIn(m_dir, QStringLiteral("picker.db"));
        QVERIFY(m_db);
        const qint64 sales
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("销售部") } });
        for (const char* name : { "王芳", "李娜", "张伟", "赵磊" }) {
            QVERIFY(add(entities::staff(),
                { { QStringLiteral("name"), QString::fromUtf8(name) },
                    { QStringLiteral("department_id"), QString::number(sales) },
                    { QStringLiteral("title"), QStringLiteral("销售代表") } }));
        }
        QVERIFY(add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("天津宏达机电设备有限公司") },
                { QStringLiteral("city"), QStringLiteral("天津") } }));
        QVERIFY(EntityStore(*m_db).update(entities::staff(), m_ids.value(QStringLiteral("赵磊")),
            { { QStringLiteral("status"), QStringLiteral("departed") } }));
    }

    // Nothing typed: the first of each entity by name (pinyin for Chinese), departments first, and no one
    // who has left unless asked.
    void theFirstByName()
    {
        PickerQueries queries(*m_db);
        const PickerQueries::Scope forWork { { QStringLiteral("department"), QStringLiteral("staff") }, false,
            0 };
        QCOMPARE(titles(queries.first(forWork, 10)),
            (QStringList { QStringLiteral("销售部"), QStringLiteral("李娜"), QStringLiteral("王芳"),
                QStringLiteral("张伟") }));
        // The limit is shared: one department and one colleague.
        QCOMPARE(titles(queries.first(forWork, 2)),
            (QStringList { QStringLiteral("销售部"), QStringLiteral("李娜") }));
        const PickerQueries::Scope history { { QStringLiteral("staff") }, true,
            m_ids.value(QStringLiteral("王芳")) };
        QCOMPARE(titles(queries.first(history, 10)),
            (QStringList { QStringLiteral("李娜"), QStringLiteral("张伟"), QStringLiteral("赵磊") }));
        auto accounts = queries.first({ { QStringLiteral("account") }, false, 0 }, 10);
        QVERIFY(accounts);
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().detail, QStringLiteral("天津"));
    }

    // Typed: the search index's matches, described, within the scope and the limit.
    void matchesWhatWasTyped()
    {
        PickerQueries queries(*m_db);
        auto found = queries.matching(QStringLiteral("zw"), { { QStringLiteral("staff") }, false, 0 }, 5);
        QVERIFY(found);
        QCOMPARE(titles(found), QStringList { QStringLiteral("张伟") });
        QCOMPARE(found->first().detail, QStringLiteral("销售部 · 销售代表"));
        QCOMPARE(found->first().entity, QStringLiteral("staff"));
        // A colleague who has left: only where history is filtered, and marked.
        QVERIFY(titles(queries.matching(QStringLiteral("赵"), { { QStringLiteral("staff") }, false, 0 }, 5))
                    .isEmpty());
        auto departed = queries.matching(QStringLiteral("赵"), { { QStringLiteral("staff") }, true, 0 }, 5);
        QCOMPARE(titles(departed), QStringList { QStringLiteral("赵磊") });
        QVERIFY(departed->first().inactive);
        // The department matches too when the scope takes departments, and no more than the limit comes.
        QCOMPARE(titles(queries.matching(QStringLiteral("销售"),
                     { { QStringLiteral("department"), QStringLiteral("staff") }, false, 0 }, 1)),
            QStringList { QStringLiteral("销售部") });
        QCOMPARE(
            titles(queries.matching(QStringLiteral("天津"), { { QStringLiteral("account") }, false, 0 }, 5)),
            QStringList { QStringLiteral("天津宏达机电设备有限公司") });
    }

    // The chosen record's name, whoever it is; none for an id that is no one.
    void byId()
    {
        PickerQueries queries(*m_db);
        auto departed = queries.byId(m_ids.value(QStringLiteral("赵磊")));
        QVERIFY(departed);
        QCOMPARE(departed->title, QStringLiteral("赵磊"));
        QVERIFY(departed->inactive);
        QVERIFY(!queries.byId(987654));
        QVERIFY(!queries.byId(0));
    }
};

QTEST_GUILESS_MAIN(TestPickerQueries)
#include "tst_pickerqueries.moc"
