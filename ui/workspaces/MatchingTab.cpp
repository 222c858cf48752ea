// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchingTab.h"

#include "changes/ChangeEvent.h"
#include "dialogs/DisclosureDialog.h"
#include "dialogs/ListEditDialog.h"
#include "dialogs/SkillsDialog.h"
#include "domain/FieldCatalogue.h"
#include "editing/ProgramEditor.h"

#include <optional>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

const QString kSkills = QStringLiteral("skills");

ListField listFieldOf(EntityKind owner, const QString& key)
{
    if (owner == EntityKind::Seller)
        return key == QLatin1String("brands") ? ListField::SellerBrands : ListField::SellerLanguages;
    if (key == QLatin1String("categories"))
        return ListField::MentorCategories;
    return key == QLatin1String("channels") ? ListField::MentorChannels : ListField::MentorLanguages;
}

/// A list as people read it: codes by the catalogue's names for them (models/domain), free text
/// (categories, brands) as it is.
QString displayText(ListField field, const QStringList& values)
{
    switch (field) {
    case ListField::MentorChannels:
        return catalogueField(FieldId::MentorChannels).codeListText(values);
    case ListField::MentorLanguages:
        return catalogueField(FieldId::MentorLanguages).codeListText(values);
    case ListField::SellerLanguages:
        return catalogueField(FieldId::SellerLanguages).codeListText(values);
    case ListField::MentorCategories:
    case ListField::SellerBrands:
        break;
    }
    return values.join(QStringLiteral(", "));
}

QString skillsText(const SkillLevels& skills)
{
    QStringList items;
    for (auto it = skills.constBegin(); it != skills.constEnd(); ++it)
        items << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    return catalogueField(FieldId::MentorSkills).codeListText(items);
}

} // namespace

MatchingTab::MatchingTab(EntityKind owner, QWidget* parent)
    : QWidget(parent)
    , m_owner(owner)
    , m_form(new QFormLayout)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    if (owner == EntityKind::Mentor) {
        addRow(kSkills, tr("Skills:"), tr("Edit skills"));
        addRow(QStringLiteral("categories"), tr("Categories:"), tr("Edit categories"));
        addRow(QStringLiteral("channels"), tr("Channels:"), tr("Edit channels"));
        addRow(QStringLiteral("languages"), tr("Languages:"), tr("Edit languages"));
    } else {
        addRow(QStringLiteral("languages"), tr("Languages:"), tr("Edit languages"));
        addRow(QStringLiteral("brands"), tr("Brands:"), tr("Edit brands"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(m_form);
    if (owner == EntityKind::Mentor)
        layout->addWidget(makeDisclosures(), 1);
    else
        layout->addStretch(1);
    showRecord(0, QString());
}

void MatchingTab::addRow(const QString& key, const QString& label, const QString& accessibleName)
{
    Row row{key, new QLabel(this), new QPushButton(tr("Edit…"), this)};
    row.value->setTextFormat(Qt::PlainText);
    row.value->setWordWrap(true);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row.edit->setAccessibleName(accessibleName);
    row.edit->setToolTip(accessibleName);
    if (key == kSkills)
        connect(row.edit, &QPushButton::clicked, this, &MatchingTab::editSkills);
    else
        connect(row.edit, &QPushButton::clicked, this, [this, key] { editList(listFieldOf(m_owner, key)); });
    auto* line = new QHBoxLayout;
    line->addWidget(row.value, 1);
    line->addWidget(row.edit, 0, Qt::AlignTop);
    m_form->addRow(label, line);
    m_rows << row;
}

QWidget* MatchingTab::makeDisclosures()
{
    auto* box = new QWidget(this);
    m_disclosures = new QTableWidget(0, 4, box);
    // The note last: it is the long one, and stretches.
    m_disclosures->setHorizontalHeaderLabels({tr("Kind"), tr("Conflict with"), tr("Declared"), tr("Note")});
    m_disclosures->setAccessibleName(tr("Conflict-of-interest disclosures"));
    m_disclosures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disclosures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_disclosures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_disclosures->verticalHeader()->hide();
    m_disclosures->horizontalHeader()->setStretchLastSection(true);
    m_addDisclosure = new QPushButton(tr("&Add Disclosure…"), box);
    m_addDisclosure->setAccessibleName(tr("Add a conflict-of-interest disclosure"));
    m_removeDisclosure = new QPushButton(tr("Re&move Disclosure"), box);
    m_removeDisclosure->setAccessibleName(tr("Remove the selected disclosure"));
    connect(m_addDisclosure, &QPushButton::clicked, this, &MatchingTab::addDisclosure);
    connect(m_removeDisclosure, &QPushButton::clicked, this, &MatchingTab::removeSelectedDisclosure);
    connect(m_disclosures, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeDisclosure->setEnabled(m_editor && row >= 0); });

    auto* title = new QLabel(tr("Conflicts of interest:"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch(1);
    buttons->addWidget(m_addDisclosure);
    buttons->addWidget(m_removeDisclosure);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_disclosures, 1);
    return box;
}

void MatchingTab::setEditor(ProgramEditor* editor)
{
    if (m_editor)
        disconnect(m_editor->changes(), nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor)
        connect(m_editor->changes(), &ChangeFeed::changed, this, &MatchingTab::follow);
    reload();
}

void MatchingTab::showRecord(qint64 id, const QString& name)
{
    m_id = id;
    m_name = name;
    reload();
}

void MatchingTab::follow(const ChangeEvent& event)
{
    // Also undo and redo from the Edit menu, and edits of the categories text in the table.
    if (m_id != 0 && event.affects(m_owner) && (event.ids.isEmpty() || event.ids.contains(m_id)))
        reload();
}

QPushButton* MatchingTab::editButton(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.key == key)
            return row.edit;
    }
    return nullptr;
}

