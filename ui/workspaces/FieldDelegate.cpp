// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldDelegate.h"

#include "domain/TimeOfDay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolTip>

#include <cmath>

namespace mentordesk {

namespace {

// A date editor cannot show "no date"; its minimum date stands for empty.
const QDate kNoDate(1900, 1, 1);

} // namespace

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
    case FieldType::Integer: {
        auto* spin = new QSpinBox(parent);
        const int minimum = int(field.hasRange ? field.minimum : -1e9);
        // An optional number is cleared by stepping below its minimum, shown as "(not set)".
        spin->setRange(field.required ? minimum : minimum - 1, int(field.hasRange ? field.maximum : 1e9));
        if (!field.required)
            spin->setSpecialValueText(QCoreApplication::translate("FieldDelegate", "(not set)"));
        return spin;
    }
    case FieldType::Real: {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setDecimals(field.decimals);
        const double minimum = field.hasRange ? field.minimum : -1e12;
        const double notSet = minimum - std::pow(10.0, -field.decimals);
        spin->setRange(field.required ? minimum : notSet, field.hasRange ? field.maximum : 1e12);
        if (!field.required)
            spin->setSpecialValueText(QCoreApplication::translate("FieldDelegate", "(not set)"));
        return spin;
    }
    case FieldType::Date: {
        auto* edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(field.required ? QString()
                                                 : QCoreApplication::translate("FieldDelegate", "(no date)"));
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
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(stored.isNull() ? spin->minimum() : stored.toInt());
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(stored.isNull() ? spin->minimum() : stored.toDouble());
    } else if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
        edit->setDate(date.isValid() ? date : (field.required ? QDate::currentDate() : kNoDate));
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(stored.toBool());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(field.type == FieldType::TimeOfDay ? field.displayText(stored) : stored.toString());
    }
}

FieldDelegate::FieldDelegate(const TableSpec& spec, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_spec(spec)
{
}

QVariant FieldDelegate::editorValue(const FieldSpec& field, QWidget* editor)
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData();
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        return !field.required && spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        return !field.required && spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        if (!field.required && edit->date() == kNoDate)
            return QVariant();
        return edit->date().toString(Qt::ISODate);
    }
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked();
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text();
    return {};
}

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    return createFieldEditor(m_spec.fields.at(index.column()), parent);
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
        // Shown beside the cell, because the editor closes and a silent refusal looks like data loss.
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), problem, editor);
        Q_EMIT valueRejected(problem);
        return;
    }
    model->setData(index, normalised, Qt::EditRole);
}

} // namespace mentordesk
