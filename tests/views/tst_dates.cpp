#include "AccountDialog.h"
#include "AccountsPage.h"
#include "Clock.h"
#include "DateField.h"
#include "DateLabels.h"
#include "EntityStore.h"
#include "Generator.h"
#include "ListPage.h"
#include "Lists.h"
#include "PagedListModel.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "RequestDialog.h"
#include "SatisfactionCharts.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFontMetrics>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>
#include <ctime>

using namespace tandem;

// Dates, times and counts as a reader sees them: in their locale and their time zone, picked from a
// calendar, late work counted in calendar days, months named as months.
class TestDates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Database> m_thousands; // 12,345 accounts, made once

    std::unique_ptr<Database> freshDatabase()
    {
        return test::openIn(m_dir, QStringLiteral("dates%1.db").arg(++m_databases));
    }

    // A local time in the test's time zone (Shanghai), as the model stores it.
    static QString stored(const QDate& day, const QTime& time) { return Clock::toIso(QDateTime(day, time)); }

    static QAction* choice(DateField* field, const QString& text)
    {
        for (QAction* action : field->quickChoices()->menu()->actions()) {
            if (action->text() == text) {
                return action;
            }
        }
        return nullptr;
    }

    static qint64 addRequest(Database& database, const QString& dueAt)
    {
        EntityStore store(database);
        const qint64 sales
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 stores
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Stores") } });
        auto request = store.add(entities::request(),
            { { QStringLiteral("requester"), QString::number(sales) },
                { QStringLiteral("provider"), QString::number(stores) },
                { QStringLiteral("title"), QStringLiteral("Count the pumps") },
                { QStringLiteral("created_at"), stored(QDate(2022, 3, 1), QTime(9, 0)) },
                { QStringLiteral("due_at"), dueAt } });
        return request ? *request : 0;
    }

