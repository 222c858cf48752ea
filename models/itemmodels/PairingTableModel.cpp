// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingTableModel.h"

#include "domain/WorkspaceSpecs.h"
#include "storage/PairingRepository.h"

#include <QColor>
#include <QLocale>

namespace mentordesk {

namespace {

QVariant dateText(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// The import preview's tints: amber for "soon", red for "past"; black text stays readable on
// them in dark palettes too.
const QColor kTrialEndingBackground(255, 229, 160);
const QColor kTrialOverdueBackground(255, 212, 212);
const QColor kTintedForeground(Qt::black);

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

void PairingTableModel::setToday(const QDate& today)
{
    m_fixedToday = today;
    if (!m_pairings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate PairingTableModel::today() const
{
    // Read each time rather than kept: a window left open overnight counts from the new day.
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

PairingSummary PairingTableModel::pairing(int row) const
{
    return m_pairings.value(row);
}

int PairingTableModel::rowOfPairing(qint64 pairingId) const
{
    for (int row = 0; row < m_pairings.size(); ++row) {
        if (m_pairings.at(row).id == pairingId)
            return row;
    }
    return -1;
}

std::optional<int> PairingTableModel::trialDaysLeft(const PairingSummary& pairing) const
{
    if (pairing.status != QLatin1String("trial") || !pairing.trialEndDate.isValid())
        return std::nullopt;
    return int(today().daysTo(pairing.trialEndDate));
}

QString PairingTableModel::trialDeadlineText(int row) const
{
    const std::optional<int> days = trialDaysLeft(m_pairings.value(row));
    if (!days)
        return {};
    if (*days > 0)
        return tr("Trial ends in %n day(s)", nullptr, *days);
    if (*days == 0)
        return tr("Trial ends today — decide");
    return tr("Trial ended %n day(s) ago — decide", nullptr, -*days);
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
    switch (role) {
    case Qt::DisplayRole:
        return displayData(pairing, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == TouchpointsDone)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PairingIdRole:
        return pairing.id;
    case StatusCodeRole:
        return pairing.status;
    case TrialDaysLeftRole: {
        const std::optional<int> days = trialDaysLeft(pairing);
        return days ? QVariant(*days) : QVariant();
    }
    case TrialDecisionDueRole: {
        const std::optional<int> days = trialDaysLeft(pairing);
        return days && *days <= kTrialDecisionDays;
    }
    default:
        break;
    }
    if (index.column() == Status || index.column() == TrialEnds)
        return deadlineData(pairing, index.row(), role);
    return {};
}

QVariant PairingTableModel::deadlineData(const PairingSummary& pairing, int row, int role) const
{
    const std::optional<int> days = trialDaysLeft(pairing);
    if (!days)
        return {};
    const bool due = *days <= kTrialDecisionDays;
    switch (role) {
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return trialDeadlineText(row);
    case Qt::BackgroundRole:
        if (!due)
            return {};
        return *days < 0 ? kTrialOverdueBackground : kTrialEndingBackground;
    case Qt::ForegroundRole:
        return due ? QVariant(kTintedForeground) : QVariant();
    default:
        return {};
    }
}

QVariant PairingTableModel::displayData(const PairingSummary& pairing, int column) const
{
    switch (column) {
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

QHash<int, QByteArray> PairingTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PairingIdRole, "pairingId");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(TrialDaysLeftRole, "trialDaysLeft");
    names.insert(TrialDecisionDueRole, "trialDecisionDue");
    return names;
}

} // namespace mentordesk
