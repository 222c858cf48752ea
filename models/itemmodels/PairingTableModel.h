// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DetailRepository.h"

#include <QAbstractTableModel>

namespace mentordesk {

/// Current and past pairings of one seller or mentor, open ones first.
class PairingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Counterpart, Status, Started, TrialEnds, Ended, EndReason, Score, TouchpointsDone, ColumnCount };

    explicit PairingTableModel(QObject* parent = nullptr);
    void setPairings(QVector<PairingSummary> pairings, const QString& counterpartTitle);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<PairingSummary> m_pairings;
    QString m_counterpartTitle;
};

} // namespace mentordesk
