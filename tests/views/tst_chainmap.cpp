#include "ChainGraph.h"
#include "ChainMapPage.h"
#include "DemoOrganisation.h"
#include "Generator.h"
#include "Sql.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tandem;

// The chain map as it opens: on a readable part of the chain, in the body font, the weakest link marked,
// and a sentence instead of a blank canvas when the whole chain is too big to draw.
class TestChainMap : public test::WindowFixture
{
    Q_OBJECT

    std::unique_ptr<Database> m_demo;

    // Shows the map at a usual size and waits for its first drawing.
    static bool drawnOnce(ChainMapPage& map)
    {
        QSignalSpy drawn(&map, &ChainMapPage::drawn);
        map.resize(1200, 800);
        map.show();
        // A chain too big to draw says so at once, without a layout to wait for.
        return !drawn.isEmpty() || drawn.wait(20000);
    }

    static QRectF visibleArea(const ChainMapPage& map)
    {
        return map.view()->mapToScene(map.view()->viewport()->rect()).boundingRect();
    }

    // Names and edge labels are set at least in the body font and drawn at scale 1 or more.
    static void checkReadable(const ChainMapPage& map)
    {
        QVERIFY2(
            map.view()->transform().m11() >= 1.0, qPrintable(QString::number(map.view()->transform().m11())));
        const double body = QApplication::font().pointSizeF();
        int texts = 0;
        for (QGraphicsItem* item : map.scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item)) {
                QVERIFY2(text->font().pointSizeF() >= body, qPrintable(text->text()));
                ++texts;
            }
        }
        QVERIFY(texts > map.nodeBoxes().size());
        // No label lies over a party's box.
        for (QGraphicsSimpleTextItem* label : map.edgeLabels()) {
            for (const QRectF& box : map.nodeBoxes()) {
                QVERIFY2(!label->sceneBoundingRect().intersects(box), qPrintable(label->text()));
            }
        }
    }

private slots:
    void initTestCase()
    {
        startInEnglish();
        m_demo = test::openIn(m_dir, QStringLiteral("demo.db"));
        QVERIFY(m_demo);
        QVERIFY(!DemoOrganisation::fill(*m_demo, DemoOrganisation::Language::English));
    }

    void opensOnTheChainOfThePartyWithTheMostAccounts()
    {
        ChainMapPage map(*m_demo);
        QVERIFY(drawnOnce(map));
        const qint64 busiest = sql::scalar(m_demo->connection(),
            QStringLiteral("SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY count(*) DESC, owner_id "
                           "LIMIT 1"))
                                   ->toLongLong();
        const QSet<qint64> chain = map.fittedChain();
        QVERIFY(chain.contains(busiest));
        // Their accounts are on the chain the view opens on, and the party itself is in sight.
        auto owned = sql::run(m_demo->connection(),
            QStringLiteral("SELECT party_id FROM accounts WHERE owner_id = ?"), { busiest });
        QVERIFY(owned);
        int accounts = 0;
        while (owned->next()) {
            QVERIFY(chain.contains(owned->value(0).toLongLong()));
            ++accounts;
        }
        QVERIFY(accounts > 0);
        QVERIFY(visibleArea(map).contains(map.nodeBoxes().value(busiest)));
        checkReadable(map);
        QVERIFY(!map.edgeLabels().isEmpty());
        QVERIFY(map.canvasMessage().isEmpty());
    }

    void aDepartmentOpensOnTheChainItIsPartOf()
    {
        ChainMapPage map(*m_demo);
        QVERIFY(drawnOnce(map));
        auto graph = ChainGraph::load(*m_demo);
        QVERIFY(graph);
        auto* picker = map.findChild<QComboBox*>(QStringLiteral("departmentPicker"));
        QVERIFY(picker);
        int highlighted = 0;
        for (int index = 1; index < picker->count(); ++index) {
            const qint64 department = picker->itemData(index).toLongLong();
            QSignalSpy drawn(&map, &ChainMapPage::drawn);
            picker->setCurrentIndex(index);
            QVERIFY(drawn.wait(20000));
            const QSet<qint64> members = graph->departmentWithMembers(department);
            const QSet<qint64> drawnParties(map.nodeBoxes().keyBegin(), map.nodeBoxes().keyEnd());
            QVERIFY(drawnParties.contains(members));
            // Not its members only: whoever supplies the department is drawn too.
            for (qint64 supplier : graph->suppliers(department)) {
                QVERIFY2(drawnParties.contains(supplier), qPrintable(picker->currentText()));
            }
            checkReadable(map);
            // When the whole chain fits at the body font it is all in sight; else the department is.
            const QRectF area = visibleArea(map);
            QVERIFY(area.contains(map.nodeBoxes().value(department)));
            // The weakest link of this chain is the one drawn in red and named below the map.
            auto weakest = ChainGraph::weakestAmong(*m_demo, *graph, map.fittedChain());
            QVERIFY(weakest);
            if (weakest->has_value()) {
                ++highlighted;
                QCOMPARE(
                    map.highlightedLink(), qMakePair((*weakest)->edge.supplier, (*weakest)->edge.customer));
                QVERIFY2(map.statusText().contains(QStringLiteral("Weakest link (in red)")),
                    qPrintable(map.statusText()));
            } else {
                QCOMPARE(map.highlightedLink(), qMakePair(qint64(0), qint64(0)));
            }
        }
        // The demo has late work: some department's chain has a weakest link to show.
        QVERIFY(highlighted > 0);
    }

    void aChainTooBigToDrawSaysSoOnTheCanvas()
    {
        auto db = test::openIn(m_dir, QStringLiteral("large.db"));
        QVERIFY(db);
        Generator::Sizes sizes;
        sizes.staff = 600;
        sizes.accounts = 300;
        sizes.contacts = 0;
        sizes.requests = 200;
        sizes.seed = 7;
        QVERIFY(!Generator::run(*db, sizes));
        ChainMapPage map(*db);
        QVERIFY(drawnOnce(map));
        QVERIFY2(map.canvasMessage().contains(QStringLiteral("too many to draw")),
            qPrintable(map.canvasMessage()));
        QVERIFY(map.nodeBoxes().isEmpty());
        auto* choose = map.findChild<QPushButton*>(QStringLiteral("chooseDepartment"));
        QVERIFY(choose);
        QVERIFY(choose->isVisible());
        QVERIFY(!map.view()->isVisible());
        // A department chosen there draws its chain instead.
        auto* picker = map.findChild<QComboBox*>(QStringLiteral("departmentPicker"));
        QSignalSpy drawn(&map, &ChainMapPage::drawn);
        picker->setCurrentIndex(1);
        QVERIFY(drawn.wait(30000));
        QVERIFY2(map.canvasMessage().isEmpty(), qPrintable(map.canvasMessage()));
        QVERIFY(!map.nodeBoxes().isEmpty());
        QVERIFY(map.view()->isVisible());
    }
};

QTEST_MAIN(TestChainMap)
#include "tst_chainmap.moc"
