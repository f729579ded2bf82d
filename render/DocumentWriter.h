#pragma once

#include "Error.h"

#include <QString>

namespace tandem::render {

// Writes an HTML document as a PDF on A4 pages, Chinese included (through the system's CJK fonts).
// Needs a QGuiApplication. Refuses to overwrite nothing silently: an unwritable path is one sentence.
Error writePdf(const QString& html, const QString& path);
// Writes the HTML itself, UTF-8.
Error writeHtml(const QString& html, const QString& path);

} // namespace tandem::render