private slots:
    void initTestCase()
    {
        // Eight hours ahead of UTC: a day in UTC and a day in Shanghai differ for a third of each day.
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // English words with their plurals, in the en_US locale (the tests run under the C locale).
        translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Noon on 10 March in Shanghai.
        Clock::setFixed(QDateTime(QDate(2026, 3, 10), QTime(12, 0)));
    }

    void cleanup()
    {
        Clock::setFixed(QDateTime());
        RecordDialog::setAnswer({});
    }

    // A list shows a stored UTC time as the reader's local date and time, in the locale's short form.
    void aDateColumnShowsTheLocalesShortForm_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
    }
    void aDateColumnShowsTheLocalesShortForm()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        auto db = freshDatabase();
        QVERIFY(db);
        QVERIFY(addRequest(*db, QStringLiteral("2026-03-20")));
        PagedListModel model(*db, lists::requests());
        QCOMPARE(model.rowCount(), 1);
        // Created at 09:00 in Shanghai, stored as 01:00 UTC.
        const QDateTime created(QDate(2022, 3, 1), QTime(9, 0));
        QCOMPARE(model.index(0, 6).data().toString(), locale.toString(created, QLocale::ShortFormat));
        QVERIFY(
            model.index(0, 6).data().toString().contains(locale.toString(QTime(9, 0), QLocale::ShortFormat)));
        // Due on a day means by the end of that day, in local time.
        QCOMPARE(model.index(0, 7).data().toString(),
            locale.toString(QDate(2026, 3, 20).endOfDay(), QLocale::ShortFormat));
        QVERIFY(!model.index(0, 7).data().toString().contains(QLatin1String("2026-03")));
    }

    // Log Interaction opens with "When" at the local time now, in the locale's form, not an ISO UTC text;
    // saved untouched, it stores that moment in UTC.
    void logInteractionFillsWhenWithTheLocalTimeNow()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        auto account = EntityStore(*db).add(
            entities::account(), { { QStringLiteral("name"), QStringLiteral("Harbour Freight") } });
        QVERIFY(account);
        QUndoStack stack;
        RecordEditor editor(*db, &stack);
        AccountDialog details(*db, &editor, *account, 0);
        QString shown;
        QDateTime held;
        RecordDialog::setAnswer([&](RecordDialog& form) {
            auto* when = form.findChild<DateField*>(QStringLiteral("occurred_at"));
            QVERIFY(when);
            shown = when->editor()->text();
            held = when->editor()->dateTime();
            form.setValue(QStringLiteral("summary"), QStringLiteral("Toured the pump room"));
            form.accept();
        });
        details.logInteraction();
        QCOMPARE(held, QDateTime(QDate(2026, 3, 10), QTime(12, 0)));
        QCOMPARE(shown, QStringLiteral("3/10/2026 12:00 PM"));
        auto stored = sql::scalar(db->connection(), QStringLiteral("SELECT occurred_at FROM interactions"));
        QVERIFY(stored);
        QCOMPARE(stored->toString(), QStringLiteral("2026-03-10T04:00:00Z"));
    }

    // A date field is a calendar editor with quick choices; an optional one can hold no date.
    void aDateEditorHasACalendarAndQuickChoices()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        RecordDialog form(*db, entities::interaction(), 0, {},
            { QStringLiteral("occurred_at"), QStringLiteral("next_step"), QStringLiteral("next_step_due") });
        auto* due = form.findChild<DateField*>(QStringLiteral("next_step_due"));
        QVERIFY(due);
        QVERIFY(due->editor()->calendarPopup());
        QCOMPARE(due->editor()->displayFormat(), QStringLiteral("M/d/yyyy"));
        // Optional and empty: no date until one is given.
        QVERIFY(!due->hasDate());
        QCOMPARE(due->editor()->text(), QStringLiteral("No date"));
        QCOMPARE(form.values().value(QStringLiteral("next_step_due")), QString());

        QAction* tomorrow = choice(due, QStringLiteral("Tomorrow"));
        QVERIFY(tomorrow);
        tomorrow->trigger();
        QVERIFY(due->dateGiven()->isChecked());
        QCOMPARE(due->editor()->date(), QDate(2026, 3, 11));
        QCOMPARE(form.values().value(QStringLiteral("next_step_due")), QStringLiteral("2026-03-11"));
        choice(due, QStringLiteral("In a week"))->trigger();
        QCOMPARE(form.values().value(QStringLiteral("next_step_due")), QStringLiteral("2026-03-17"));
        // The button itself is the first choice.
        QCOMPARE(due->quickChoices()->defaultAction()->text(), QStringLiteral("Today"));
        QTest::mouseClick(due->quickChoices(), Qt::LeftButton, {}, QPoint(4, 4));
        QCOMPARE(form.values().value(QStringLiteral("next_step_due")), QStringLiteral("2026-03-10"));
        choice(due, QStringLiteral("No date"))->trigger();
        QVERIFY(!due->editor()->isEnabled());
        QCOMPARE(form.values().value(QStringLiteral("next_step_due")), QString());
        due->dateGiven()->setChecked(true);
        QCOMPARE(form.values().value(QStringLiteral("next_step_due")), QStringLiteral("2026-03-10"));

        // What happened looks back, to the minute; it is required, so it always holds a time.
        auto* when = form.findChild<DateField*>(QStringLiteral("occurred_at"));
        QVERIFY(when);
        QVERIFY(when->editor()->calendarPopup());
        QVERIFY(!when->dateGiven());
        QVERIFY(!choice(when, QStringLiteral("No date")));
        choice(when, QStringLiteral("Yesterday"))->trigger();
        QCOMPARE(form.values().value(QStringLiteral("occurred_at")), QStringLiteral("2026-03-09T04:00:00Z"));
    }

    // A request's due date is picked as a day and means the end of that day, as typing a day always did;
    // a due time already on record is kept while the day is left alone.
    void aDueDayMeansTheEndOfThatDay()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        RecordDialog form(
            *db, entities::request(), 0, {}, { QStringLiteral("title"), QStringLiteral("due_at") });
        auto* due = form.findChild<DateField*>(QStringLiteral("due_at"));
        QVERIFY(due);
        QCOMPARE(due->editor()->displayFormat(), QStringLiteral("M/d/yyyy"));
        choice(due, QStringLiteral("In a week"))->trigger();
        QCOMPARE(form.values().value(QStringLiteral("due_at")), QStringLiteral("2026-03-17"));
        QVERIFY(addRequest(*db, form.values().value(QStringLiteral("due_at"))));
        // 23:59:59 in Shanghai.
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT due_at FROM service_requests"))->toString(),
            QStringLiteral("2026-03-17T15:59:59Z"));

        const QString onRecord = QStringLiteral("2026-03-20T01:30:00Z");
        RecordDialog edit(*db, entities::request(), 0, { { QStringLiteral("due_at"), onRecord } },
            { QStringLiteral("due_at") });
        auto* kept = edit.findChild<DateField*>(QStringLiteral("due_at"));
        QCOMPARE(kept->editor()->date(), QDate(2026, 3, 20));
        QVERIFY(edit.changes().isEmpty());
        QCOMPARE(edit.values().value(QStringLiteral("due_at")), onRecord);
        kept->editor()->setDate(QDate(2026, 3, 21));
        QCOMPARE(edit.changes().value(QStringLiteral("due_at")), QStringLiteral("2026-03-21"));
    }

    // Late work is counted in calendar days where the reader is: a request that fell due a minute ago is
    // overdue today, one due late last night by one day, one due two days back by two.
    void overdueCountsCalendarDays_data()
    {
        QTest::addColumn<QString>("dueAt");
        QTest::addColumn<QString>("listed");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("a minute ago")
            << stored(QDate(2026, 3, 10), QTime(11, 59)) << QStringLiteral("(overdue today)")
            << QStringLiteral("Overdue today.");
        QTest::newRow("last night") << stored(QDate(2026, 3, 9), QTime(23, 0))
                                    << QStringLiteral("(overdue by 1 day)")
                                    << QStringLiteral("Overdue by 1 day.");
        QTest::newRow("two days back")
            << stored(QDate(2026, 3, 8), QTime(15, 0)) << QStringLiteral("(overdue by 2 days)")
            << QStringLiteral("Overdue by 2 days.");
        QTest::newRow("long ago") << stored(QDate(2022, 6, 1), QTime(15, 0))
                                  << QStringLiteral("(overdue by 1,378 days)")
                                  << QStringLiteral("Overdue by 1,378 days.");
    }
    void overdueCountsCalendarDays()
    {
        QFETCH(QString, dueAt);
        QFETCH(QString, listed);
        QFETCH(QString, sentence);
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 request = addRequest(*db, dueAt);
        QVERIFY(request);
        PagedListModel model(*db, lists::requests());
        QVERIFY2(model.index(0, 7).data().toString().endsWith(listed),
            qPrintable(model.index(0, 7).data().toString()));
        QUndoStack stack;
        RecordEditor editor(*db, &stack);
        RequestDialog dialog(*db, &editor, request);
        auto* overdue = dialog.findChild<QLabel*>(QStringLiteral("overdueLabel"));
        QVERIFY(overdue);
        QVERIFY2(overdue->text().startsWith(sentence), qPrintable(overdue->text()));
    }

    // Charts name months as months and days as days, in the locale's words and order.
    void monthsAreNamedAsMonths()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QCOMPARE(dateLabels::month(QDate(2025, 12, 1), english), QStringLiteral("Dec 2025"));
        QCOMPARE(dateLabels::month(QDate(2025, 12, 1), chinese), QStringLiteral("2025年12月"));
        QCOMPARE(dateLabels::day(QDate(2025, 9, 14), english), QStringLiteral("Sep 14"));
        QCOMPARE(dateLabels::day(QDate(2025, 9, 14), chinese), QStringLiteral("9月14日"));
        QCOMPARE(dateLabels::month(QDate(2025, 12, 1), QLocale(QLocale::German, QLocale::Germany)),
            QStringLiteral("Dez. 2025"));

        QLocale::setDefault(chinese);
        Satisfaction::MonthPoint december;
        december.month = QDate(2025, 12, 1);
        Satisfaction::MonthPoint january;
        january.month = QDate(2026, 1, 1);
        std::unique_ptr<QChart> trend(
            charts::satisfactionTrend({ december, january }, QStringLiteral("Trend"), {}));
        auto* axis = qobject_cast<QBarCategoryAxis*>(trend->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(
            axis->categories(), (QStringList { QStringLiteral("2025年12月"), QStringLiteral("2026年1月") }));
        Satisfaction::WeekFlow week;
        week.weekStart = QDate(2026, 3, 9);
        std::unique_ptr<QChart> flow(charts::weeklyFlow({ week }, {}));
        auto* weeks = qobject_cast<QBarCategoryAxis*>(flow->axes(Qt::Horizontal).value(0));
        QVERIFY(weeks);
        QCOMPARE(weeks->categories(), QStringList { QStringLiteral("3月9日") });
    }

    // Count axes stop at round numbers, written with the locale's thousands separator.
    void countAxesUseRoundTicks_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("highest");
        QTest::addColumn<QStringList>("ticks");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QTest::newRow("nothing") << english << 0 << QStringList { QStringLiteral("0"), QStringLiteral("1") };
        QTest::newRow("three") << english << 3
                               << QStringList { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                      QStringLiteral("3") };
        QTest::newRow("seven") << english << 7
                               << QStringList { QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4"),
                                      QStringLiteral("6"), QStringLiteral("8") };
        QTest::newRow("123") << english << 123
                             << QStringList { QStringLiteral("0"), QStringLiteral("50"),
                                    QStringLiteral("100"), QStringLiteral("150") };
        const QStringList thousands { QStringLiteral("0"), QStringLiteral("5,000"), QStringLiteral("10,000"),
            QStringLiteral("15,000") };
        QTest::newRow("12,345 en_US") << english << 12345 << thousands;
        QTest::newRow("12,345 zh_CN") << chinese << 12345 << thousands;
    }
    void countAxesUseRoundTicks()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, highest);
        QFETCH(QStringList, ticks);
        QLocale::setDefault(locale);
        std::unique_ptr<QValueAxis> axis(charts::countAxis(highest));
        auto* labelled = qobject_cast<QCategoryAxis*>(axis.get());
        QVERIFY(labelled);
        QCOMPARE(labelled->categoriesLabels(), ticks);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), locale.toDouble(ticks.last()));
    }

    // The highest count stands centred on the right edge of the load chart: its right half must fit.
    void theLastCountIsNotCut()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SatisfactionScore sales;
        sales.name = QStringLiteral("Sales");
        sales.open = 12345;
        std::unique_ptr<QChart> load(charts::departmentLoad({ sales }, 8, {}));
        auto* counts = qobject_cast<QCategoryAxis*>(load->axes(Qt::Horizontal).value(0));
        QVERIFY(counts);
        QCOMPARE(counts->categoriesLabels().constLast(), QStringLiteral("15,000"));
        const int half = QFontMetrics(counts->labelsFont()).horizontalAdvance(QStringLiteral("15,000")) / 2;
        QVERIFY(load->margins().right() >= 4 + half / 2);
    }

    // A list's count has the thousands separator of the reader's language.
    void countsHaveThousandsSeparators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("count");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("12,345 accounts");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("12,345 个外部客户");
    }
    void countsHaveThousandsSeparators()
    {
        QFETCH(QString, language);
        QFETCH(QString, count);
        if (!m_thousands) {
            m_thousands = freshDatabase();
            QVERIFY(m_thousands);
            Generator::Sizes sizes;
            sizes.staff = 10;
            sizes.accounts = 12345;
            sizes.contacts = 0;
            sizes.requests = 0;
            QVERIFY(!Generator::run(*m_thousands, sizes));
        }
        translations::install(language);
        if (language == QLatin1String("en")) {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        QUndoStack stack;
        RecordEditor editor(*m_thousands, &stack);
        QAction addAccount(QStringLiteral("Add Account"));
        AccountsPage page(*m_thousands, &editor, &addAccount);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.list()->countText(), count);
    }
};

QTEST_MAIN(TestDates)
#include "tst_dates.moc"
