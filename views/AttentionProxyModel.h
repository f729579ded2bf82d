#pragma once

#include <QIdentityProxyModel>

namespace tandem {

// Shows rows the model marks as needing attention (overdue, one-sided, departed) in the palette's
// warning colour, with a tooltip saying why.
class AttentionProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    AttentionProxyModel(int attentionRole, QString reason, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int m_attentionRole;
    QString m_reason;
};

} // namespace tandem
