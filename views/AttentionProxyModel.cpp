#include "AttentionProxyModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tandem {

AttentionProxyModel::AttentionProxyModel(int attentionRole, QString reason, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_attentionRole(attentionRole)
    , m_reason(std::move(reason))
{ }

QVariant AttentionProxyModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::ForegroundRole || role == Qt::ToolTipRole) {
        const bool attention = QIdentityProxyModel::data(index, m_attentionRole).toBool();
        if (attention) {
            if (role == Qt::ForegroundRole) {
                return QBrush(QColor(0xb0, 0x2a, 0x1a));
            }
            const QString text = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? m_reason : QStringLiteral("%1\n%2").arg(text, m_reason);
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace tandem
