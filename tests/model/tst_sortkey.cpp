#include "EntityStore.h"
#include "SortKey.h"
#include "TestSupport.h"

#include <QTest>
#include <algorithm>

using namespace tandem;

class TestSortKey : public QObject
{
    Q_OBJECT

    static QStringList sorted(const QString& locale, QStringList names)
    {
        SortKey key(locale);
        std::sort(names.begin(), names.end(),
            [&](const QString& a, const QString& b) { return key.of(a) < key.of(b); });
        return names;
    }

private slots:
    void chineseSortsByPinyin()
    {
        // 张 zhang, 安 an, 陈 chen, 白 bai, 李 li: byte order of UTF-8 would put 安 after 张.
        const QStringList names { QStringLiteral("张伟"), QStringLiteral("安娜"), QStringLiteral("陈静"),
            QStringLiteral("白雪"), QStringLiteral("李强") };
        QCOMPARE(sorted(QStringLiteral("zh_CN"), names),
            (QStringList { QStringLiteral("安娜"), QStringLiteral("白雪"), QStringLiteral("陈静"),
                QStringLiteral("李强"), QStringLiteral("张伟") }));
    }

    void englishIgnoresCase()
    {
        const QStringList names { QStringLiteral("cherry"), QStringLiteral("Banana"), QStringLiteral("apple"),
            QStringLiteral("Émile") };
        QCOMPARE(sorted(QStringLiteral("en_US"), names),
            (QStringList { QStringLiteral("apple"), QStringLiteral("Banana"), QStringLiteral("cherry"),
                QStringLiteral("Émile") }));
    }

    void listsSortInTheDatabasesLanguage()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.collation = QStringLiteral("zh_CN");
        auto db = test::openIn(dir, QStringLiteral("zh.db"), options);
        QVERIFY(db);
        QCOMPARE(db->metaValue(QStringLiteral("collation")), QStringLiteral("zh_CN"));
        EntityStore store(*db);
        for (const char* name : { "张伟", "安娜", "陈静" }) {
            QVERIFY(store.add(entities::staff(), { { QStringLiteral("name"), QString::fromUtf8(name) } }));
        }
        QStringList listed;
        QVERIFY(!store.list(entities::staff(), {}, -1, [&](const Record& record) {
            listed << recordValue(record, QStringLiteral("name")).toString();
            return true;
        }));
        QCOMPARE(
            listed, (QStringList { QStringLiteral("安娜"), QStringLiteral("陈静"), QStringLiteral("张伟") }));
        // The sort language belongs to the database: reopening under another locale keeps it.
        db.reset();
        options.collation = QStringLiteral("en_US");
        auto reopened = test::openIn(dir, QStringLiteral("zh.db"), options);
        QCOMPARE(reopened->sortKey().localeName(), QStringLiteral("zh_CN"));
    }
};

QTEST_GUILESS_MAIN(TestSortKey)
#include "tst_sortkey.moc"
