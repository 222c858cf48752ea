// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelatedCategoriesDialog.h"

#include "editing/ProgramEditor.h"
#include "storage/ListFieldRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kFirstRole = Qt::UserRole;
constexpr int kSecondRole = Qt::UserRole + 1;
} // namespace

RelatedCategoriesDialog::RelatedCategoriesDialog(ProgramEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_pairs(new QListWidget(this))
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Related Categories"));
    auto* intro = new QLabel(tr("Sellers and mentors in related categories match nearly as well as in the same "
                                "category. Each change can be undone with Edit ▸ Undo."),
                             this);
    intro->setWordWrap(true);
    m_pairs->setAccessibleName(tr("Related category pairs"));
    for (QComboBox* box : {m_first, m_second}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setMinimumContentsLength(18);
    }
    m_first->setAccessibleName(tr("First category"));
    m_second->setAccessibleName(tr("Second category"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setAccessibleName(tr("Relate the two categories"));
    m_remove->setAccessibleName(tr("Remove the selected pair"));

    auto* firstLabel = new QLabel(tr("&Category:"), this);
    firstLabel->setBuddy(m_first);
    auto* secondLabel = new QLabel(tr("is related &to:"), this);
    secondLabel->setBuddy(m_second);
    auto* grid = new QGridLayout;
    grid->addWidget(firstLabel, 0, 0);
    grid->addWidget(m_first, 0, 1);
    grid->addWidget(secondLabel, 0, 2);
    grid->addWidget(m_second, 0, 3);
    grid->addWidget(add, 0, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &RelatedCategoriesDialog::addPair);
    connect(m_remove, &QPushButton::clicked, this, &RelatedCategoriesDialog::removeSelectedPair);
    connect(m_pairs, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_count);
    layout->addWidget(m_pairs, 1);
    layout->addWidget(buttons);
    resize(sizeHint().width(), 420);
    reload();
}

void RelatedCategoriesDialog::reload()
{
    ListFieldRepository lists(m_editor->records());
    const QStringList categories = lists.knownCategories();
    for (QComboBox* box : {m_first, m_second}) {
        const QString text = box->currentText();
        box->clear();
        box->addItems(categories);
        box->setEditText(text);
    }
    m_pairs->clear();
    const QVector<CategoryPair> pairs = lists.relatedCategories();
    for (const CategoryPair& pair : pairs) {
        auto* item = new QListWidgetItem(tr("%1 ↔ %2").arg(pair.first, pair.second), m_pairs);
        item->setData(kFirstRole, pair.first);
        item->setData(kSecondRole, pair.second);
    }
    m_count->setText(tr("%n related pair(s):", nullptr, int(pairs.size())));
    m_remove->setEnabled(m_pairs->currentRow() >= 0);
}

void RelatedCategoriesDialog::addPair()
{
    if (!m_editor->addRelatedCategories(m_first->currentText(), m_second->currentText())) {
        QMessageBox::warning(this, tr("Categories not related"), m_editor->errorString());
        return;
    }
    reload();
}

void RelatedCategoriesDialog::removeSelectedPair()
{
    const QListWidgetItem* item = m_pairs->currentItem();
    if (!item)
        return;
    if (!m_editor->removeRelatedCategories(item->data(kFirstRole).toString(), item->data(kSecondRole).toString()))
        QMessageBox::warning(this, tr("Pair not removed"), m_editor->errorString());
    reload();
}

} // namespace mentordesk
