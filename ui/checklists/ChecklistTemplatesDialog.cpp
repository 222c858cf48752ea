// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistTemplatesDialog.h"

#include "checklists/ChecklistEditor.h"
#include "checklists/ChecklistRepository.h"
#include "editing/ProgramEditor.h"
#include "resources/AttachedResourcesLine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kItemIdRole = Qt::UserRole + 1;
constexpr int kOffsetRole = Qt::UserRole + 2;
constexpr int kDefaultRole = Qt::UserRole + 3;
constexpr int kNameRole = Qt::UserRole + 4; ///< the stored name (the name field may hold an edit)

QString offsetText(int days)
{
    return ChecklistTemplatesDialog::tr("After %n day(s)", nullptr, days);
}

} // namespace

ChecklistTemplatesDialog::ChecklistTemplatesDialog(ProgramEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_templates(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_renameTemplate(new QPushButton(tr("R&ename Template"), this))
    , m_newTemplate(new QPushButton(tr("&New Template…"), this))
    , m_copyTemplate(new QPushButton(tr("Cop&y Template…"), this))
    , m_deleteTemplate(new QPushButton(tr("De&lete Template"), this))
    , m_makeDefault(new QPushButton(tr("Use for New &Pairings"), this))
    , m_defaultNote(new QLabel(this))
    , m_items(new QTreeWidget(this))
    , m_offset(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add Item…"), this))
    , m_renameItem(new QPushButton(tr("Rename &Item…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_remove(new QPushButton(tr("Remo&ve Item"), this))
    , m_resources(new AttachedResourcesLine(this))
{
    setWindowTitle(tr("Checklist Templates"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_items->setObjectName(QStringLiteral("templateItems"));
    m_items->setHeaderLabels({tr("Item")});
    m_items->header()->hide();
    m_items->setRootIsDecorated(false);
    for (int days : kChecklistOffsets)
        m_offset->addItem(offsetText(days), days);
    m_offset->setObjectName(QStringLiteral("itemOffset"));
    m_offset->setAccessibleName(tr("Due after"));
    m_templates->setObjectName(QStringLiteral("templates"));
    m_defaultNote->setObjectName(QStringLiteral("defaultTemplateNote"));
    m_newTemplate->setObjectName(QStringLiteral("newTemplate"));
    m_copyTemplate->setObjectName(QStringLiteral("copyTemplate"));
    m_deleteTemplate->setObjectName(QStringLiteral("deleteTemplate"));
    m_makeDefault->setObjectName(QStringLiteral("useForNewPairings"));
    m_defaultNote->setWordWrap(true);
    m_resources->setEditor(editor);
    m_resources->setToolTip(tr("The resources a pairing's mentor can open beside this item of their checklist."));
    layOut();
    connectButtons();
    addShortcuts();
    fillTemplates();
}

void ChecklistTemplatesDialog::layOut()
{
    auto* intro = new QLabel(tr("A pairing gets the items of the template used for new pairings when it starts, "
                                "each due its days after the start. Pairings that have started keep the "
                                "checklists they got."),
                             this);
    intro->setWordWrap(true);
    auto* templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_templates);
    auto* nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto* top = new QGridLayout;
    top->addWidget(templateLabel, 0, 0);
    top->addWidget(m_templates, 0, 1, 1, 2);
    top->addWidget(nameLabel, 1, 0);
    top->addWidget(m_name, 1, 1);
    top->addWidget(m_renameTemplate, 1, 2);
    top->addLayout(templateButtons(), 2, 1, 1, 2);
    top->addWidget(m_defaultNote, 3, 1, 1, 2);
    auto* side = new QVBoxLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_add, m_renameItem, m_up, m_down, m_offset, m_remove})
        side->addWidget(widget);
    side->addStretch(1);
    auto* itemColumn = new QVBoxLayout;
    itemColumn->addWidget(m_items, 1);
    itemColumn->addWidget(m_resources);
    auto* middle = new QHBoxLayout;
    middle->addLayout(itemColumn, 1);
    middle->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QLayout* ChecklistTemplatesDialog::templateButtons()
{
    auto* row = new QHBoxLayout;
    for (QPushButton* button : {m_newTemplate, m_copyTemplate, m_deleteTemplate, m_makeDefault})
        row->addWidget(button);
    row->addStretch(1);
    return row;
}

void ChecklistTemplatesDialog::addShortcuts()
{
    // Widget shortcuts: Delete and F2 mean the template in the list, the item in the tree.
    const auto on = [this](QWidget* widget, const QKeySequence& keys, void (ChecklistTemplatesDialog::*slot)()) {
        auto* shortcut = new QShortcut(keys, widget, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    on(m_items, QKeySequence::Delete, &ChecklistTemplatesDialog::removeSelectedItem);
    on(m_items, QKeySequence(Qt::Key_F2), &ChecklistTemplatesDialog::renameSelectedItem);
    on(m_templates, QKeySequence::Delete, &ChecklistTemplatesDialog::deleteTemplate);
    auto* rename = new QShortcut(QKeySequence(Qt::Key_F2), m_templates, nullptr, nullptr, Qt::WidgetShortcut);
    connect(rename, &QShortcut::activated, this, [this] {
        m_name->setFocus(Qt::ShortcutFocusReason);
        m_name->selectAll();
    });
}

void ChecklistTemplatesDialog::connectButtons()
{
    connect(m_templates, &QComboBox::currentIndexChanged, this, &ChecklistTemplatesDialog::reload);
    connect(m_renameTemplate, &QPushButton::clicked, this, &ChecklistTemplatesDialog::renameTemplate);
    connect(m_name, &QLineEdit::returnPressed, this, &ChecklistTemplatesDialog::renameTemplate);
    connect(m_newTemplate, &QPushButton::clicked, this, &ChecklistTemplatesDialog::addTemplate);
    connect(m_copyTemplate, &QPushButton::clicked, this, &ChecklistTemplatesDialog::copyTemplate);
    connect(m_deleteTemplate, &QPushButton::clicked, this, &ChecklistTemplatesDialog::deleteTemplate);
    connect(m_makeDefault, &QPushButton::clicked, this, &ChecklistTemplatesDialog::useForNewPairings);
    connect(m_add, &QPushButton::clicked, this, &ChecklistTemplatesDialog::addItem);
    connect(m_renameItem, &QPushButton::clicked, this, &ChecklistTemplatesDialog::renameSelectedItem);
    connect(m_up, &QPushButton::clicked, this, &ChecklistTemplatesDialog::moveSelectedItemUp);
    connect(m_down, &QPushButton::clicked, this, &ChecklistTemplatesDialog::moveSelectedItemDown);
    connect(m_remove, &QPushButton::clicked, this, &ChecklistTemplatesDialog::removeSelectedItem);
    connect(m_offset, &QComboBox::activated, this, &ChecklistTemplatesDialog::changeSelectedItemOffset);
    connect(m_items, &QTreeWidget::currentItemChanged, this, &ChecklistTemplatesDialog::updateButtons);
    connect(m_items, &QTreeWidget::itemDoubleClicked, this, &ChecklistTemplatesDialog::renameSelectedItem);
    if (m_editor)
        connect(m_editor->changes(), &ChangeFeed::changed, this, &ChecklistTemplatesDialog::programChanged);
}

void ChecklistTemplatesDialog::fillTemplates()
{
    const qint64 shown = templateId();
    {
        // The items are read once, below, for the template shown.
        const QSignalBlocker blocker(m_templates);
        m_templates->clear();
        if (m_editor) {
            for (const ChecklistTemplate& plan : ChecklistRepository(m_editor->records()).templates()) {
                m_templates->addItem(plan.isDefault ? tr("%1 (for new pairings)").arg(plan.name) : plan.name, plan.id);
                m_templates->setItemData(m_templates->count() - 1, plan.isDefault, kDefaultRole);
                m_templates->setItemData(m_templates->count() - 1, plan.name, kNameRole);
            }
        }
        m_templates->setCurrentIndex(std::max(0, m_templates->findData(shown)));
    }
    reload();
}

qint64 ChecklistTemplatesDialog::templateId() const
{
    return m_templates->currentData().toLongLong();
}

void ChecklistTemplatesDialog::programChanged(const ChangeEvent& event)
{
    // A template's new name shows in the list of templates; an item's change in the tree.
    if (event.affects(EntityKind::ChecklistTemplate))
        fillTemplates();
    else if (event.affects(EntityKind::ChecklistTemplateItem))
        reload();
}

void ChecklistTemplatesDialog::reload()
{
    const qint64 selected = selectedItemId();
    const int selectedGroup = selectedOffset();
    m_items->clear();
    if (!m_editor || templateId() == 0) {
        updateButtons();
        return;
    }
    ChecklistRepository repository(m_editor->records());
    const QVector<ChecklistTemplate> templates = repository.templates();
    for (const ChecklistTemplate& plan : templates) {
        if (plan.id == templateId())
            m_name->setText(plan.name);
    }
    const QVector<ChecklistTemplateItem> items = repository.templateItems(templateId());
    for (int days : kChecklistOffsets) {
        auto* group = new QTreeWidgetItem(m_items, {offsetText(days)});
        group->setData(0, kOffsetRole, days);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const ChecklistTemplateItem& item : items) {
            if (item.dayOffset != days)
                continue;
            auto* row = new QTreeWidgetItem(group, {item.title});
            row->setData(0, kItemIdRole, item.id);
            row->setData(0, kOffsetRole, days);
        }
    }
    m_items->expandAll();
    if (selected != 0)
        selectItem(selected);
    else if (QTreeWidgetItem* group = m_items->topLevelItem(m_offset->findData(selectedGroup)))
        m_items->setCurrentItem(group);
    updateButtons();
}

void ChecklistTemplatesDialog::selectItem(qint64 itemId)
{
    for (int g = 0; g < m_items->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_items->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kItemIdRole).toLongLong() == itemId)
                m_items->setCurrentItem(group->child(i));
        }
    }
}

qint64 ChecklistTemplatesDialog::selectedItemId() const
{
    const QTreeWidgetItem* current = m_items->currentItem();
    return current ? current->data(0, kItemIdRole).toLongLong() : 0;
}

int ChecklistTemplatesDialog::selectedOffset() const
{
    const QTreeWidgetItem* current = m_items->currentItem();
    return current ? current->data(0, kOffsetRole).toInt() : kChecklistOffsets[0];
}

bool ChecklistTemplatesDialog::shownIsDefault() const
{
    return m_templates->currentData(kDefaultRole).toBool();
}

void ChecklistTemplatesDialog::updateButtons()
{
    const bool item = selectedItemId() != 0;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_renameItem, m_up, m_down, m_offset, m_remove})
        widget->setEnabled(item);
    m_add->setEnabled(templateId() != 0);
    m_offset->setCurrentIndex(m_offset->findData(selectedOffset()));
    m_resources->setEnabled(item);
    m_resources->setTemplateItemId(selectedItemId());
    updateTemplateButtons();
}

void ChecklistTemplatesDialog::updateTemplateButtons()
{
    const bool shown = templateId() != 0;
    const bool isDefault = shownIsDefault();
    m_newTemplate->setEnabled(m_editor != nullptr);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_copyTemplate, m_renameTemplate, m_name})
        widget->setEnabled(shown);
    m_deleteTemplate->setEnabled(shown && !isDefault);
    m_makeDefault->setEnabled(shown && !isDefault);
    // A disabled button cannot say why; its tooltip does.
    m_deleteTemplate->setToolTip(isDefault ? tr("New pairings get this template, so it cannot be deleted: "
                                                "use another one for new pairings first.")
                                           : tr("Deletes the template; pairings keep the checklists they got."));
    QString note;
    if (shown && isDefault) {
        note = tr("New pairings get this template.");
    } else if (shown) {
        for (int i = 0; i < m_templates->count(); ++i) {
            if (m_templates->itemData(i, kDefaultRole).toBool())
                note = tr("New pairings get another template; Use for New Pairings makes it this one.");
        }
        if (note.isEmpty())
            note = tr("No template is used for new pairings: they start without a checklist.");
    }
    m_defaultNote->setText(note);
}

