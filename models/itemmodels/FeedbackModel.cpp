// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackModel.h"

#include "checklists/ChecklistRepository.h"
#include "editing/ProgramEditor.h"

#include <QLocale>

namespace mentordesk {

FeedbackModel::FeedbackModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FeedbackModel::setEditor(ProgramEditor* editor)
{
    disconnect(m_changesConnection);
    m_editor = editor;
    if (m_editor)
        m_changesConnection = connect(m_editor->changes(), &ChangeFeed::changed, this, &FeedbackModel::programChanged);
    reload();
}

void FeedbackModel::setPairing(qint64 pairingId)
{
    m_pairingId = pairingId;
    reload();
}

void FeedbackModel::programChanged(const ChangeEvent& event)
{
    if (event.affects(EntityKind::Feedback) || event.affects(EntityKind::Pairing) || event.isBulk())
        reload();
}

void FeedbackModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_mentorRating = {};
    if (m_editor && m_pairingId != 0) {
        ChecklistRepository repository(m_editor->records());
        m_entries = repository.feedback(m_pairingId);
        m_mentorRating = repository.mentorRating(repository.mentorOf(m_pairingId));
    }
    endResetModel();
}

MentorRating FeedbackModel::average(FeedbackDirection direction) const
{
    MentorRating rating;
    double sum = 0;
    for (const FeedbackEntry& entry : m_entries) {
        if (entry.direction == direction) {
            sum += entry.rating;
            ++rating.count;
        }
    }
    rating.average = rating.count > 0 ? sum / rating.count : 0;
    return rating;
}

QString FeedbackModel::ratingText(const MentorRating& rating)
{
    if (rating.count == 0)
        return tr("no ratings yet");
    const int count = rating.count;
    return tr("%1 (%n rating(s))", nullptr, count).arg(QLocale().toString(rating.average, 'f', 1));
}

QString FeedbackModel::directionText(FeedbackDirection direction)
{
    return direction == FeedbackDirection::MenteeToMentor ? tr("Mentee about mentor") : tr("Mentor about mentee");
}

int FeedbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FeedbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackEntry& entry = m_entries.at(index.row());
    switch (role) {
    case FeedbackIdRole:
        return entry.id;
    case RatingRole:
        return entry.rating;
    case DirectionCodeRole:
        return FeedbackEntry::directionCode(entry.direction);
    case Qt::ToolTipRole:
        return index.column() == Comment && !entry.comment.isEmpty() ? QVariant(entry.comment) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case GivenOn:
        return QLocale().toString(entry.givenOn, QLocale::ShortFormat);
    case Direction:
        return directionText(entry.direction);
    case Rating:
        return tr("%1/5").arg(entry.rating);
    default:
        return entry.comment;
    }
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GivenOn:
        return tr("Given on");
    case Direction:
        return tr("Direction");
    case Rating:
        return tr("Rating");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace mentordesk
