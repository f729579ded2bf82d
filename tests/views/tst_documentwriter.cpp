#include "DemoOrganisation.h"
#include "DocumentWriter.h"
#include "Handover.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace tandem;

// The briefing's pages: a section heading never ends a page, away from the text it heads.
class TestDocumentWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_briefing; // the Chinese demo's handover briefing, its sections headed 联系人 and so on

    // The demo's briefing with `fill` paragraphs more after its title, so that its headings fall at every
    // place on a page.
    QString briefing(int fill) const
    {
        QString extra;
        for (int i = 0; i < fill; ++i) {
            extra += QStringLiteral("<p>Line %1 of what the successor needs to know.</p>").arg(i);
        }
        QString html = m_briefing;
        return html.insert(html.indexOf(QStringLiteral("</h1>")) + 5, extra);
    }

    // The headings that are the last block on their page.
    static int strandedHeadings(const QTextDocument& document)
    {
        int stranded = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && block.next().isValid()
                && render::pageOf(document, block.next().blockNumber())
                    > render::pageOf(document, block.blockNumber())) {
                ++stranded;
            }
        }
        return stranded;
    }

    // The blocks with text that the layout lost: they would be missing from the printed pages.
    static int unlaidBlocks(const QTextDocument& document)
    {
        document.pageCount(); // finishes the layout
        int lost = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QRectF box = document.documentLayout()->blockBoundingRect(block);
            lost
                += !block.text().isEmpty() && (block.layout()->lineCount() == 0 || box.height() <= 0) ? 1 : 0;
        }
        return lost;
    }

private slots:
    void initTestCase()
    {
        auto db = test::openIn(m_dir);
        QVERIFY(db);
        QVERIFY(!DemoOrganisation::fill(*db, DemoOrganisation::Language::Chinese));
        auto html = Handover(*db).briefingHtml(
            sql::scalar(db->connection(), QStringLiteral("SELECT min(id) FROM handovers"))->toLongLong());
        QVERIFY(html);
        m_briefing = *html;
    }

    void aHeadingIsNeverTheLastBlockOnAPage()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        int strandedBefore = 0;
        // Every amount of text before the sections, so that each heading falls at each place on a page.
        for (int fill = 0; fill < 60; ++fill) {
            QTextDocument plain;
            plain.setHtml(briefing(fill));
            render::layOutOnPages(plain, writer);
            strandedBefore += strandedHeadings(plain);

            QTextDocument kept;
            kept.setHtml(briefing(fill));
            render::layOutOnPages(kept, writer);
            render::keepHeadingsWithNext(kept);
            QVERIFY2(strandedHeadings(kept) == 0, qPrintable(QString::number(fill)));
            // Nothing is lost on the way.
            QCOMPARE(unlaidBlocks(kept), 0);
            // Moving a heading down costs at most one page.
            QVERIFY(kept.pageCount() <= plain.pageCount() + 1);
        }
        // Without the rule some headings do end a page: the check above is not idle.
        QVERIFY(strandedBefore > 0);
    }

    void theBriefingIsAPdfOnSeveralPages()
    {
        const QByteArray bytes = render::pdf(briefing(0), QStringLiteral("Briefing"));
        QVERIFY(bytes.startsWith("%PDF"));
        const QRegularExpressionMatch pages
            = QRegularExpression(QStringLiteral("/Count (\\d+)")).match(QString::fromLatin1(bytes));
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() >= 2);
    }
};

QTEST_MAIN(TestDocumentWriter)
#include "tst_documentwriter.moc"
