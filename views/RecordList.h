#pragma once

#include <QHeaderView>
#include <QStringList>
#include <QTreeWidget>

namespace tandem {

// A flat, read-only list of records with these column headers, as the detail dialogs show them.
inline QTreeWidget* makeRecordList(QWidget* parent, const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace tandem
