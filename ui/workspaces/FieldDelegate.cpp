// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldDelegate.h"

#include "domain/TimeOfDay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolTip>

namespace mentordesk {

QWidget* createFieldEditor(const FieldSpec& field, QWidget* parent)
{
    switch (field.type) {
    case FieldType::Choice: {
        auto* combo = new QComboBox(parent);
        if (!field.required)
            combo->addItem(QCoreApplication::translate("FieldDelegate", "(not set)"), QVariant());
        for (const Choice& choice : field.choices)
            combo->addItem(field.choiceLabel(choice.code), choice.code);
        return combo;
    }
    case FieldType::Integer:
    case FieldType::Real: {
        // A line edit, not a spin box: a spin box reads "1,5" in English as fifteen and clamps what
        // it cannot hold. The field's validate() reads the text and refuses what is ambiguous.
        auto* edit = new QLineEdit(parent);
        edit->setInputMethodHints(field.type == FieldType::Integer
                                      ? Qt::ImhFormattedNumbersOnly
                                      : Qt::ImhFormattedNumbersOnly | Qt::ImhPreferNumbers);
        if (!field.required)
            edit->setPlaceholderText(QCoreApplication::translate("FieldDelegate", "(not set)"));
        return edit;
    }
    case FieldType::Date: {
        // A line edit, not a QDateEdit, whose sections turned a typed "-5" into a date two months
        // away; ISO (as the cells show) or the language's own format with a four-digit year.
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(field.required ? QStringLiteral("2026-03-31")
                                                : QCoreApplication::translate("FieldDelegate", "(no date)"));
        edit->setInputMethodHints(Qt::ImhDate);
        return edit;
    }
    case FieldType::Boolean:
        return new QCheckBox(parent);
    case FieldType::Email: {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(QStringLiteral("name@example.com"));
        edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        return edit;
    }
    case FieldType::TimeOfDay: {
        // A line edit rather than a QTimeEdit, which cannot hold the end of the day (24:00); the
        // text is read by the field's validate(), which refuses what it cannot read unambiguously.
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(TimeOfDay::format(9 * 60));
        edit->setInputMethodHints(Qt::ImhTime);
        return edit;
    }
    case FieldType::Text:
    case FieldType::CodeList:
        break;
    }
    return new QLineEdit(parent);
}

void setFieldEditorValue(const FieldSpec& field, QWidget* editor, const QVariant& stored)
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int row = combo->findData(stored.isNull() ? QVariant() : QVariant(stored.toString()));
        combo->setCurrentIndex(std::max(0, row));
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(stored.toBool());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        // A required date starts at today rather than empty, as a date picker would.
        const bool today = field.type == FieldType::Date && field.required && stored.isNull();
        line->setText(today ? QDate::currentDate().toString(Qt::ISODate) : field.editText(stored));
    }
}

namespace {

// The column an editor edits, so the event filter knows its field.
const char* const kColumnProperty = "mentordeskFieldColumn";

bool askToKeep(QWidget* editor, const QString& question)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("FieldDelegate", "Unusual Value"), question,
                    QMessageBox::NoButton, editor->window());
    QPushButton* keep = box.addButton(QCoreApplication::translate("FieldDelegate", "&Keep"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QCoreApplication::translate("FieldDelegate", "&Edit"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == keep;
}

} // namespace

FieldDelegate::FieldDelegate(const TableSpec& spec, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_spec(spec)
    , m_confirmation(askToKeep)
{
}

QVariant FieldDelegate::editorValue(const FieldSpec&, QWidget* editor)
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData();
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked();
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text();
    return {};
}

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    QWidget* editor = createFieldEditor(m_spec.fields.at(index.column()), parent);
    editor->setProperty(kColumnProperty, index.column());
    return editor;
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    setFieldEditorValue(m_spec.fields.at(index.column()), editor, index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const FieldSpec& field = m_spec.fields.at(index.column());
    const QVariant value = editorValue(field, editor);
    QVariant normalised;
    const QString problem = field.validate(value, &normalised);
    if (!problem.isEmpty()) {
        showProblem(editor, problem);
        return;
    }
    model->setData(index, normalised, Qt::EditRole);
}

bool FieldDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (!editor || !editor->property(kColumnProperty).isValid())
        return QStyledItemDelegate::eventFilter(object, event);
    bool commits = event->type() == QEvent::FocusOut;
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
    }
    if (commits && m_confirming)
        return true; // the question box took the focus; the editor stays as it is
    if (commits && !acceptsEditorValue(editor))
        return true; // the editor stays open with what was typed, the reason beside it
    return QStyledItemDelegate::eventFilter(object, event);
}

bool FieldDelegate::acceptsEditorValue(QWidget* editor) const
{
    const FieldSpec& field = m_spec.fields.at(editor->property(kColumnProperty).toInt());
    QVariant normalised;
    const QString problem = field.validate(editorValue(field, editor), &normalised);
    if (!problem.isEmpty()) {
        showProblem(editor, problem);
        return false;
    }
    const QString question = field.plausibilityWarning(normalised);
    if (question.isEmpty())
        return true;
    m_confirming = true;
    const bool keep = m_confirmation(editor, question);
    m_confirming = false;
    if (!keep)
        editor->setFocus();
    return keep;
}

void FieldDelegate::showProblem(QWidget* editor, const QString& problem) const
{
    // Shown beside the cell, because a refusal reported only in the status bar looks like data loss.
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), problem, editor);
    Q_EMIT valueRejected(problem);
}

} // namespace mentordesk
