// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceRecords.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// The resource library as a table (title, kind, category, tags, size or the link's host),
/// filtered in SQL by a text and a kind. Re-reads itself when a resource changes on the program's
/// change feed; the blobs are never read.
class ResourceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Kind, Category, Tags, SizeOrHost, ColumnCount };
    /// The resource's id on every cell.
    static constexpr int IdRole = Qt::UserRole + 1;
    /// Whether the row is a link (bool).
    static constexpr int IsLinkRole = Qt::UserRole + 2;

    explicit ResourceTableModel(ProgramEditor* editor, QObject* parent = nullptr);

    /// Shows only resources whose title, category, tags, file name or address contain `text`.
    void setTextFilter(const QString& text);
    /// Shows only resources of the kind code (empty: every kind).
    void setKindFilter(const QString& kind);
    /// Reads the rows again.
    void reload();

    qint64 idAt(int row) const;
    /// The row showing `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "12.5 KB" for a file, the site ("example.org") or recipient for a link.
    static QString sizeOrHost(const ResourceRecord& resource);

private:
    void programChanged(const ChangeEvent& event);

    QPointer<ProgramEditor> m_editor;
    QVector<ResourceRecord> m_rows;
    QString m_text;
    QString m_kind;
};

} // namespace mentordesk