bool ChecklistTemplatesDialog::report(bool written, const ChecklistEditor& editor)
{
    // The sentence is read here, after the edit: as an argument beside the edit's call it could
    // be read before the edit set it (the order arguments are evaluated in is unspecified).
    if (!written)
        QMessageBox::warning(this, tr("Template not changed"), editor.errorString());
    return written;
}

void ChecklistTemplatesDialog::addTemplate()
{
    addTemplateNamed(tr("New Template"), QString(), 0);
}

void ChecklistTemplatesDialog::copyTemplate()
{
    if (templateId() == 0)
        return;
    addTemplateNamed(tr("Copy Template"), tr("Copy of %1").arg(m_templates->currentData(kNameRole).toString()),
                     templateId());
}

void ChecklistTemplatesDialog::addTemplateNamed(const QString& title, const QString& proposal, qint64 copyOf)
{
    if (!m_editor)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, tr("Name of the new template:"), QLineEdit::Normal, proposal, &ok);
    if (!ok)
        return;
    ChecklistEditor editor(*m_editor);
    const qint64 added = editor.addTemplate(name, copyOf);
    if (report(added != 0, editor))
        m_templates->setCurrentIndex(m_templates->findData(added));
}

void ChecklistTemplatesDialog::deleteTemplate()
{
    if (!m_editor || templateId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    // The default one is refused by the editor with the sentence saying what to do instead.
    if (shownIsDefault()) {
        report(editor.deleteTemplate(templateId()), editor);
        return;
    }
    const ChecklistRepository repository(m_editor->records());
    const int itemCount = int(repository.templateItems(templateId()).size());
    const int madeCount = repository.itemsMadeFromTemplate(templateId());
    QMessageBox question(QMessageBox::Question, tr("Delete Template"),
                         tr("Delete the template “%1” and its %n item(s)?", nullptr, itemCount)
                             .arg(m_templates->currentData(kNameRole).toString()),
                         QMessageBox::Cancel, this);
    question.setInformativeText(
        tr("Pairings keep the %n checklist item(s) they got from it, ticked or not; they are no longer linked to "
           "the template, so they no longer show its resources. The resources stay in the library. Edit ▸ Undo "
           "brings the template back.",
           nullptr, madeCount));
    QPushButton* remove = question.addButton(tr("De&lete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    report(editor.deleteTemplate(templateId()), editor);
}

void ChecklistTemplatesDialog::useForNewPairings()
{
    if (!m_editor || templateId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.setDefaultTemplate(templateId()), editor);
}

void ChecklistTemplatesDialog::renameTemplate()
{
    if (!m_editor || templateId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    const QString name = m_name->text();
    report(editor.renameTemplate(templateId(), name), editor);
}

void ChecklistTemplatesDialog::addItem()
{
    if (!m_editor || templateId() == 0)
        return;
    const int days = selectedOffset();
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add Item"), tr("Item due after %n day(s):", nullptr, days),
                                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ChecklistEditor editor(*m_editor);
    const qint64 added = editor.addTemplateItem(templateId(), days, title);
    if (report(added != 0, editor))
        selectItem(added);
}

void ChecklistTemplatesDialog::renameSelectedItem()
{
    const qint64 itemId = selectedItemId();
    if (!m_editor || itemId == 0)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Item"), tr("Item:"), QLineEdit::Normal,
                                                m_items->currentItem()->text(0), &ok);
    if (!ok)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.renameTemplateItem(itemId, title), editor);
}

void ChecklistTemplatesDialog::moveSelectedItemUp()
{
    if (!m_editor || selectedItemId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.moveTemplateItem(selectedItemId(), -1), editor);
}

void ChecklistTemplatesDialog::moveSelectedItemDown()
{
    if (!m_editor || selectedItemId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.moveTemplateItem(selectedItemId(), +1), editor);
}

void ChecklistTemplatesDialog::removeSelectedItem()
{
    const qint64 itemId = selectedItemId();
    if (!m_editor || itemId == 0)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.removeTemplateItem(itemId), editor);
}

void ChecklistTemplatesDialog::changeSelectedItemOffset()
{
    const qint64 itemId = selectedItemId();
    const int days = m_offset->currentData().toInt();
    if (!m_editor || itemId == 0 || days == selectedOffset())
        return;
    ChecklistEditor editor(*m_editor);
    if (report(editor.setTemplateItemOffset(itemId, days), editor))
        selectItem(itemId);
}

} // namespace mentordesk
