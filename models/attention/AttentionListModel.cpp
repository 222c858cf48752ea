// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionListModel.h"

#include "AttentionKinds.h"
#include "AttentionList.h"
#include "calendar/CalendarTime.h"
#include "changes/ChangeFeed.h"

#include <QColor>
#include <QDateTime>

namespace mentordesk {

namespace {

/// A hue per kind, as a swatch beside the kind (the view's palette draws everything else). Late
/// and risky kinds warm, upcoming ones cool.
QColor kindColour(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::AtRisk:
        return QColor(0xc0, 0x39, 0x2b);
    case AttentionKind::TrialDecisionOverdue:
        return QColor(0xd3, 0x54, 0x00);
    case AttentionKind::Overdue:
        return QColor(0xe6, 0x7e, 0x22);
    case AttentionKind::ChecklistLate:
        return QColor(0xb7, 0x95, 0x0b);
    case AttentionKind::FeedbackMissing:
        return QColor(0x8e, 0x44, 0xad);
    case AttentionKind::TrialEnding:
        return QColor(0x29, 0x80, 0xb9);
    case AttentionKind::ChecklistDue:
        return QColor(0x16, 0xa0, 0x85);
    }
    return {};
}

/// Kinds of records the list never reads: a change of only these leaves it as it is.
constexpr EntityKinds kUnrelated = EntityKind::MetricSnapshot | EntityKind::ImportBatch | EntityKind::MatchRun |
                                   EntityKind::MatchPreset | EntityKind::RelatedCategory |
                                   EntityKind::RoundtableAttendance;

} // namespace

AttentionListModel::AttentionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &AttentionListModel::refresh);
}

void AttentionListModel::setDatabase(const QSqlDatabase& db, ChangeFeed* changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_db = db;
    m_changes = changes;
    if (m_changes)
        connect(m_changes, &ChangeFeed::changed, this, &AttentionListModel::programChanged);
    refresh();
}

void AttentionListModel::setAsOf(const QDate& day)
{
    m_requestedAsOf = day;
    refresh();
}

void AttentionListModel::programChanged(const ChangeEvent& event)
{
    if (event.isBulk() || (event.entities & ~kUnrelated).toInt() != 0)
        m_refreshSoon.start();
}

void AttentionListModel::refresh()
{
    m_refreshSoon.stop();
    beginResetModel();
    m_items.clear();
    m_error.clear();
    if (m_db.isOpen()) {
        m_zone = CalendarTime::programZone(m_db);
        m_asOf =
            m_requestedAsOf.isValid() ? m_requestedAsOf : QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
        AttentionList list(m_db, m_zone);
        if (const auto items = list.compute(m_asOf))
            m_items = *items;
        else
            m_error = list.errorString();
    }
    m_counts = AttentionList::countByKind(m_items);
    endResetModel();
    Q_EMIT countsChanged();
}

int AttentionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionItem& line = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return AttentionKinds::label(line.kind);
        case Due:
            return line.due;
        case Mentor:
            return tr("%1 (%2)").arg(line.mentorName, line.mentorExternalId);
        case Mentee:
            return tr("%1 (%2)").arg(line.menteeName, line.menteeExternalId);
        case Detail:
            return line.detail;
        case Action:
            return AttentionKinds::actionLabel(line.action);
        }
        return {};
    case Qt::ToolTipRole:
        return line.detail;
    case Qt::DecorationRole:
        return index.column() == Kind ? QVariant(kindColour(line.kind)) : QVariant();
    case KindRole:
        return int(line.kind);
    case ActionRole:
        return int(line.action);
    case UrgencyRole:
        return line.urgency;
    case PairingIdRole:
        return line.pairingId;
    default:
        return {};
    }
}

QVariant AttentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Due:
        return tr("Due");
    case Mentor:
        return tr("Mentor");
    case Mentee:
        return tr("Mentee");
    case Detail:
        return tr("Detail");
    case Action:
        return tr("Action");
    }
    return {};
}

} // namespace mentordesk
