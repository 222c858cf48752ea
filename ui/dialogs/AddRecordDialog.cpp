// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddRecordDialog.h"
#include "domain/FieldCatalogue.h"

#include "storage/RecordRepository.h"
#include "workspaces/FieldDelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QString dialogTitle(EntityKind entity)
{
    if (entity == EntityKind::Seller)
        return AddRecordDialog::tr("Add seller");
    if (entity == EntityKind::Mentor)
        return AddRecordDialog::tr("Add mentor");
    return AddRecordDialog::tr("Add cohort");
}

// Keys that identify a record: a second record with the same value is refused.
bool mustBeUnique(EntityKind entity, const QString& key)
{
    return (entity == EntityKind::Seller && key == fieldKey(FieldId::SellerExternalId)) ||
           (entity == EntityKind::Cohort && key == fieldKey(FieldId::CohortName));
}

} // namespace

AddRecordDialog::AddRecordDialog(const TableSpec& spec, const RecordRepository& records, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_records(records)
    , m_problem(new QLabel(this))
{
    setWindowTitle(dialogTitle(spec.entity));
    auto* form = new QFormLayout;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec& field = spec.fields.at(i);
        if (!field.editable || !field.selectExpression.isEmpty() || field.type == FieldType::Boolean ||
            !(field.required || field.visibleByDefault))
            continue;
        QWidget* editor = createFieldEditor(field, this);
        editor->setObjectName(field.key);
        // A required field starts at the schema's default (work from 09:00 to 18:00, capacity 3)
        // rather than at its editor's minimum, which nobody chose.
        setFieldEditorValue(field, editor,
                            field.type == FieldType::Choice && field.required
                                ? QVariant(field.choices.constFirst().code)
                                : field.schemaDefault);
        const QString label =
            field.required ? tr("%1 (required):").arg(field.translatedTitle()) : tr("%1:").arg(field.translatedTitle());
        form->addRow(label, editor);
        m_editors << qMakePair(i, editor);
    }
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddRecordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QWidget* AddRecordDialog::editor(const QString& key) const
{
    for (const auto& entry : m_editors) {
        if (m_spec.fields.at(entry.first).key == key)
            return entry.second;
    }
    return nullptr;
}

void AddRecordDialog::accept()
{
    QVariantMap values;
    for (const auto& [fieldIndex, editor] : std::as_const(m_editors)) {
        const FieldSpec& field = m_spec.fields.at(fieldIndex);
        QVariant normalised;
        const QString problem = field.validate(FieldDelegate::editorValue(field, editor), &normalised);
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->show();
            editor->setFocus();
            return;
        }
        const QString unusual = field.plausibilityWarning(normalised);
        if (!unusual.isEmpty() && QMessageBox::question(this, tr("Unusual Value"), unusual) != QMessageBox::Yes) {
            editor->setFocus();
            return;
        }
        if (!normalised.isNull() && normalised != QVariant(QString()))
            values.insert(field.key, normalised);
        if (!mustBeUnique(m_spec.entity, field.key) && field.type != FieldType::Email)
            continue;
        const qint64 duplicate = m_records.findDuplicate(m_spec, field.key, normalised);
        if (duplicate == 0)
            continue;
        const QString other = m_records.displayName(m_spec, duplicate);
        if (mustBeUnique(m_spec.entity, field.key)) {
            m_problem->setText(
                tr("“%1” already has this %2. Each record needs its own.").arg(other, field.translatedTitle()));
            m_problem->show();
            editor->setFocus();
            return;
        }
        if (field.type == FieldType::Email &&
            QMessageBox::question(this, tr("Possible duplicate"),
                                  tr("“%1” already uses the e-mail address %2. Add this record anyway?")
                                      .arg(other, normalised.toString())) != QMessageBox::Yes) {
            editor->setFocus();
            return;
        }
    }
    m_values = values;
    QDialog::accept();
}

} // namespace mentordesk
