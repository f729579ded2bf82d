#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace tandem::render {

// An HTML document as a PDF on A4 pages, Chinese included (through the system's CJK fonts). Needs a
// QGuiApplication.
QByteArray pdf(const QString& html, const QString& title);
// Writes the document as a PDF, whole or not at all, readable by its owner only (ExportFile).
Error writePdf(const QString& html, const QString& path);
// Writes the HTML itself, UTF-8, the same way.
Error writeHtml(const QString& html, const QString& path);

} // namespace tandem::render
