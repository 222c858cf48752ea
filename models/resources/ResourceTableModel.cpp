// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceTableModel.h"

#include "editing/ProgramEditor.h"
#include "ResourceRepository.h"

#include <QLocale>
#include <QUrl>

namespace mentordesk {

ResourceTableModel::ResourceTableModel(ProgramEditor* editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    connect(editor->changes(), &ChangeFeed::changed, this, &ResourceTableModel::programChanged);
    reload();
}

void ResourceTableModel::programChanged(const ChangeEvent& event)
{
    if (event.affects(EntityKind::Resource))
        reload();
}

void ResourceTableModel::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    reload();
}

void ResourceTableModel::setKindFilter(const QString& kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    reload();
}

void ResourceTableModel::reload()
{
    beginResetModel();
    m_rows = m_editor ? ResourceRepository(m_editor->records()).list(m_text, m_kind) : QVector<ResourceRecord>();
    endResetModel();
}

qint64 ResourceTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ResourceTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ResourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResourceTableModel::sizeOrHost(const ResourceRecord& resource)
{
    if (!resource.isLink())
        return QLocale().formattedDataSize(resource.sizeBytes);
    const QUrl url(resource.url);
    return url.host().isEmpty() ? url.path() : url.host();
}

QVariant ResourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceRecord& resource = m_rows.at(index.row());
    if (role == IdRole)
        return resource.id;
    if (role == IsLinkRole)
        return resource.isLink();
    if (role == Qt::ToolTipRole)
        return resource.isLink() ? resource.url : resource.fileName;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return resource.title;
    case Kind:
        return ResourceKinds::label(resource.kind);
    case Category:
        return resource.category;
    case Tags:
        return resource.tags;
    case SizeOrHost:
        return sizeOrHost(resource);
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Category:
        return tr("Category");
    case Tags:
        return tr("Tags");
    case SizeOrHost:
        return tr("Size or site");
    default:
        return {};
    }
}

} // namespace mentordesk
