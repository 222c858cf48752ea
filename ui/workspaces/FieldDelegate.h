// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QStyledItemDelegate>

#include <functional>

namespace mentordesk {

/// Edits a workspace cell with the editor its FieldSpec calls for (combo box for choices, line
/// edits read by the field's validate() for numbers, dates, times and e-mail) and refuses bad
/// values with the reason shown next to the cell, leaving the stored value as it was. On Enter or
/// Tab a refused value keeps its editor open with the typed text; an implausible one is committed
/// only once the user confirms it.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    FieldDelegate(const TableSpec& spec, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    /// The value an editor holds, as the field's validate() expects it.
    static QVariant editorValue(const FieldSpec& field, QWidget* editor);

    /// Asks whether to keep an implausible value (the sentence is FieldSpec::plausibilityWarning);
    /// a question box by default, replaced in tests.
    using Confirmation = std::function<bool(QWidget* editor, const QString& question)>;
    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

Q_SIGNALS:
    /// A value was refused; the sentence says why.
    void valueRejected(const QString& reason) const;

private:
    /// Whether the editor's value may be committed: valid, and confirmed when implausible. If not,
    /// the reason is shown beside the cell.
    bool acceptsEditorValue(QWidget* editor) const;
    void showProblem(QWidget* editor, const QString& problem) const;

    const TableSpec& m_spec;
    Confirmation m_confirmation;
    mutable bool m_confirming = false; ///< A confirmation is open: its focus change is not a commit.
};

/// Builds the editor widget for one field (shared by the table delegate and the Add dialog).
QWidget* createFieldEditor(const FieldSpec& field, QWidget* parent);
void setFieldEditorValue(const FieldSpec& field, QWidget* editor, const QVariant& stored);

} // namespace mentordesk
