#include "ImportMapping.h"

#include <QTest>

using namespace tandem;

// Spreadsheet headers and the words people type, in English and Chinese, become Tandem's fields and values.
class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void headers_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const QString account = QStringLiteral("account");
        QTest::newRow("field name") << account << QStringLiteral("name") << QStringLiteral("name");
        QTest::newRow("field name without _id")
            << account << QStringLiteral("owner") << QStringLiteral("owner_id");
        QTest::newRow("English label, any case and spacing")
            << account << QStringLiteral(" E-Mail ") << QStringLiteral("email");
        QTest::newRow("required mark") << account << QStringLiteral("Name *") << QStringLiteral("name");
        QTest::newRow("客户名称") << account << QStringLiteral("客户名称") << QStringLiteral("name");
        QTest::newRow("联系电话") << account << QStringLiteral("联系电话") << QStringLiteral("phone");
        QTest::newRow("手机 on an account is its phone")
            << account << QStringLiteral("手机") << QStringLiteral("phone");
        QTest::newRow("邮箱") << account << QStringLiteral("邮箱") << QStringLiteral("email");
        QTest::newRow("联系人 on an account is its contact person")
            << account << QStringLiteral("联系人") << QStringLiteral("contact:name");
        QTest::newRow("职务 on an account is its contact's")
            << account << QStringLiteral("职务") << QStringLiteral("contact:title");
        QTest::newRow("联系人手机") << account << QStringLiteral("联系人手机")
                                    << QStringLiteral("contact:mobile");
        QTest::newRow("联系人 on a contact is its name")
            << QStringLiteral("contact") << QStringLiteral("联系人") << QStringLiteral("name");
        QTest::newRow("地址 with a full-width colon")
            << account << QStringLiteral("地址：") << QStringLiteral("address");
        QTest::newRow("城市") << account << QStringLiteral("城市") << QStringLiteral("city");
        QTest::newRow("类别") << account << QStringLiteral("类别") << QStringLiteral("category");
        QTest::newRow("客户类型") << account << QStringLiteral("客户类型") << QStringLiteral("segment");
        QTest::newRow("负责人") << account << QStringLiteral("负责人") << QStringLiteral("owner_id");
        QTest::newRow("销售代表") << account << QStringLiteral("销售代表") << QStringLiteral("owner_id");
        QTest::newRow("备注") << account << QStringLiteral("备注") << QStringLiteral("notes");
        QTest::newRow("unknown") << account << QStringLiteral("Lieblingsfarbe") << QString();
        const QString contact = QStringLiteral("contact");
        QTest::newRow("联系人") << contact << QStringLiteral("联系人") << QStringLiteral("name");
        QTest::newRow("手机 on a contact is its mobile")
            << contact << QStringLiteral("手机") << QStringLiteral("mobile");
        QTest::newRow("contact's company")
            << contact << QStringLiteral("公司") << QStringLiteral("account_id");
        QTest::newRow("职务") << contact << QStringLiteral("职务") << QStringLiteral("title");
        const QString staff = QStringLiteral("staff");
        QTest::newRow("部门") << staff << QStringLiteral("部门") << QStringLiteral("department_id");
        QTest::newRow("入职日期") << staff << QStringLiteral("入职日期") << QStringLiteral("joined_on");
        QTest::newRow("上级部门") << QStringLiteral("department") << QStringLiteral("上级部门")
                                  << QStringLiteral("parent_id");
    }

    void headers()
    {
        QFETCH(QString, entity);
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(importing::fieldFor(*entities::find(entity), header), field);
    }

    void aFieldIsMappedOnce()
    {
        const QHash<int, QString> mapping = importing::mapHeader(entities::account(),
            { QStringLiteral("客户名称"), QStringLiteral("电话"), QStringLiteral("手机"),
                QStringLiteral("x") });
        QCOMPARE(mapping.value(0), QStringLiteral("name"));
        QCOMPARE(mapping.value(1), QStringLiteral("phone"));
        QVERIFY(!mapping.contains(2)); // the second phone column is the user's to map
        QVERIFY(!mapping.contains(3));
    }

    void choices_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("value");
        QTest::newRow("stored value")
            << QStringLiteral("segment") << QStringLiteral("loyal") << QStringLiteral("loyal");
        QTest::newRow("English label")
            << QStringLiteral("segment") << QStringLiteral("Floating") << QStringLiteral("floating");
        QTest::newRow("忠诚") << QStringLiteral("segment") << QStringLiteral("忠诚")
                              << QStringLiteral("loyal");
        QTest::newRow("游离顾客") << QStringLiteral("segment") << QStringLiteral("游离顾客")
                                  << QStringLiteral("floating");
        QTest::newRow("潜在客户") << QStringLiteral("segment") << QStringLiteral("潜在客户")
                                  << QStringLiteral("potential");
        QTest::newRow("消费者") << QStringLiteral("category") << QStringLiteral("消费者")
                                << QStringLiteral("consumer");
        QTest::newRow("委托人") << QStringLiteral("category") << QStringLiteral("委托人")
                                << QStringLiteral("client");
        QTest::newRow("零售商") << QStringLiteral("category") << QStringLiteral("零售商")
                                << QStringLiteral("retailer");
        QTest::newRow("经销商") << QStringLiteral("category") << QStringLiteral("经销商")
                                << QStringLiteral("distributor");
        QTest::newRow("最终使用者") << QStringLiteral("category") << QStringLiteral("最终使用者")
                                    << QStringLiteral("end_user");
        QTest::newRow("End user") << QStringLiteral("category") << QStringLiteral("End user")
                                  << QStringLiteral("end_user");
        QTest::newRow("unknown stays for the check to name")
            << QStringLiteral("segment") << QStringLiteral(" vip ") << QStringLiteral("vip");
    }

    void choices()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, value);
        QCOMPARE(importing::choiceValue(field, typed), value);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("date");
        QTest::newRow("ISO") << QStringLiteral("2026-03-01") << QStringLiteral("2026-03-01");
        QTest::newRow("slashes") << QStringLiteral("2026/3/1") << QStringLiteral("2026-03-01");
        QTest::newRow("dots") << QStringLiteral("2026.3.1") << QStringLiteral("2026-03-01");
        QTest::newRow("Chinese") << QStringLiteral("2026年3月1日") << QStringLiteral("2026-03-01");
        QTest::newRow("Chinese with spaces")
            << QStringLiteral("2026 年 3 月 1 日") << QStringLiteral("2026-03-01");
        QTest::newRow("day first with dots") << QStringLiteral("1.3.2026") << QStringLiteral("2026-03-01");
        QTest::newRow("not a day") << QStringLiteral("2026-02-30") << QStringLiteral("2026-02-30");
        QTest::newRow("not a date") << QStringLiteral("soon") << QStringLiteral("soon");
    }

    void dates()
    {
        QFETCH(QString, typed);
        QFETCH(QString, date);
        QCOMPARE(importing::dateValue(typed), date);
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
