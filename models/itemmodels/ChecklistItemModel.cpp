// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistItemModel.h"

#include "checklists/ChecklistEditor.h"
#include "checklists/ChecklistRepository.h"
#include "editing/ProgramEditor.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace mentordesk {

namespace {

constexpr int kGroupCount = int(std::size(kChecklistOffsets));
/// internalId of a group row; an item row's is its group + 1.
constexpr quintptr kGroupRow = 0;

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

ChecklistItemModel::ChecklistItemModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_groups(kGroupCount)
{
}

void ChecklistItemModel::setEditor(ProgramEditor* editor)
{
    disconnect(m_changesConnection);
    m_editor = editor;
    if (m_editor)
        m_changesConnection =
            connect(m_editor->changes(), &ChangeFeed::changed, this, &ChecklistItemModel::programChanged);
    reload();
}

void ChecklistItemModel::setPairing(qint64 pairingId)
{
    m_pairingId = pairingId;
    reload();
}

void ChecklistItemModel::setToday(const QDate& today)
{
    m_fixedToday = today;
    reload();
}

QDate ChecklistItemModel::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

void ChecklistItemModel::programChanged(const ChangeEvent& event)
{
    if (event.affects(EntityKind::ChecklistItem) || event.affects(EntityKind::Pairing) || event.isBulk())
        reload();
}

void ChecklistItemModel::reload()
{
    beginResetModel();
    m_groups = QVector<QVector<ChecklistItem>>(kGroupCount);
    if (m_editor && m_pairingId != 0) {
        ChecklistRepository repository(m_editor->records());
        for (const ChecklistItem& item : repository.items(m_pairingId)) {
            const auto* offset = std::find(std::begin(kChecklistOffsets), std::end(kChecklistOffsets), item.dayOffset);
            if (offset != std::end(kChecklistOffsets))
                m_groups[int(offset - std::begin(kChecklistOffsets))] << item;
        }
    }
    endResetModel();
}

std::optional<ChecklistItem> ChecklistItemModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return std::nullopt;
    return m_groups.at(int(index.internalId()) - 1).at(index.row());
}

QModelIndex ChecklistItemModel::indexOfItem(qint64 itemId, int column) const
{
    for (int group = 0; group < kGroupCount; ++group) {
        for (int row = 0; row < m_groups.at(group).size(); ++row) {
            if (m_groups.at(group).at(row).id == itemId)
                return createIndex(row, column, quintptr(group + 1));
        }
    }
    return {};
}

bool ChecklistItemModel::toggle(const QModelIndex& index)
{
    const std::optional<ChecklistItem> item = itemAt(index);
    if (!item || !m_editor)
        return false;
    ChecklistEditor editor(*m_editor);
    const bool written = item->isDone() ? editor.untickItem(item->id) : editor.tickItem(item->id, today(), today());
    if (!written) {
        m_lastError = editor.errorString();
        Q_EMIT errorOccurred(m_lastError);
    }
    return written;
}

int ChecklistItemModel::lateCount() const
{
    int late = 0;
    for (const QVector<ChecklistItem>& group : m_groups)
        late += int(std::count_if(group.begin(), group.end(), [this](const auto& i) { return i.isLate(today()); }));
    return late;
}

QModelIndex ChecklistItemModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistItemModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupRow);
}

int ChecklistItemModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_pairingId != 0 && m_editor ? kGroupCount : 0;
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).size());
}

int ChecklistItemModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChecklistItemModel::groupData(int group, int column, int role) const
{
    const int offset = kChecklistOffsets[group];
    const QVector<ChecklistItem>& items = m_groups.at(group);
    if (role == DayOffsetRole)
        return offset;
    if (role == ItemIdRole)
        return qint64(0);
    if (role != Qt::DisplayRole || column != Title)
        return {};
    const int done = int(std::count_if(items.begin(), items.end(), [](const auto& i) { return i.isDone(); }));
    const int total = int(items.size());
    return tr("%1 days — %2 of %3 done").arg(offset).arg(done).arg(total);
}

QVariant ChecklistItemModel::itemData(const ChecklistItem& item, int column, int role) const
{
    const bool late = item.isLate(today());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case LateRole:
        return late;
    case DayOffsetRole:
        return item.dayOffset;
    case Qt::CheckStateRole:
        return column == Title ? QVariant(item.isDone() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole: {
        if (!late)
            return {};
        const int days = int(item.dueDate.daysTo(today()));
        return tr("Late: due %1, %n day(s) ago", nullptr, days).arg(shortDate(item.dueDate));
    }
    case Qt::DisplayRole:
        if (column == Title)
            return item.title;
        if (column == Due)
            return shortDate(item.dueDate);
        return shortDate(item.doneOn);
    default:
        return {};
    }
}

QVariant ChecklistItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(index.row(), index.column(), role);
    return itemData(m_groups.at(int(index.internalId()) - 1).at(index.row()), index.column(), role);
}

bool ChecklistItemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const std::optional<ChecklistItem> item = itemAt(index);
    if (role != Qt::CheckStateRole || !item || index.column() != Title)
        return false;
    const bool wantDone = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (wantDone == item->isDone())
        return true;
    // The change feed reloads the model once the step is written.
    return toggle(index);
}

Qt::ItemFlags ChecklistItemModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupRow)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Title && m_editor)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ChecklistItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Item");
    case Due:
        return tr("Due");
    case DoneOn:
        return tr("Done on");
    default:
        return {};
    }
}

} // namespace mentordesk
