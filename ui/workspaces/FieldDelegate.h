// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QStyledItemDelegate>

namespace mentordesk {

/// Edits a workspace cell with the editor its FieldSpec calls for (combo box for choices,
/// ranged spin box, date editor, e-mail line edit) and refuses bad values with the reason
/// shown next to the cell, leaving the stored value as it was.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    FieldDelegate(const TableSpec& spec, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    /// The value an editor holds, as the field's validate() expects it.
    static QVariant editorValue(const FieldSpec& field, QWidget* editor);

Q_SIGNALS:
    /// A value was refused; the sentence says why.
    void valueRejected(const QString& reason) const;

private:
    const TableSpec& m_spec;
};

/// Builds the editor widget for one field (shared by the table delegate and the Add dialog).
QWidget* createFieldEditor(const FieldSpec& field, QWidget* parent);
void setFieldEditorValue(const FieldSpec& field, QWidget* editor, const QVariant& stored);

} // namespace mentordesk
