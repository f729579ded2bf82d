#include "DocumentWriter.h"

#include "ExportFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace tandem::render {

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
        document.print(&writer);
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
