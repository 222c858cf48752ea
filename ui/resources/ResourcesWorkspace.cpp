// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourcesWorkspace.h"

#include "editing/ProgramEditor.h"
#include "ResourceDialog.h"
#include "ResourceOpener.h"
#include "resources/ResourceEditor.h"
#include "resources/ResourceRepository.h"
#include "resources/ResourceTableModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

ResourcesWorkspace::ResourcesWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_addLink(new QPushButton(tr("Add &Link…"), this))
    , m_addFile(new QPushButton(tr("Add &File…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_open(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("resourcesWorkspace"));
    m_search->setObjectName(QStringLiteral("resourceSearch"));
    m_search->setPlaceholderText(tr("Search titles, categories, tags and addresses"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("resourceKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& code : ResourceKinds::codes())
        m_kind->addItem(ResourceKinds::label(code), code);
    m_table->setObjectName(QStringLiteral("resourceTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_addLink->setObjectName(QStringLiteral("addLinkButton"));
    m_addFile->setObjectName(QStringLiteral("addFileButton"));
    m_edit->setObjectName(QStringLiteral("editResourceButton"));
    m_delete->setObjectName(QStringLiteral("deleteResourceButton"));
    m_open->setObjectName(QStringLiteral("openResourceButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_addLink, m_addFile, m_edit, m_delete, m_open})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addLink, &QPushButton::clicked, this, &ResourcesWorkspace::addLink);
    connect(m_addFile, &QPushButton::clicked, this, &ResourcesWorkspace::addFile);
    connect(m_edit, &QPushButton::clicked, this, &ResourcesWorkspace::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ResourcesWorkspace::deleteSelected);
    connect(m_open, &QPushButton::clicked, this, &ResourcesWorkspace::openSelected);
    connect(m_table, &QTableView::activated, this, &ResourcesWorkspace::openSelected);
    setProgram(nullptr);
}

ResourcesWorkspace::~ResourcesWorkspace() = default;

void ResourcesWorkspace::setProgram(ProgramEditor* editor)
{
    m_editor = editor;
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    setEnabled(editor != nullptr);
    if (!editor)
        return;
    m_model = new ResourceTableModel(editor, this);
    m_model->setTextFilter(m_search->text());
    m_model->setKindFilter(m_kind->currentData().toString());
    m_table->setModel(m_model);
    connect(m_search, &QLineEdit::textChanged, m_model, &ResourceTableModel::setTextFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, m_model,
            [this] { m_model->setKindFilter(m_kind->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourcesWorkspace::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        Q_EMIT countsChanged();
    });
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString ResourcesWorkspace::countText() const
{
    const int count = m_model ? m_model->rowCount() : 0;
    return tr("%n resource(s)", nullptr, count);
}

qint64 ResourcesWorkspace::selectedId() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return m_model && !rows.isEmpty() ? m_model->idAt(rows.first().row()) : 0;
}

std::optional<ResourceRecord> ResourcesWorkspace::selectedResource() const
{
    const qint64 id = selectedId();
    if (!m_editor || !id)
        return std::nullopt;
    return ResourceRepository(m_editor->records()).resource(id);
}

void ResourcesWorkspace::select(qint64 id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_table->selectRow(row);
}

void ResourcesWorkspace::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_open->setEnabled(selected);
}

void ResourcesWorkspace::report(bool done, const QString& error)
{
    if (!done)
        QMessageBox::warning(this, tr("Resource not changed"), error);
}

void ResourcesWorkspace::addLink()
{
    if (!m_editor)
        return;
    ResourceDialog dialog(ResourceDialog::Mode::NewLink, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ResourceEditor resources(*m_editor);
    const qint64 id = resources.addLink(dialog.details(), dialog.url());
    report(id != 0, resources.errorString());
    select(id);
}

void ResourcesWorkspace::addFile()
{
    if (!m_editor)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Add File to the Library"));
    if (path.isEmpty())
        return;
    ResourceEditor resources(*m_editor);
    const qint64 id = resources.addFile({}, path);
    report(id != 0, resources.errorString());
    if (id) {
        select(id);
        Q_EMIT statusMessage(tr("The file was copied into the program; Edit… gives it a kind, category and tags."));
    }
}

void ResourcesWorkspace::editSelected()
{
    const std::optional<ResourceRecord> stored = selectedResource();
    if (!stored)
        return;
    const qint64 id = stored->id;
    ResourceDialog dialog(ResourceDialog::Mode::Edit, this);
    dialog.setDetails({stored->title, stored->kind, stored->category, stored->tags});
    if (dialog.exec() != QDialog::Accepted)
        return;
    ResourceEditor resources(*m_editor);
    report(resources.edit(id, dialog.details()), resources.errorString());
    select(id);
}

void ResourcesWorkspace::deleteSelected()
{
    const qint64 id = selectedId();
    if (!m_editor || !id)
        return;
    // Undoable (Edit ▸ Undo brings back the file and its attachments), so without a question.
    ResourceEditor resources(*m_editor);
    report(resources.remove(id), resources.errorString());
}

void ResourcesWorkspace::openSelected()
{
    const qint64 id = selectedId();
    if (!m_editor || !id)
        return;
    const QString problem = ResourceOpener::open(*m_editor, id);
    if (!problem.isEmpty())
        Q_EMIT statusMessage(problem);
}

} // namespace mentordesk