QString MatchingTab::shownText(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.key == key)
            return row.value->text();
    }
    return {};
}

void MatchingTab::reload()
{
    const bool shown = m_editor && m_id != 0;
    std::optional<ListFieldRepository> lists;
    if (shown)
        lists.emplace(m_editor->records());
    for (const Row& row : std::as_const(m_rows)) {
        QString text;
        if (shown)
            text = row.key == kSkills
                       ? skillsText(lists->skills(m_id))
                       : displayText(listFieldOf(m_owner, row.key), lists->list(listFieldOf(m_owner, row.key), m_id));
        row.value->setText(text.isEmpty() ? QStringLiteral("—") : text);
        row.edit->setEnabled(shown);
    }
    if (!m_disclosures)
        return;
    const QVector<Disclosure> disclosures = shown ? lists->disclosures(m_id) : QVector<Disclosure>();
    m_disclosures->setRowCount(int(disclosures.size()));
    m_disclosureIds.clear();
    const QMap<QString, QString> kinds{{QStringLiteral("seller"), tr("Seller")},
                                       {QStringLiteral("brand"), tr("Brand")},
                                       {QStringLiteral("category"), tr("Category")}};
    for (int row = 0; row < disclosures.size(); ++row) {
        const Disclosure& disclosure = disclosures.at(row);
        const QStringList cells{kinds.value(disclosure.kind, disclosure.kind), disclosure.subject(),
                                QLocale().toString(disclosure.declaredOn, QLocale::ShortFormat), disclosure.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column)); // a long note is cut at the panel's edge
            m_disclosures->setItem(row, column, item);
        }
        m_disclosureIds << disclosure.id;
    }
    m_disclosures->resizeColumnsToContents();
    m_addDisclosure->setEnabled(shown);
    m_removeDisclosure->setEnabled(shown && m_disclosures->currentRow() >= 0);
}

void MatchingTab::report(bool written, const QString& done)
{
    if (!written) {
        QMessageBox::warning(this, tr("Not changed"), m_editor->errorString());
        return;
    }
    Q_EMIT statusMessage(done);
}

void MatchingTab::editSkills()
{
    if (!m_editor || m_id == 0)
        return;
    SkillsDialog dialog(m_name, ListFieldRepository(m_editor->records()).skills(m_id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_editor->setMentorSkills(m_id, dialog.skills()),
           tr("The skills of %1 were changed. Edit ▸ Undo takes it back.").arg(m_name));
}

void MatchingTab::editList(ListField field)
{
    if (!m_editor || m_id == 0)
        return;
    QString title;
    QString hint;
    switch (field) {
    case ListField::MentorCategories:
        title = tr("Categories");
        hint = tr("The categories %1 mentors in, separated by “|”.").arg(m_name);
        break;
    case ListField::MentorChannels:
        title = tr("Channels");
        hint = tr("The sales channels %1 knows, separated by “|”: own storefront, marketplace app, wholesale, social.")
                   .arg(m_name);
        break;
    case ListField::MentorLanguages:
    case ListField::SellerLanguages:
        title = tr("Languages");
        hint =
            tr("The languages %1 speaks as two-letter codes, separated by “|”; for example en | de | fr.").arg(m_name);
        break;
    case ListField::SellerBrands:
        title = tr("Brands");
        hint = tr("The brands %1 sells, separated by “|”.").arg(m_name);
        break;
    }
    QStringList values = ListFieldRepository(m_editor->records()).list(field, m_id);
    if (field == ListField::MentorChannels) {
        const FieldSpec& channels = catalogueField(FieldId::MentorChannels);
        for (QString& value : values)
            value = channels.choiceLabel(value);
    }
    ListEditDialog dialog(title, hint, values, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_editor->setListField(field, m_id, dialog.values()),
           tr("%1 of %2 changed. Edit ▸ Undo takes it back.", "list, record").arg(title, m_name));
}

void MatchingTab::addDisclosure()
{
    if (!m_editor || m_id == 0)
        return;
    DisclosureDialog dialog(m_name, ListFieldRepository(m_editor->records()).knownCategories(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_editor->addDisclosure(m_id, dialog.kind(), dialog.value(), dialog.note(), dialog.declaredOn());
    report(id != 0, tr("The disclosure of %1 was added. Edit ▸ Undo takes it back.").arg(m_name));
}

void MatchingTab::removeSelectedDisclosure()
{
    const int row = m_disclosures ? m_disclosures->currentRow() : -1;
    if (!m_editor || row < 0 || row >= m_disclosureIds.size())
        return;
    report(m_editor->removeDisclosure(m_disclosureIds.at(row)),
           tr("The disclosure of %1 was removed. Edit ▸ Undo takes it back.").arg(m_name));
}

} // namespace mentordesk
