#include "Paths.h"
#include "SavedViews.h"
#include "TestSupport.h"

#include <QSettings>
#include <QStandardPaths>

using namespace tandem;
using namespace tandem::lists;

namespace {
SavedView named(const QString& name, const ListFilter& filter, const QString& search = QString(),
    int column = -1, Qt::SortOrder order = Qt::AscendingOrder)
{
    SavedView view;
    view.name = name;
    view.filter = filter;
    view.searchText = search;
    view.sortColumn = column;
    view.sortOrder = order;
    return view;
}
} // namespace

// A list's views saved by name: what they keep, and where.
class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void aViewKeepsItsFilterSearchAndSort()
    {
        QTemporaryDir dir;
        auto database = test::openIn(dir);
        QVERIFY(database);
        AccountFilter filter;
        filter.segment = QStringLiteral("loyal");
        filter.owner = 9007199254740993; // past a double's exact integers
        filter.city = QStringLiteral("天津");
        filter.overdueFollowUps = true;
        QVERIFY(!SavedViews(*database, QStringLiteral("accounts"))
                     .save(named(QStringLiteral("  My overdue loyal accounts "), filter, QStringLiteral("zw"),
                         3, Qt::DescendingOrder)));

        const QList<SavedView> views = SavedViews(*database, QStringLiteral("accounts")).all();
        QCOMPARE(views.size(), 1);
        const SavedView& view = views.first();
        QCOMPARE(view.name, QStringLiteral("My overdue loyal accounts"));
        QCOMPARE(view.searchText, QStringLiteral("zw"));
        QCOMPARE(view.sortColumn, 3);
        QCOMPARE(view.sortOrder, Qt::DescendingOrder);
        QVERIFY(std::holds_alternative<AccountFilter>(view.filter));
        const auto& kept = std::get<AccountFilter>(view.filter);
        QCOMPARE(kept.segment, filter.segment);
        QCOMPARE(kept.category, QString());
        QCOMPARE(kept.owner, filter.owner);
        QCOMPARE(kept.city, filter.city);
        QCOMPARE(kept.overdueFollowUps, true);
        // Each list has its own views.
        QVERIFY(SavedViews(*database, QStringLiteral("requests")).all().isEmpty());
    }

    void everyFilterRoundTrips()
    {
        RequestFilter requests;
        requests.party = 4;
        requests.department = 2;
        requests.departmentScope = { 2, 7, 11 };
        requests.side = RequestFilter::Side::Provider;
        requests.statuses = { QStringLiteral("open"), QStringLiteral("waiting") };
        requests.overdue = true;
        requests.createdFrom = QStringLiteral("2026-01-01T00:00:00Z");
        requests.createdUntil = QStringLiteral("2026-02-01T00:00:00Z");
        requests.closedFrom = QStringLiteral("2026-03-01T00:00:00Z");
        requests.closedUntil = QStringLiteral("2026-04-01T00:00:00Z");
        requests.rated = true;
        const SavedView back = SavedViews::fromJson(SavedViews::toJson(named(QStringLiteral("r"), requests)));
        QVERIFY(std::holds_alternative<RequestFilter>(back.filter));
        const auto& request = std::get<RequestFilter>(back.filter);
        QCOMPARE(request.party, 4);
        QCOMPARE(request.department, 2);
        QCOMPARE(request.departmentScope, (QList<qint64> { 2, 7, 11 }));
        QCOMPARE(request.side, RequestFilter::Side::Provider);
        QCOMPARE(request.statuses, requests.statuses);
        QVERIFY(request.overdue && request.rated);
        QCOMPARE(request.createdFrom, requests.createdFrom);
        QCOMPARE(request.createdUntil, requests.createdUntil);
        QCOMPARE(request.closedFrom, requests.closedFrom);
        QCOMPARE(request.closedUntil, requests.closedUntil);
        QCOMPARE(back.sortColumn, -1);

        const SavedView staff
            = SavedViews::fromJson(SavedViews::toJson(named(QStringLiteral("s"), StaffFilter { 5 })));
        QCOMPARE(std::get<StaffFilter>(staff.filter).department, 5);
        const SavedView followUps
            = SavedViews::fromJson(SavedViews::toJson(named(QStringLiteral("f"), FollowUpFilter { 6 })));
        QCOMPARE(std::get<FollowUpFilter>(followUps.filter).owner, 6);
        const SavedView whole
            = SavedViews::fromJson(SavedViews::toJson(named(QStringLiteral("w"), std::monostate())));
        QVERIFY(std::holds_alternative<std::monostate>(whole.filter));
    }

    void viewsAreKeptPerDatabase()
    {
        QTemporaryDir dir;
        auto first = test::openIn(dir, QStringLiteral("first.db"));
        auto second = test::openIn(dir, QStringLiteral("second.db"));
        QVERIFY(first && second);
        QVERIFY(!SavedViews(*first, QStringLiteral("accounts"))
                     .save(named(QStringLiteral("Mine"), AccountFilter {})));
        QCOMPARE(SavedViews(*first, QStringLiteral("accounts")).all().size(), 1);
        QVERIFY(SavedViews(*second, QStringLiteral("accounts")).all().isEmpty());
        // And they stay with the file when it is opened again.
        first.reset();
        auto again = test::openIn(dir, QStringLiteral("first.db"));
        QVERIFY(again);
        QCOMPARE(SavedViews(*again, QStringLiteral("accounts")).all().first().name, QStringLiteral("Mine"));
    }

    void renameRemoveAndReplace()
    {
        QTemporaryDir dir;
        auto database = test::openIn(dir);
        QVERIFY(database);
        SavedViews views(*database, QStringLiteral("requests"));
        QVERIFY(!views.save(named(QStringLiteral("A"), RequestFilter {}, QStringLiteral("one"))));
        QVERIFY(!views.save(named(QStringLiteral("B"), RequestFilter {})));
        // Saving under a name that exists replaces that view, in its place.
        QVERIFY(!views.save(named(QStringLiteral("A"), RequestFilter {}, QStringLiteral("two"))));
        QCOMPARE(views.all().size(), 2);
        QCOMPARE(views.all().first().searchText, QStringLiteral("two"));
        QCOMPARE(views.save(named(QStringLiteral("  "), RequestFilter {})).kind, ErrorKind::BadInput);
        QCOMPARE(views.rename(QStringLiteral("A"), QStringLiteral("B")).kind, ErrorKind::BadInput);
        QVERIFY(!views.rename(QStringLiteral("A"), QStringLiteral("C")));
        QCOMPARE(views.all().first().name, QStringLiteral("C"));
        QVERIFY(!views.remove(QStringLiteral("C")));
        QCOMPARE(views.all().size(), 1);
        QCOMPARE(views.all().first().name, QStringLiteral("B"));
    }

    void settingsHaveAPlaceOfTheirOwnAndKeepEarlierOnes()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QStringLiteral("tandem"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
        QVERIFY(QSettings().fileName().contains(QLatin1String("Unknown Organization")));
        const QString databaseBefore = paths::defaultDatabase();

        paths::setApplicationNames();
        QSettings settings;
        settings.clear();
        settings.sync();
        QVERIFY2(!settings.fileName().contains(QLatin1String("Unknown Organization")),
            qPrintable(settings.fileName()));
        QVERIFY(settings.fileName().contains(QLatin1String("/Tandem/tandem")));
        paths::adoptEarlierSettings();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        // Once: what the user changes afterwards is not overwritten by the old file.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        paths::adoptEarlierSettings();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        // The default database stays where it was.
        QCOMPARE(paths::defaultDatabase(), databaseBefore);
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
