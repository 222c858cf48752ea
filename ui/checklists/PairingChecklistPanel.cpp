// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingChecklistPanel.h"

#include "checklists/ChecklistEditor.h"
#include "checklists/ChecklistRepository.h"
#include "editing/ProgramEditor.h"
#include "FeedbackDialog.h"
#include "itemmodels/ChecklistItemModel.h"
#include "itemmodels/FeedbackModel.h"
#include "resources/AttachedResourcesLine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

/// Draws late items in the warning colour and bold, so they stand out without a tooltip.
class LateItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(ChecklistItemModel::LateRole).toBool())
            return;
        option->palette.setColor(QPalette::Text, PairingChecklistPanel::warningColor(option->palette));
        option->font.setBold(true);
    }
};

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PairingChecklistPanel::PairingChecklistPanel(QWidget* parent)
    : QWidget(parent)
    , m_checklistModel(new ChecklistItemModel(this))
    , m_feedbackModel(new FeedbackModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeChecklistSection(), 3);
    layout->addWidget(makeFeedbackSection(), 2);
    setPairing(0, QString());
}

QColor PairingChecklistPanel::warningColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(255, 138, 128) : QColor(176, 32, 16);
}

QWidget* PairingChecklistPanel::makeChecklistSection()
{
    auto* section = new QWidget(this);
    m_checklistView = new QTreeView(section);
    m_checklistView->setObjectName(QStringLiteral("checklistView"));
    m_checklistView->setAccessibleName(tr("Checklist of the selected pairing"));
    m_checklistView->setModel(m_checklistModel);
    m_checklistView->setItemDelegate(new LateItemDelegate(m_checklistView));
    m_checklistView->setEditTriggers(QAbstractItemView::NoEditTriggers); // Space and clicks tick
    m_checklistView->setUniformRowHeights(true);
    m_checklistView->setAlternatingRowColors(true);
    m_checklistView->header()->setStretchLastSection(false);
    m_checklistView->header()->setSectionResizeMode(ChecklistItemModel::Title, QHeaderView::Stretch);
    m_checklistView->setToolTip(tr("Tick an item off with its checkbox or the Space key."));
    m_checklistView->installEventFilter(this);
    m_checklistSummary = new QLabel(section);
    m_checklistSummary->setTextFormat(Qt::PlainText);
    m_resources = new AttachedResourcesLine(section);
    m_resources->setReadOnly(true);
    m_resources->setToolTip(tr("The resources attached to the item in its checklist template; click one to "
                               "open it."));
    connect(m_checklistView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PairingChecklistPanel::showCurrentItemResources);

    connect(m_checklistModel, &QAbstractItemModel::modelAboutToBeReset, this,
            &PairingChecklistPanel::rememberCurrentItem);
    connect(m_checklistModel, &QAbstractItemModel::modelReset, this, &PairingChecklistPanel::restoreCurrentItem);
    connect(m_checklistModel, &ChecklistItemModel::errorOccurred, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Checklist not changed"), message); });

    auto* header = new QHBoxLayout;
    header->addWidget(sectionTitle(tr("Checklist"), section));
    header->addWidget(m_checklistSummary, 1);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_checklistView, 1);
    layout->addWidget(m_resources);
    return section;
}

QWidget* PairingChecklistPanel::makeFeedbackSection()
{
    auto* section = new QWidget(this);
    m_feedbackView = new QTableView(section);
    m_feedbackView->setObjectName(QStringLiteral("feedbackView"));
    m_feedbackView->setAccessibleName(tr("Feedback in the selected pairing"));
    m_feedbackView->setModel(m_feedbackModel);
    m_feedbackView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feedbackView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_feedbackView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feedbackView->verticalHeader()->hide();
    m_feedbackView->horizontalHeader()->setStretchLastSection(true);
    m_feedbackView->setWordWrap(false);
    connect(m_feedbackView, &QAbstractItemView::doubleClicked, this, &PairingChecklistPanel::editSelectedFeedback);
    m_feedbackSummary = new QLabel(section);
    m_feedbackSummary->setTextFormat(Qt::PlainText);
    m_feedbackSummary->setWordWrap(true);

    m_recordButton = new QPushButton(tr("Record &Feedback…"), section);
    m_editButton = new QPushButton(tr("Edit Feedback…"), section);
    m_deleteButton = new QPushButton(tr("Delete Feedback"), section);
    connect(m_recordButton, &QPushButton::clicked, this, &PairingChecklistPanel::recordFeedback);
    connect(m_editButton, &QPushButton::clicked, this, &PairingChecklistPanel::editSelectedFeedback);
    connect(m_deleteButton, &QPushButton::clicked, this, &PairingChecklistPanel::deleteSelectedFeedback);
    connect(m_feedbackModel, &QAbstractItemModel::modelReset, this, &PairingChecklistPanel::updateSummaries);
    connect(m_feedbackModel, &QAbstractItemModel::modelReset, m_feedbackView,
            [this] { m_feedbackView->resizeColumnsToContents(); });
    connect(m_feedbackView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PairingChecklistPanel::updateSummaries);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(sectionTitle(tr("Feedback"), section));
    buttons->addStretch(1);
    for (QPushButton* button : {m_recordButton, m_editButton, m_deleteButton})
        buttons->addWidget(button);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_feedbackSummary);
    layout->addWidget(m_feedbackView, 1);
    return section;
}

