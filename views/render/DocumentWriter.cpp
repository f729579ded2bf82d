#include "DocumentWriter.h"

#include "ExportFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace tandem::render {

namespace {
// What QTextDocument::print() does with a document it paginates itself, page numbers included: print()
// draws none for a document that is already on pages, as ours must be to keep headings with their text.
void printPages(const QTextDocument& document, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    if (!painter.isActive()) {
        return;
    }
    const QSizeF page = document.pageSize();
    // The layout scales the frame's margin from 96 dpi to the device's.
    const qreal margin = document.rootFrame()->frameFormat().bottomMargin() * device.logicalDpiY() / 96.0;
    const QPointF numberAt(page.width() - margin,
        page.height() - margin + QFontMetrics(document.defaultFont(), &device).ascent()
            + 5 * device.logicalDpiY() / 72.0);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int index = 0; index < document.pageCount(); ++index) {
        if (index > 0) {
            device.newPage();
        }
        const QRectF view(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.setClipping(false);
        painter.setFont(document.defaultFont());
        const QString number = QString::number(index + 1);
        painter.drawText(qRound(numberAt.x() - painter.fontMetrics().horizontalAdvance(number)),
            qRound(numberAt.y() + view.top()), number);
        painter.restore();
    }
}
} // namespace

void layOutOnPages(QTextDocument& document, QPagedPaintDevice& device)
{
    document.documentLayout()->setPaintDevice(&device);
    // 2 cm in the 96 dpi the layout measures frames in; it scales them to the device.
    const int margin = int((2 / 2.54) * 96);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setMargin(margin);
    document.rootFrame()->setFrameFormat(frame);
    document.setPageSize(QSizeF(device.width(), device.height()));
}

int pageOf(const QTextDocument& document, int blockNumber)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    return int(document.documentLayout()->blockBoundingRect(block).top() / document.pageSize().height());
}

void keepHeadingsWithNext(QTextDocument& document)
{
    // In order, so that a heading moved down is seen where it lands before the next one is judged.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid()
            || pageOf(document, next.blockNumber()) <= pageOf(document, block.blockNumber())) {
            continue;
        }
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // Laid out again whole: Qt's incremental relayout after a page break drops blocks further down.
        document.markContentsDirty(0, document.characterCount());
    }
}

QByteArray pdf(const QString& html, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tandem"));
        QTextDocument document;
        document.setHtml(html);
        layOutOnPages(document, writer);
        keepHeadingsWithNext(document);
        printPages(document, writer);
    }
    return bytes;
}

Error writePdf(const QString& html, const QString& path)
{
    // Checked before the pages are laid out, so that a bad name is said at once.
    ExportFile file(path);
    if (Error error = file.begin()) {
        return error;
    }
    file.write(pdf(html, QFileInfo(path).completeBaseName()));
    return file.commit();
}

Error writeHtml(const QString& html, const QString& path)
{
    return ExportFile::writeWhole(path, html.toUtf8());
}

} // namespace tandem::render
