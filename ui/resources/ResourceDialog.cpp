// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mentordesk {

ResourceDialog::ResourceDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_category(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::NewLink ? tr("Add Link") : tr("Edit Resource"));
    auto* form = new QFormLayout(this);
    if (mode == Mode::NewLink) {
        m_url = new QLineEdit(this);
        m_url->setObjectName(QStringLiteral("resourceUrl"));
        m_url->setPlaceholderText(tr("https://…"));
        form->addRow(tr("&Address:"), m_url);
        connect(m_url, &QLineEdit::textChanged, this, &ResourceDialog::updateAcceptable);
    }
    m_title->setObjectName(QStringLiteral("resourceTitle"));
    m_kind->setObjectName(QStringLiteral("resourceKind"));
    for (const QString& code : ResourceKinds::codes())
        m_kind->addItem(ResourceKinds::label(code), code);
    m_kind->setCurrentIndex(m_kind->findData(mode == Mode::NewLink ? QStringLiteral("link") : QString()));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Ta&gs:"), m_tags);
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, &ResourceDialog::updateAcceptable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAcceptable();
}

void ResourceDialog::setDetails(const ResourceDetails& details)
{
    m_title->setText(details.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(details.kind)));
    m_category->setText(details.category);
    m_tags->setText(details.tags);
}

ResourceDetails ResourceDialog::details() const
{
    return {m_title->text(), m_kind->currentData().toString(), m_category->text(), m_tags->text()};
}

QString ResourceDialog::url() const
{
    return m_url ? m_url->text().trimmed() : QString();
}

void ResourceDialog::updateAcceptable()
{
    QString problem =
        m_url && !m_url->text().trimmed().isEmpty() ? ResourceEditor::urlProblem(m_url->text()) : QString();
    const bool complete = !m_title->text().trimmed().isEmpty() && (!m_url || !m_url->text().trimmed().isEmpty());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && problem.isEmpty());
}

} // namespace mentordesk
