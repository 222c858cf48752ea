// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistTemplatesDialog.h"

#include "checklists/ChecklistEditor.h"
#include "checklists/ChecklistRepository.h"
#include "editing/ProgramEditor.h"

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
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kItemIdRole = Qt::UserRole + 1;
constexpr int kOffsetRole = Qt::UserRole + 2;

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
    , m_renameTemplate(new QPushButton(tr("Rename &Template"), this))
    , m_items(new QTreeWidget(this))
    , m_offset(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add Item…"), this))
    , m_renameItem(new QPushButton(tr("Re&name Item…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_remove(new QPushButton(tr("&Remove Item"), this))
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
    layOut();
    connectButtons();
    fillTemplates();
}

void ChecklistTemplatesDialog::layOut()
{
    auto* intro = new QLabel(tr("A pairing gets the default template's items when it starts, each due its days "
                                "after the start. Pairings that have started keep the checklists they got."),
                             this);
    intro->setWordWrap(true);
    auto* templateLabel = new QLabel(tr("Te&mplate:"), this);
    templateLabel->setBuddy(m_templates);
    auto* nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto* top = new QGridLayout;
    top->addWidget(templateLabel, 0, 0);
    top->addWidget(m_templates, 0, 1, 1, 2);
    top->addWidget(nameLabel, 1, 0);
    top->addWidget(m_name, 1, 1);
    top->addWidget(m_renameTemplate, 1, 2);
    auto* side = new QVBoxLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_add, m_renameItem, m_up, m_down, m_offset, m_remove})
        side->addWidget(widget);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_items, 1);
    middle->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

void ChecklistTemplatesDialog::connectButtons()
{
    connect(m_templates, &QComboBox::currentIndexChanged, this, &ChecklistTemplatesDialog::reload);
    connect(m_renameTemplate, &QPushButton::clicked, this, &ChecklistTemplatesDialog::renameTemplate);
    connect(m_name, &QLineEdit::returnPressed, this, &ChecklistTemplatesDialog::renameTemplate);
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
            for (const ChecklistTemplate& plan : ChecklistRepository(m_editor->records()).templates())
                m_templates->addItem(plan.isDefault ? tr("%1 (default)").arg(plan.name) : plan.name, plan.id);
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

void ChecklistTemplatesDialog::updateButtons()
{
    const bool item = selectedItemId() != 0;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_renameItem, m_up, m_down, m_offset, m_remove})
        widget->setEnabled(item);
    m_offset->setCurrentIndex(m_offset->findData(selectedOffset()));
}

bool ChecklistTemplatesDialog::report(bool written, const QString& refusal)
{
    if (!written)
        QMessageBox::warning(this, tr("Template not changed"), refusal);
    return written;
}

void ChecklistTemplatesDialog::renameTemplate()
{
    if (!m_editor || templateId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    const QString name = m_name->text();
    report(editor.renameTemplate(templateId(), name), editor.errorString());
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
    if (report(added != 0, editor.errorString()))
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
    report(editor.renameTemplateItem(itemId, title), editor.errorString());
}

void ChecklistTemplatesDialog::moveSelectedItemUp()
{
    if (!m_editor || selectedItemId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.moveTemplateItem(selectedItemId(), -1), editor.errorString());
}

void ChecklistTemplatesDialog::moveSelectedItemDown()
{
    if (!m_editor || selectedItemId() == 0)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.moveTemplateItem(selectedItemId(), +1), editor.errorString());
}

void ChecklistTemplatesDialog::removeSelectedItem()
{
    const qint64 itemId = selectedItemId();
    if (!m_editor || itemId == 0)
        return;
    ChecklistEditor editor(*m_editor);
    report(editor.removeTemplateItem(itemId), editor.errorString());
}

void ChecklistTemplatesDialog::changeSelectedItemOffset()
{
    const qint64 itemId = selectedItemId();
    const int days = m_offset->currentData().toInt();
    if (!m_editor || itemId == 0 || days == selectedOffset())
        return;
    ChecklistEditor editor(*m_editor);
    if (report(editor.setTemplateItemOffset(itemId, days), editor.errorString()))
        selectItem(itemId);
}

} // namespace mentordesk