void PairingChecklistPanel::setEditor(ProgramEditor* editor)
{
    m_editor = editor;
    m_checklistModel->setEditor(editor);
    m_feedbackModel->setEditor(editor);
    m_resources->setEditor(editor);
    showCurrentItemResources();
    updateSummaries();
}

void PairingChecklistPanel::setPairing(qint64 pairingId, const QString& pairingName)
{
    if (pairingId == m_pairingId && pairingName == m_pairingName)
        return;
    m_pairingId = pairingId;
    m_pairingName = pairingName;
    m_currentItemId = 0;
    m_checklistModel->setPairing(pairingId);
    m_feedbackModel->setPairing(pairingId);
    m_checklistView->expandAll();
    m_checklistView->resizeColumnToContents(ChecklistItemModel::Due);
    m_checklistView->resizeColumnToContents(ChecklistItemModel::DoneOn);
    showCurrentItemResources();
    updateSummaries();
}

void PairingChecklistPanel::showCurrentItemResources()
{
    // The link survives only while the template item does: a deleted template leaves the
    // pairing's items without it (the schema's ON DELETE SET NULL), and so without resources.
    const qint64 itemId = m_checklistView->currentIndex().data(ChecklistItemModel::ItemIdRole).toLongLong();
    qint64 templateItemId = 0;
    if (m_editor && itemId != 0) {
        if (const std::optional<ChecklistItem> item = ChecklistRepository(m_editor->records()).item(itemId))
            templateItemId = item->templateItemId;
    }
    m_resources->setTemplateItemId(templateItemId);
}

bool PairingChecklistPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_checklistView || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() != Qt::Key_Space && key->key() != Qt::Key_Select) || key->modifiers() != Qt::NoModifier)
        return false;
    const QModelIndex current = m_checklistView->currentIndex();
    if (!m_checklistModel->itemAt(current))
        return false; // a group: Space selects it as usual
    m_checklistModel->toggle(current.siblingAtColumn(ChecklistItemModel::Title));
    return true;
}

void PairingChecklistPanel::rememberCurrentItem()
{
    const QModelIndex current = m_checklistView->currentIndex();
    if (current.isValid())
        m_currentItemId = current.data(ChecklistItemModel::ItemIdRole).toLongLong();
}

void PairingChecklistPanel::restoreCurrentItem()
{
    // A tick reads the checklist again: the groups stay open and the keyboard stays on the item.
    m_checklistView->expandAll();
    const QModelIndex current = m_checklistModel->indexOfItem(m_currentItemId);
    if (current.isValid())
        m_checklistView->setCurrentIndex(current);
    showCurrentItemResources();
    updateSummaries();
}

void PairingChecklistPanel::updateSummaries()
{
    const bool shown = m_editor && m_pairingId != 0;
    setEnabled(shown);
    const int late = m_checklistModel->lateCount();
    if (!shown)
        m_checklistSummary->setText(tr("Select a pairing to see its checklist and feedback."));
    else if (late > 0)
        m_checklistSummary->setText(tr("%n item(s) late", nullptr, late));
    else
        m_checklistSummary->clear();
    m_checklistSummary->setStyleSheet(late > 0 ? QStringLiteral("color: %1;").arg(warningColor(palette()).name())
                                               : QString());

    m_feedbackSummary->setText(
        shown ? tr("Mentee about mentor: %1. Mentor about mentee: %2. The mentor's average from all mentees: %3.")
                    .arg(FeedbackModel::ratingText(m_feedbackModel->average(FeedbackDirection::MenteeToMentor)),
                         FeedbackModel::ratingText(m_feedbackModel->average(FeedbackDirection::MentorToMentee)),
                         FeedbackModel::ratingText(m_feedbackModel->mentorAverage()))
              : QString());
    const bool selected = m_feedbackView->selectionModel()->hasSelection();
    m_recordButton->setEnabled(shown);
    m_editButton->setEnabled(shown && selected);
    m_deleteButton->setEnabled(shown && selected);
}

void PairingChecklistPanel::recordFeedback()
{
    if (!m_editor || m_pairingId == 0)
        return;
    FeedbackEntry entry;
    entry.pairingId = m_pairingId;
    FeedbackDialog dialog(m_pairingName, entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChecklistEditor editor(*m_editor);
    if (editor.recordFeedback(dialog.entry()) == 0) {
        QMessageBox::warning(this, tr("Feedback not recorded"), editor.errorString());
        return;
    }
    Q_EMIT statusMessage(tr("Feedback recorded. Edit ▸ Undo takes it back."));
}

void PairingChecklistPanel::editSelectedFeedback()
{
    const QModelIndex current = m_feedbackView->currentIndex();
    if (!m_editor || !current.isValid())
        return;
    FeedbackDialog dialog(m_pairingName, m_feedbackModel->entry(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChecklistEditor editor(*m_editor);
    if (!editor.editFeedback(dialog.entry()))
        QMessageBox::warning(this, tr("Feedback not changed"), editor.errorString());
}

void PairingChecklistPanel::deleteSelectedFeedback()
{
    const QModelIndex current = m_feedbackView->currentIndex();
    if (!m_editor || !current.isValid())
        return;
    ChecklistEditor editor(*m_editor);
    if (!editor.deleteFeedback(m_feedbackModel->entry(current.row()).id)) {
        QMessageBox::warning(this, tr("Feedback not deleted"), editor.errorString());
        return;
    }
    Q_EMIT statusMessage(tr("Feedback deleted. Edit ▸ Undo brings it back."));
}

} // namespace mentordesk
