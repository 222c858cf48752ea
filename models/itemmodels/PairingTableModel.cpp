// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingTableModel.h"

#include "domain/WorkspaceSpecs.h"

#include <QLocale>

namespace mentordesk {

namespace {

QVariant dateText(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

PairingTableModel::PairingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PairingTableModel::setPairings(QVector<PairingSummary> pairings, const QString& counterpartTitle)
{
    beginResetModel();
    m_pairings = std::move(pairings);
    m_counterpartTitle = counterpartTitle;
    endResetModel();
}

int PairingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pairings.size());
}

int PairingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_pairings.size())
        return {};
    const PairingSummary& pairing = m_pairings.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == TouchpointsDone))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Counterpart:
        return pairing.counterpart;
    case Status:
        return pairingStatusField().choiceLabel(pairing.status);
    case Started:
        return dateText(pairing.startedOn);
    case TrialEnds:
        return dateText(pairing.trialEndDate);
    case Ended:
        return dateText(pairing.endedOn);
    case EndReason:
        return pairing.endReason.isEmpty() ? QVariant()
                                           : QVariant(pairingEndReasonField().choiceLabel(pairing.endReason));
    case Score:
        return pairing.score ? QVariant(QLocale().toString(*pairing.score, 'f', 2)) : QVariant();
    case TouchpointsDone:
        return pairing.touchpointsDone;
    default:
        return {};
    }
}

QVariant PairingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Counterpart:
        return m_counterpartTitle;
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case TrialEnds:
        return tr("Trial ends");
    case Ended:
        return tr("Ended");
    case EndReason:
        return tr("End reason");
    case Score:
        return tr("Score");
    case TouchpointsDone:
        return tr("Touchpoints done");
    default:
        return {};
    }
}

} // namespace mentordesk
