// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPanel.h"

#include "checklists/PairingChecklistPanel.h"
#include "dialogs/EndPairingDialog.h"
#include "dialogs/ExtendTrialDialog.h"
#include "domain/WorkspaceSpecs.h"
#include "editing/PairingCommands.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/MetricComparisonModel.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/PairingTableModel.h"
#include "MatchingTab.h"
#include "storage/DetailRepository.h"
#include "storage/PairingRepository.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mentordesk {

DetailPanel::DetailPanel(const TableSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_profileForm(new QFormLayout)
    , m_auditModel(new AuditTableModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* profile = new QWidget;
    profile->setLayout(m_profileForm);
    m_profileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profileForm->setLabelAlignment(Qt::AlignRight);
    for (const FieldSpec& field : m_spec.fields) {
        auto* value = new QLabel;
        value->setTextFormat(Qt::PlainText); // records are data, never markup
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        // Long unbroken values (e-mail addresses) are clipped rather than widening the panel.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_profileForm->addRow(tr("%1:").arg(field.translatedTitle()), value);
        m_profileValues << value;
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(profile);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Profile"));

    if (m_spec.entity == EntityKind::Seller) {
        m_metricModel = new MetricComparisonModel(this);
        m_tabs->addTab(makeTable(m_metricModel), tr("Metrics"));
    }
    if (m_spec.entity == EntityKind::Seller || m_spec.entity == EntityKind::Mentor) {
        m_pairingModel = new PairingTableModel(this);
        m_tabs->addTab(makePairingsTab(), tr("Pairings"));
        // What matching reads of the record, editable list by list.
        m_matchingTab = new MatchingTab(m_spec.entity);
        connect(m_matchingTab, &MatchingTab::statusMessage, this, &DetailPanel::statusMessage);
        m_tabs->addTab(m_matchingTab, tr("Matching"));
    }
    if (m_spec.entity == EntityKind::Cohort) {
        m_members = new QListWidget;
        m_tabs->addTab(m_members, tr("Members"));
    }
    m_tabs->addTab(makeTable(m_auditModel), tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    showRow(nullptr, -1);
}

QTableView* DetailPanel::makeTable(QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Small tables only: resizing to contents is cheap here, unlike in the workspaces.
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    connect(model, &QAbstractItemModel::dataChanged, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

void DetailPanel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    showRow(nullptr, -1);
}

void DetailPanel::showRow(const PagedTableModel* model, int row)
{
    m_recordId = model && row >= 0 ? model->recordId(row) : 0;
    m_tabs->setEnabled(m_recordId != 0);
    if (m_recordId == 0) {
        m_title->setText(tr("Select a record to see its details."));
        for (QLabel* value : std::as_const(m_profileValues))
            value->clear();
        if (m_metricModel)
            m_metricModel->setMetrics({});
        if (m_pairingModel)
            m_pairingModel->setPairings({}, QString());
        if (m_members)
            m_members->clear();
        if (m_matchingTab)
            m_matchingTab->showRecord(0, QString());
        m_auditModel->setEntries(&m_spec, {});
        return;
    }

    for (int column = 0; column < m_spec.fields.size(); ++column) {
        const QModelIndex index = model->index(row, column);
        const FieldSpec& field = m_spec.fields.at(column);
        QString text = field.type == FieldType::Boolean ? field.displayText(index.data(Qt::EditRole))
                                                        : index.data(Qt::DisplayRole).toString();
        m_profileValues.at(column)->setText(text.isEmpty() ? QStringLiteral("—") : text);
    }
    const int nameColumn = m_spec.fieldIndex(m_spec.displayNameExpression.mid(2));
    m_title->setText(model->index(row, std::max(0, nameColumn)).data().toString());
    if (m_matchingTab)
        m_matchingTab->showRecord(m_recordId, m_title->text());

    const DetailRepository details(m_db);
    if (m_metricModel)
        m_metricModel->setMetrics(details.sellerMetrics(m_recordId));
    if (m_pairingModel) {
        // The panel is shown again after every change (its own decisions included): the
        // pairing that was selected stays selected.
        const qint64 selected = selectedPairing().id;
        // Reading the pairings again clears the selection for a moment; the checklist below
        // keeps showing the pairing (and the item the keyboard is on) until it is selected again.
        m_reloadingPairings = true;
        if (m_spec.entity == EntityKind::Seller)
            m_pairingModel->setPairings(details.pairingsOfSeller(m_recordId), tr("Mentor"));
        else
            m_pairingModel->setPairings(details.pairingsOfMentor(m_recordId), tr("Mentee"));
        m_reloadingPairings = false;
        selectPairing(selected);
    }
    if (m_members) {
        constexpr int kShownMembers = 500;
        m_members->clear();
        m_members->addItems(details.cohortMembers(m_recordId, kShownMembers));
        const int members = details.cohortMemberCount(m_recordId);
        if (members > kShownMembers)
            m_members->addItem(tr("… and %Ln more (filter the Sellers workspace by this cohort to see all)", nullptr,
                                  members - kShownMembers));
    }
    m_auditModel->setEntries(&m_spec, details.auditHistory(m_spec.entity, m_recordId));
}

QWidget* DetailPanel::makePairingsTab()
{
    auto* tab = new QWidget;
    m_pairingTable = makeTable(m_pairingModel);
    m_pairingTable->setAccessibleName(tr("Pairings"));
    m_pairingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairingTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Mnemonics avoid the menu bar's letters (File, Edit, View, Help).
    m_confirmAction = addPairingAction(tab, tr("&Confirm Pairing"), tr("Confirm the selected trial"),
                                       QKeySequence(Qt::CTRL | Qt::Key_Return), &DetailPanel::confirmSelectedPairing);
    m_extendAction = addPairingAction(tab, tr("E&xtend Trial…"), tr("Extend the selected trial"), QKeySequence(),
                                      &DetailPanel::extendSelectedPairing);
    m_endAction = addPairingAction(tab, tr("E&nd Pairing…"), tr("End the selected pairing"), QKeySequence(),
                                   &DetailPanel::endSelectedPairing);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_confirmAction, m_extendAction, m_endAction}) {
        // Push buttons rather than tool buttons: they keep the action's mnemonic and take the
        // keyboard focus in the tab order.
        auto* button = new QPushButton(action->text(), tab);
        button->setAccessibleName(action->statusTip());
        button->setToolTip(action->shortcut().isEmpty()
                               ? action->statusTip()
                               : tr("%1 (%2)", "action, its shortcut")
                                     .arg(action->statusTip(), action->shortcut().toString(QKeySequence::NativeText)));
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_pairingHint = new QLabel(tab);
    m_pairingHint->setTextFormat(Qt::PlainText);
    m_pairingHint->setWordWrap(true);

    // The selected pairing's checklist and feedback below the table, the split adjustable.
    m_checklistPanel = new PairingChecklistPanel(tab);
    connect(m_checklistPanel, &PairingChecklistPanel::statusMessage, this, &DetailPanel::statusMessage);
    auto* split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_pairingTable);
    split->addWidget(m_checklistPanel);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_pairingHint);
    layout->addWidget(split, 1);

    connect(m_pairingModel, &QAbstractItemModel::modelReset, this, &DetailPanel::updatePairingActions);
    connect(m_pairingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DetailPanel::updatePairingActions);
    updatePairingActions();
    return tab;
}

QAction* DetailPanel::addPairingAction(QWidget* tab, const QString& text, const QString& accessibleName,
                                       const QKeySequence& shortcut, void (DetailPanel::*slot)())
{
    auto* action = new QAction(text, tab);
    action->setStatusTip(accessibleName);
    action->setShortcut(shortcut);
    // Only while the Pairings tab has the focus: the workspace's own shortcuts stay as they are.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    tab->addAction(action);
    m_pairingTable->addAction(action);
    return action;
}

void DetailPanel::setEditor(ProgramEditor* editor)
{
    m_editor = editor;
    if (m_matchingTab)
        m_matchingTab->setEditor(editor);
    if (m_checklistPanel)
        m_checklistPanel->setEditor(editor);
    if (m_pairingModel)
        updatePairingActions();
}

PairingSummary DetailPanel::selectedPairing() const
{
    if (!m_pairingTable)
        return {};
    const QModelIndex current = m_pairingTable->currentIndex();
    return current.isValid() ? m_pairingModel->pairing(current.row()) : PairingSummary();
}

void DetailPanel::selectPairing(qint64 pairingId)
{
    const int row = pairingId == 0 ? -1 : m_pairingModel->rowOfPairing(pairingId);
    if (row >= 0)
        m_pairingTable->setCurrentIndex(m_pairingModel->index(row, PairingTableModel::Counterpart));
    updatePairingActions();
}

void DetailPanel::updatePairingActions()
{
    const PairingSummary pairing = selectedPairing();
    const bool trial = m_editor && pairing.status == QLatin1String("trial");
    const bool open = trial || (m_editor && pairing.status == QLatin1String("active"));
    m_confirmAction->setEnabled(trial);
    m_extendAction->setEnabled(trial);
    m_endAction->setEnabled(open);
    const QModelIndex current = m_pairingTable->currentIndex();
    const QString deadline = current.isValid() ? m_pairingModel->trialDeadlineText(current.row()) : QString();
    m_pairingHint->setText(deadline);
    m_pairingHint->setVisible(!deadline.isEmpty());
    if (!m_reloadingPairings)
        m_checklistPanel->setPairing(pairing.id, pairing.id == 0 ? QString() : pairingName(pairing));
}

QString DetailPanel::pairingName(const PairingSummary& pairing) const
{
    const bool ofSeller = m_spec.entity == EntityKind::Seller;
    const QString mentee = ofSeller ? m_title->text() : pairing.counterpart;
    const QString mentor = ofSeller ? pairing.counterpart : m_title->text();
    return tr("%1 with %2", "mentee with mentor").arg(mentee, mentor);
}

void DetailPanel::reportPairingChange(bool written, const QString& done)
{
    if (!written) {
        QMessageBox::warning(this, tr("Pairing not changed"), m_editor->errorString());
        return;
    }
    Q_EMIT statusMessage(done);
}

void DetailPanel::confirmSelectedPairing()
{
    const PairingSummary pairing = selectedPairing();
    if (!m_editor || pairing.id == 0)
        return;
    reportPairingChange(m_editor->confirmTrial(pairing.id),
                        tr("The pairing with %1 is active now. Edit ▸ Undo takes it back.").arg(pairing.counterpart));
}

void DetailPanel::extendSelectedPairing()
{
    const PairingSummary pairing = selectedPairing();
    if (!m_editor || pairing.id == 0)
        return;
    ExtendTrialDialog dialog(pairing.counterpart, pairing.trialEndDate, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reportPairingChange(m_editor->extendTrial(pairing.id, dialog.newEnd()),
                        tr("The trial with %1 now ends on %2.")
                            .arg(pairing.counterpart, QLocale().toString(dialog.newEnd(), QLocale::ShortFormat)));
}

void DetailPanel::endSelectedPairing()
{
    const PairingSummary pairing = selectedPairing();
    if (!m_editor || pairing.id == 0)
        return;
    EndPairingDialog dialog(pairing.counterpart, pairing.startedOn, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool written = m_editor->endPairing(pairing.id, dialog.reason(), dialog.endedOn());
    reportPairingChange(written,
                        tr("The pairing with %1 has ended. Edit ▸ Undo takes it back.").arg(pairing.counterpart));
    if (written)
        offerRematch(PairingRepository(m_editor->records()).state(pairing.id));
}

void DetailPanel::offerRematch(const PairingState& ended)
{
    // A mentee who already has another open pairing is not offered a second.
    PairingRepository pairings(m_editor->records());
    if (!ended.exists() || !EndPairingCommand::suggestsRematch(ended.endReason) ||
        pairings.hasOpenPairing(ended.menteeId))
        return;
    const QString mentee = m_editor->records().displayName(sellerTableSpec(), ended.menteeId);
    QMessageBox box(
        QMessageBox::Question, tr("Re-match This Mentee?"),
        tr("The pairing has ended. Find a new mentor for %1 now? The other pairs stay as they are.").arg(mentee),
        QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton* rematch = box.addButton(tr("Re-match This Mentee…"), QMessageBox::AcceptRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(rematch);
    box.exec();
    if (box.clickedButton() == rematch)
        Q_EMIT rematchRequested(ended.menteeId);
}

} // namespace mentordesk
