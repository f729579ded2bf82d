#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace tandem::render {

// An HTML document as a PDF on A4 pages, Chinese included (through the system's CJK fonts), numbered, with
// every heading kept on the page of what follows it. Needs a QGuiApplication.
QByteArray pdf(const QString& html, const QString& title);
// Writes the document as a PDF, whole or not at all, readable by its owner only (ExportFile).
Error writePdf(const QString& html, const QString& path);
// Writes the HTML itself, UTF-8, the same way.
Error writeHtml(const QString& html, const QString& path);

// Lays `document` out on the pages of `device` with 2 cm margins, as QTextDocument::print() would.
void layOutOnPages(QTextDocument& document, QPagedPaintDevice& device);
// Moves each heading that would end a page to the top of the next, with what follows it. The document
// must be laid out on pages.
void keepHeadingsWithNext(QTextDocument& document);
// The page (from 0) each block of a document laid out on pages starts on.
int pageOf(const QTextDocument& document, int blockNumber);

} // namespace tandem::render
